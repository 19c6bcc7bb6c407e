/// An HTML page reduced to what article extraction needs: its text, its
/// elements (`HTMLNode`) and its text blocks (`HTMLBlock`), and what its head
/// and markup say about it (`HTMLHead`). Built by `HTMLTreeBuilder`.
struct HTMLTree {
    /// The decoded text of every block, in document order.
    var text: [UInt8] = []
    /// Elements in document order; node 0 is the document.
    var nodes: [HTMLNode] = []
    /// Text blocks in document order.
    var blocks: [HTMLBlock] = []
    var head = HTMLHead()

    /// The node's text with white space collapsed.
    func text(of node: Int) -> String {
        let range = nodes[node].textRange.clamped(to: 0..<text.count)
        return String(decoding: text[range], as: UTF8.self).trimmingSpaces()
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    func contains(_ ancestor: Int, _ node: Int) -> Bool {
        node >= ancestor && node < Int(nodes[ancestor].nodeEnd)
    }
}
