extension MainContentDetector {
    /// The article's region, with the page's JSON-LD `articleBody` as a guide
    /// when it has one of 50 words or more: the blocks whose 4-word shingles
    /// are mostly in it locate the article (from the first to the last of them,
    /// under their common ancestor); when the page's markup holds too little
    /// of it (a page whose text a script fills in), the JSON-LD text is the
    /// article (`Method.structuredData`).
    func detect(structuredBody: String?) -> Region {
        let region = detect()
        guard let structuredBody else { return region }
        let shingles = Self.shingles(Array(structuredBody.utf8))
        guard shingles.count >= 47 else { return region }
        let reference = Set(shingles)
        let excluded = excludedNodes(useClassMarkers: true)
        var matched: [Int] = []
        var covered = 0
        for (index, block) in tree.blocks.enumerated() where !excluded[Int(block.node)] {
            let blockShingles = Self.shingles(Array(tree.text[block.range]))
            guard blockShingles.count >= 3 else { continue }
            let hits = blockShingles.reduce(0) { $0 + (reference.contains($1) ? 1 : 0) }
            if hits * 2 >= blockShingles.count {
                matched.append(index)
                covered += hits
            }
        }
        let regionCharacters = region.blocks.reduce(0) { $0 + Int(tree.blocks[$1].characters) }
        if covered * 2 < shingles.count {
            // The markup does not hold the article: its JSON-LD text is it,
            // unless the detected region is as long.
            if regionCharacters * 2 < structuredBody.utf8.count {
                return Region(blocks: [], method: .structuredData, root: nil)
            }
            return region
        }
        // The common ancestor of the matched blocks.
        guard let first = matched.first, let last = matched.last else { return region }
        var ancestor = Int(tree.blocks[first].node)
        while ancestor > 0, !tree.contains(ancestor, Int(tree.blocks[last].node)) {
            ancestor = Int(tree.nodes[ancestor].parent)
        }
        let blocks = cleaned(ancestor, excluded: excluded, cleanConditionally: false).filter { $0 >= first && $0 <= last }
        // The detected region, when it holds the matched text and more of the same article.
        if regionCharacters > 0, matched.allSatisfy({ region.blocks.contains($0) }) { return region }
        return Region(blocks: blocks, method: .structuredData, root: ancestor)
    }

    /// FNV-1a hashes of the overlapping 4-word shingles of `text`; words are
    /// runs of letters, digits and non-ASCII bytes, folded to lower case.
    static func shingles(_ text: [UInt8]) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        for var byte in text {
            let isWord = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
            if isWord {
                if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xCBF2_9CE4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        guard words.count >= 4 else { return words.isEmpty ? [] : [words.reduce(0) { $0 &* 31 &+ $1 }] }
        var result: [UInt64] = []
        result.reserveCapacity(words.count - 3)
        for index in 0...(words.count - 4) {
            var combined = words[index]
            for offset in 1..<4 { combined = (combined &* 0x9E37_79B9_7F4A_7C15) ^ words[index + offset] }
            result.append(combined)
        }
        return result
    }
}
