/// A trie over token keys: finds every lexicon phrase that starts at a token in
/// time proportional to the phrase's length, never scanning the lexicon.
///
/// Used for the gazetteer (countries, places, organizations, known people), role
/// titles and stance triggers. Phrases are sequences of token keys (`Token.key`
/// or `Token.stem`); each phrase ends at a node holding one or more payloads.
public struct PhraseTrie<Payload: Sendable>: Sendable {
    private struct Edge: Hashable {
        var node: Int32
        var key: UInt64
    }

    private var edges: [Edge: Int32] = [:]
    private var payloadsByNode: [Int32: [Payload]] = [:]
    private var nodeCount: Int32 = 1
    /// The longest phrase, in tokens.
    public private(set) var maximumLength = 0

    public init() {}

    /// Adds a phrase given as token keys. Adding the same phrase again adds
    /// another payload to it.
    public mutating func insert(_ keys: [UInt64], payload: Payload) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            let edge = Edge(node: node, key: key)
            if let next = edges[edge] {
                node = next
            } else {
                edges[edge] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        payloadsByNode[node, default: []].append(payload)
        maximumLength = max(maximumLength, keys.count)
    }

    /// Every phrase that starts at `tokens[start]`, shortest first, with its length
    /// in tokens. `key` picks which of a token's keys to match on.
    @inline(__always)
    public func matches(
        in tokens: [Token], from start: Int, until end: Int? = nil, key: (Token) -> UInt64,
        _ body: (_ length: Int, _ payloads: [Payload]) -> Void
    ) {
        let limit = min(end ?? tokens.count, tokens.count)
        var node: Int32 = 0
        var index = start
        while index < limit, let next = edges[Edge(node: node, key: key(tokens[index]))] {
            node = next
            index += 1
            if let payloads = payloadsByNode[node] { body(index - start, payloads) }
        }
    }

    /// Whether some phrase begins with this key.
    @inline(__always)
    public func startsPhrase(_ key: UInt64) -> Bool {
        edges[Edge(node: 0, key: key)] != nil
    }
}
