/// A run of text between block boundaries: a paragraph, a heading, a list item,
/// the text of a `div` without block children.
struct HTMLBlock {
    /// The bytes in `HTMLTree.text`.
    var range: Range<Int>
    /// The innermost element open when the block ended.
    var node: Int32
    var flags: PageLine.Flags
    /// Characters (code points) that are not white space.
    var characters: Int32
    /// Of which inside links.
    var linkCharacters: Int32
    /// Commas (`,`, `，`, `、`): Readability's measure of running text.
    var commas: Int32
    /// Sentence ends (`.`, `!`, `?`, `。`) followed by a space or the end.
    var sentenceEnds: Int32
}
