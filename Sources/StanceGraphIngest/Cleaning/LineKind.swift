/// What a line of a page is, judged from the line alone.
enum LineKind: Sendable, Equatable {
    /// A paragraph of running text: words ending in sentence punctuation.
    case prose
    /// A title-like line: several words, no sentence punctuation at the end.
    case heading
    /// One or two words with no sentence punctuation (a menu item, a label).
    case fragment
    /// A word of a menu or of the interface ("Search", "Close", "Go Top").
    case navigation
    /// A reaction, sharing or rating button, a bare count ("3K"), an empty bullet.
    case widget
    /// A phrase that starts what follows the article ("You may also like").
    case endMarker
    /// An advertisement label ("Advertisement", "Реклама").
    case advertisement
    /// A cookie or consent notice.
    case cookie
    /// An author line ("By Jane Doe", "Reporter Kim [email protected]").
    case byline
    /// An author line with its own date and time, or a copyright line: what
    /// closes an article or heads a related item ("By someone 2024-12-11 11:48").
    case stamp
    /// A line that is mostly a date ("Written: 2024-06-22 14:57:31").
    case dateline
    /// A photo caption or credit ("(Photo = ...)", "Photo : ...").
    case caption
    /// A bare agency credit ("[Seoul=Agency]", "(Agency)").
    case credit
    /// A link, a URL or file name, or a pointer to other content ("Read more: ...").
    case link
    /// A truncated teaser ending in an ellipsis (a related item's snippet).
    case teaser
    /// A line of a dialogue ("Q: ...", "Editor (E): ..."), the shape of a
    /// generated interview.
    case dialogue

    /// Whether the line can be part of an article's text.
    var isContent: Bool {
        switch self {
        case .prose, .heading, .dialogue: true
        default: false
        }
    }
}
