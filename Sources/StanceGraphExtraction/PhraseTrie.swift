/// A trie over token keys: finds every lexicon phrase that starts at a token in
/// time proportional to the phrase's length, never scanning the lexicon.
///
/// Used for the gazetteer (countries, places, organizations, agreements, known
/// people), role titles, institutions and stance triggers. Phrases are sequences
/// of token keys (`Token.key` or `Token.stem`); each phrase ends at a node holding
/// one or more payloads. Edges live in one open-addressing table keyed by
/// (node, token key), so a token that starts no phrase costs a single probe.
///
/// - Complexity: O(m) to find the phrases starting at a token, where m is the
///   length of the longest phrase that begins there.
public struct PhraseTrie<Payload: Sendable>: Sendable {
    /// Children of the root by token key: the table every token probes, kept
    /// apart so that it stays small and warm in the cache.
    private var rootEdges = TokenKeyTable<Int32>(minimumCapacity: 64)
    /// Deeper children of (node, key), keyed by a mix of both; 16 bytes a slot.
    private var edges = TokenKeyTable<Int32>(minimumCapacity: 64)
    /// Each node's parent and the key of the edge into it, to confirm a table hit.
    private var parents: [Int32] = [-1]
    private var edgeKeys: [UInt64] = [0]
    /// Where each node's payloads lie in `allPayloads`; empty for inner nodes.
    private var payloadSpans: [PayloadSpan] = [PayloadSpan()]
    /// The payloads of all nodes in one array, each node's together and in the
    /// order they were added: a match reads them without first loading a
    /// separate array per node (a cache miss more often than not).
    private var allPayloads: [Payload] = []
    /// The first keys of all phrases: most tokens start no phrase, and the filter
    /// says so without a probe.
    public private(set) var startFilter = PhraseStartFilter()
    /// The longest phrase, in tokens.
    public private(set) var maximumLength = 0
    /// The number of phrases stored (a phrase added twice counts twice).
    public private(set) var count = 0

    public init() {}

    /// A node's payloads: `allPayloads[start ..< start + count]`.
    private struct PayloadSpan: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0
        var range: Range<Int> { Int(start)..<Int(start + count) }
    }

    @inline(__always)
    private static func edgeKey(_ node: Int32, _ key: UInt64) -> UInt64 {
        key ^ (UInt64(UInt32(bitPattern: node)) &* 0xC2B2_AE3D_27D4_EB4F)
    }

    @inline(__always)
    private func child(of node: Int32, key: UInt64) -> Int32? {
        if node == 0 { return rootEdges[key] }
        guard let child = edges[Self.edgeKey(node, key)], parents[Int(child)] == node, edgeKeys[Int(child)] == key else {
            return nil
        }
        return child
    }

    /// Adds a phrase given as token keys. Adding the same phrase again adds
    /// another payload to it. `capitalizedStart` says the phrase's first word
    /// must be capitalized in the text (see `PhrasePattern`), so that lower-case
    /// tokens need not look it up.
    public mutating func insert(_ keys: [UInt64], payload: Payload, capitalizedStart: Bool = false) {
        guard !keys.isEmpty else { return }
        startFilter.insert(keys[0], capitalizedStart: capitalizedStart)
        var node: Int32 = 0
        for key in keys {
            if let next = child(of: node, key: key) {
                node = next
            } else {
                let next = Int32(payloadSpans.count)
                payloadSpans.append(PayloadSpan())
                parents.append(node)
                edgeKeys.append(key)
                // Two (node, key) pairs mixing to the same table key are vanishingly
                // rare with 64-bit keys; the check in `child` keeps them apart by
                // refusing the second, which then simply cannot be matched.
                if node == 0 {
                    rootEdges.insert(key, next)
                } else if edges[Self.edgeKey(node, key)] == nil {
                    edges.insert(Self.edgeKey(node, key), next)
                }
                node = next
            }
        }
        var span = payloadSpans[Int(node)]
        if span.count == 0 {
            span.start = Int32(allPayloads.count)
        } else if Int(span.start + span.count) != allPayloads.count {
            // Other nodes' payloads came after this node's: move its payloads to the
            // end so that they stay together (the old copies are left unused).
            let moved = Array(allPayloads[span.range])
            span.start = Int32(allPayloads.count)
            allPayloads.append(contentsOf: moved)
        }
        allPayloads.append(payload)
        span.count += 1
        payloadSpans[Int(node)] = span
        maximumLength = max(maximumLength, keys.count)
        count += 1
    }

    /// Every phrase that starts at `tokens[start]`, shortest first, with its length
    /// in tokens. `key` picks which of a token's keys to match on.
    @inline(__always)
    public func matches(
        in tokens: [Token], from start: Int, until end: Int? = nil, key: (Token) -> UInt64,
        _ body: (_ length: Int, _ payloads: ArraySlice<Payload>) -> Void
    ) {
        let limit = min(end ?? tokens.count, tokens.count)
        guard start < limit, mayStart(key(tokens[start])) else { return }
        var node: Int32 = 0
        var index = start
        while index < limit, let next = child(of: node, key: key(tokens[index])) {
            node = next
            index += 1
            let span = payloadSpans[Int(node)]
            if span.count > 0 { body(index - start, allPayloads[span.range]) }
        }
    }

    /// The payload at `position`, an index of a slice that `matches` passed: lets a
    /// caller note where its choice lies while matching and copy that one payload
    /// afterwards, rather than copying every candidate it keeps on the way.
    @inline(__always)
    public subscript(payload position: Int) -> Payload { allPayloads[position] }

    /// The payloads of exactly this phrase.
    public func payloads<S: Sequence>(forKeys keys: S) -> [Payload] where S.Element == UInt64 {
        var node: Int32 = 0
        for key in keys {
            guard let next = child(of: node, key: key) else { return [] }
            node = next
        }
        return node == 0 ? [] : Array(allPayloads[payloadSpans[Int(node)].range])
    }

    /// Whether some phrase begins with this key.
    @inline(__always)
    public func startsPhrase(_ key: UInt64) -> Bool {
        mayStart(key) && child(of: 0, key: key) != nil
    }

    /// False when no phrase begins with this key; true when one may.
    @inline(__always)
    public func mayStart(_ key: UInt64) -> Bool {
        startFilter.mayStart(key)
    }

    /// False when no phrase can begin with this token: its key starts none, or it
    /// is in lower case and every phrase it starts needs a capital.
    @inline(__always)
    public func mayStart(_ token: Token, key: UInt64) -> Bool {
        startFilter.mayStart(token, key: key)
    }
}
