/// One element of an HTML page as `HTMLTreeBuilder` saw it: its name, its
/// parent, what its tag and its `class`, `id` and `itemprop` say about it, and
/// the text blocks and bytes of text inside it. Nodes are stored in document
/// order, so a node's descendants are the nodes `index + 1 ..< nodeEnd` and its
/// blocks the contiguous range `blockStart ..< blockEnd`.
struct HTMLNode {
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt16

        /// Furniture by its tag: `nav`, `aside`, `footer`, `header`, `figure`, `form` controls, ...
        static let furnitureTag = Flags(rawValue: 1 << 0)
        /// Furniture by its `class` or `id` (cookie, share, related, comment, ...).
        static let unlikely = Flags(rawValue: 1 << 1)
        /// Marked as the article's body: `itemprop="articleBody"` or a class such as `article-body`.
        static let articleBody = Flags(rawValue: 1 << 2)
        /// An `<article>` element.
        static let article = Flags(rawValue: 1 << 3)
        /// A `<main>` element or `role="main"`.
        static let main = Flags(rawValue: 1 << 4)
        /// Hidden: `hidden`, `aria-hidden="true"`, `display: none`.
        static let hidden = Flags(rawValue: 1 << 5)
        /// The author's name: `itemprop="author"`, `rel="author"`, a `byline` or `author` class.
        static let byline = Flags(rawValue: 1 << 6)
        /// An inline element (`a`, `span`, `em`, ...): not a block boundary.
        static let inline = Flags(rawValue: 1 << 7)
        /// A `<p>` element.
        static let paragraph = Flags(rawValue: 1 << 8)
        /// Comments, by class or id: never the article, whatever its size.
        static let comments = Flags(rawValue: 1 << 9)
        /// An advertisement or sponsored block, by class or id.
        static let advertisement = Flags(rawValue: 1 << 10)
    }

    /// The lower-cased tag name ("#document" for the root).
    var name: String
    /// The parent's index; -1 for the root.
    var parent: Int32
    var flags: Flags
    /// Readability's class weight: +25 for each of `class` and `id` that reads as
    /// content, -25 for each that reads as furniture.
    var classWeight: Int16
    /// The `class` attribute, lower-cased (siblings of the same class belong together).
    var className: String
    var blockStart: Int32
    var blockEnd: Int32
    /// The index after the node's last descendant.
    var nodeEnd: Int32
    /// The bytes of `HTMLTree.text` collected inside the node.
    var textStart: Int32
    var textEnd: Int32

    var blocks: Range<Int> { Int(blockStart)..<Int(blockEnd) }
    var textRange: Range<Int> { Int(textStart)..<max(Int(textStart), Int(textEnd)) }
}
