/// Finds the blocks of an `HTMLTree` that are the article, from the page's
/// structure: the scoring of Arc90's Readability (as Mozilla's Readability.js
/// implements it), on top of the shallow text features of Kohlschütter,
/// Fankhauser and Nejdl, *Boilerplate Detection using Shallow Text Features*
/// (WSDM 2010: text and link density, punctuation).
///
/// 1. **Furniture is set aside**: hidden elements, comments, and elements
///    whose tag (`nav`, `aside`, `footer`, ...) or `class`/`id` (share,
///    related, sidebar, advertisement, ...) marks them, unless they hold the
///    page's article: half of its prose, or an element marked as the article body.
/// 2. **Paragraphs score their ancestors**: each block of 25 characters or
///    more adds 2 + its commas + 1 per 100 characters (at most 3) to its
///    element's parent (or the element itself when the block is text beside
///    other blocks in it, which Readability wraps in a paragraph of its own),
///    half of it to the grandparent and 1/(3 · level) further up (five
///    levels). An ancestor starts from its tag (`div` +5,
///    lists and forms -3, headings -5) and its class weight (±25). Each score is
///    then scaled by 1 - the share of its text inside links.
/// 3. **The best region**: the highest score; the common ancestor of three
///    near-equal candidates instead (an article cut into several `div`s); a
///    parent that scores higher; then the siblings that belong with it (a
///    score of at least a fifth of the best, or the same class, or a paragraph
///    of prose with few links).
/// 4. **Inside the region**, `div`s, lists, tables and forms that are mostly
///    links, or more list items than paragraphs with no running text, are
///    dropped (Readability's conditional cleaning).
/// 5. **Retries**: with less than 500 characters, the detection runs again
///    with the class markers ignored, then without the conditional cleaning,
///    as Readability does; a retry is kept when it holds a quarter more running
///    text (blocks of 60 characters or more with few links), not merely more text.
///
/// When the page marks its article body (`itemprop="articleBody"`, a class such
/// as `article-body`, or JSON-LD `articleBody` whose text the page holds), the
/// region is taken from that mark instead of the scores.
struct MainContentDetector {
    /// The detection's answer.
    struct Region {
        /// The article's blocks, in document order.
        var blocks: [Int]
        /// How it was found.
        var method: Method
        /// The element that roots the region (the top candidate), if any.
        var root: Optional<Int>
    }

    enum Method: String {
        /// Readability's scoring.
        case scored
        /// An element marked as the article body.
        case marked
        /// The blocks whose text is the JSON-LD `articleBody`.
        case structuredData
        /// Nothing stood out: every block that is not furniture.
        case wholePage
    }

    /// Characters under which a result is thin enough to retry (Readability's `charThreshold`).
    static let retryCharacters = 500

    let tree: HTMLTree
    /// Prefix sums over blocks: characters, link characters, commas, prose characters.
    private var characters: [Int] = [0]
    private var linkCharacters: [Int] = [0]
    private var commas: [Int] = [0]
    private var prose: [Int] = [0]
    /// Prefix counts over nodes: `p` and `li` elements.
    private var paragraphs: [Int] = [0]
    private var listItems: [Int] = [0]
    /// Whether a node holds a node flagged as the article body.
    private var holdsArticleBody: [Bool]
    /// The non-inline element each block belongs to.
    private var blockElement: [Int]
    /// Whether a node has a child that is not inline: its own text is then a
    /// paragraph inside it (Readability wraps it in a `p`), not the node itself.
    private var hasBlockChild: [Bool]

    init(_ tree: HTMLTree) {
        self.tree = tree
        characters.reserveCapacity(tree.blocks.count + 1)
        for block in tree.blocks {
            let count = Int(block.characters)
            characters.append(characters[characters.count - 1] + count)
            linkCharacters.append(linkCharacters[linkCharacters.count - 1] + Int(block.linkCharacters))
            commas.append(commas[commas.count - 1] + Int(block.commas))
            let isProse = count >= 60 && Int(block.linkCharacters) * 3 < count
            prose.append(prose[prose.count - 1] + (isProse ? count : 0))
        }
        for node in tree.nodes {
            paragraphs.append(paragraphs[paragraphs.count - 1] + (node.flags.contains(.paragraph) ? 1 : 0))
            listItems.append(listItems[listItems.count - 1] + (node.name == "li" ? 1 : 0))
        }
        var holds = [Bool](repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() where tree.nodes[index].flags.contains(.articleBody) || holds[index] {
            holds[index] = true
            let parent = Int(tree.nodes[index].parent)
            if parent >= 0 { holds[parent] = true }
        }
        holdsArticleBody = holds
        var blockChild = [Bool](repeating: false, count: tree.nodes.count)
        for node in tree.nodes.dropFirst() where !node.flags.contains(.inline) && node.parent >= 0 {
            blockChild[Int(node.parent)] = true
        }
        hasBlockChild = blockChild
        blockElement = tree.blocks.map { block in
            var node = Int(block.node)
            while node > 0, tree.nodes[node].flags.contains(.inline) { node = Int(tree.nodes[node].parent) }
            return node
        }
    }

    // MARK: Subtree measures

    func characters(_ node: Int) -> Int { sum(characters, node) }
    func linkDensity(_ node: Int) -> Double {
        let total = characters(node)
        return total == 0 ? 0 : Double(sum(linkCharacters, node)) / Double(total)
    }
    func commas(_ node: Int) -> Int { sum(commas, node) }
    func prose(_ node: Int) -> Int { sum(prose, node) }

    private func sum(_ prefix: [Int], _ node: Int) -> Int {
        let blocks = tree.nodes[node].blocks
        return prefix[blocks.upperBound] - prefix[blocks.lowerBound]
    }

    private func count(_ prefix: [Int], inside node: Int) -> Int {
        prefix[Int(tree.nodes[node].nodeEnd)] - prefix[node + 1]
    }

    // MARK: Furniture

    /// Which nodes are furniture, with the class markers read or not.
    func excludedNodes(useClassMarkers: Bool) -> [Bool] {
        let pageProse = max(1, prose(0))
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices.dropFirst() {
            let node = tree.nodes[index]
            if excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            if node.flags.contains(.hidden) {
                excluded[index] = true
                continue
            }
            // Whatever marks it, a node that holds the article is not furniture.
            if holdsArticleBody[index] { continue }
            if node.flags.contains(.comments), useClassMarkers {
                excluded[index] = true
                continue
            }
            let marked = node.flags.contains(.furnitureTag)
                || (useClassMarkers && !node.flags.isDisjoint(with: [.unlikely, .advertisement, .byline]))
            if marked, prose(index) * 2 < pageProse {
                excluded[index] = true
            }
        }
        return excluded
    }

    // MARK: Detection

    /// The article's region.
    func detect() -> Region {
        let marked = excludedNodes(useClassMarkers: true)
        if let region = markedRegion(excluded: marked) { return region }
        var best: Region?
        var bestCharacters = 0
        var bestProse = 0
        for attempt in 0..<3 {
            let excluded = attempt == 0 ? marked : excludedNodes(useClassMarkers: false)
            guard let region = scoredRegion(excluded: excluded, weighClasses: attempt == 0, cleanConditionally: attempt < 2) else { continue }
            let total = region.blocks.reduce(0) { $0 + Int(tree.blocks[$1].characters) }
            let regionProse = region.blocks.reduce(0) { $0 + prose[$1 + 1] - prose[$1] }
            // A retry wins only with more running text, not more furniture.
            if best == nil || (regionProse * 4 > bestProse * 5) || (bestProse == 0 && total > bestCharacters) {
                best = region
                bestCharacters = total
                bestProse = regionProse
            }
            if bestCharacters >= Self.retryCharacters { break }
        }
        if let best, bestCharacters > 0 { return best }
        let blocks = tree.blocks.indices.filter { !marked[Int(tree.blocks[$0].node)] }
        return Region(blocks: blocks, method: .wholePage, root: nil)
    }

    /// The region under the elements the page marks as its article body, when
    /// they hold most of the page's prose that is not furniture.
    private func markedRegion(excluded: [Bool]) -> Region? {
        // The outermost marked nodes.
        var roots: [Int] = []
        var index = 1
        while index < tree.nodes.count {
            if tree.nodes[index].flags.contains(.articleBody), !excluded[index] {
                roots.append(index)
                index = Int(tree.nodes[index].nodeEnd)
            } else {
                index += 1
            }
        }
        guard !roots.isEmpty else { return nil }
        let markedProse = roots.reduce(0) { $0 + prose($1) }
        let pageProse = tree.blocks.indices.reduce(0) { total, block in
            excluded[Int(tree.blocks[block].node)] ? total : total + (prose[block + 1] - prose[block])
        }
        // The marks must hold the article, not a summary or one paragraph of it.
        guard markedProse >= 200, markedProse * 2 >= pageProse else { return nil }
        var blocks: [Int] = []
        for root in roots {
            blocks.append(contentsOf: cleaned(root, excluded: excluded, cleanConditionally: true))
        }
        return Region(blocks: blocks, method: .marked, root: roots.count == 1 ? roots[0] : nil)
    }

    /// Readability's candidate scoring, top candidate and siblings.
    private func scoredRegion(excluded: [Bool], weighClasses: Bool, cleanConditionally: Bool) -> Region? {
        var scores = [Double](repeating: 0, count: tree.nodes.count)
        var scored = [Bool](repeating: false, count: tree.nodes.count)
        func initialize(_ node: Int) {
            guard !scored[node] else { return }
            scored[node] = true
            let element = tree.nodes[node]
            var score: Double
            switch element.name {
            case "div": score = 5
            case "pre", "td", "blockquote": score = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
            default: score = 0
            }
            if weighClasses { score += Double(element.classWeight) }
            scores[node] = score
        }
        for (block, element) in zip(tree.blocks.indices, blockElement) where !excluded[Int(tree.blocks[block].node)] {
            let text = tree.blocks[block]
            guard text.characters >= 25 else { continue }
            let length = Int(text.characters)
            let score = 1 + Double(text.commas + 1) + Double(min(length / 100, 3))
            // The paragraph is the element itself, or its text inside it when it has blocks too.
            var ancestor = hasBlockChild[element] ? element : Int(tree.nodes[element].parent)
            var level = 0
            while ancestor >= 0, level < 5 {
                if ancestor == 0 { break }
                initialize(ancestor)
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level * 3))
                scores[ancestor] += score / divider
                ancestor = Int(tree.nodes[ancestor].parent)
                level += 1
            }
        }
        // Scaled by link density.
        var top = -1
        var alternatives: [(node: Int, score: Double)] = []
        for node in tree.nodes.indices where scored[node] && !excluded[node] {
            scores[node] *= 1 - linkDensity(node)
            alternatives.append((node, scores[node]))
        }
        guard !alternatives.isEmpty else { return nil }
        alternatives.sort { $0.score != $1.score ? $0.score > $1.score : $0.node < $1.node }
        top = alternatives[0].node
        let topScore = alternatives[0].score
        guard topScore > 0 else { return nil }

        // Three near-equal candidates under one ancestor: the ancestor.
        let close = alternatives.dropFirst().prefix(4).filter { $0.score >= topScore * 0.75 }.map(\.node)
        if close.count >= 3 {
            var ancestor = Int(tree.nodes[top].parent)
            while ancestor > 0 {
                if close.filter({ tree.contains(ancestor, $0) }).count >= 3 {
                    top = ancestor
                    break
                }
                ancestor = Int(tree.nodes[ancestor].parent)
            }
        }
        // A parent that scores better.
        var lastScore = scores[top]
        let threshold = lastScore / 3
        var parent = Int(tree.nodes[top].parent)
        while parent > 0 {
            if !scored[parent] {
                parent = Int(tree.nodes[parent].parent)
                continue
            }
            if scores[parent] < threshold { break }
            if scores[parent] > lastScore {
                top = parent
                break
            }
            lastScore = scores[parent]
            parent = Int(tree.nodes[parent].parent)
        }
        // An only child stands for its parent.
        while true {
            let parent = Int(tree.nodes[top].parent)
            guard parent > 0, !excluded[parent], children(of: parent).filter({ !tree.nodes[$0].flags.contains(.inline) }).count == 1 else { break }
            top = parent
        }

        // The siblings that belong with it.
        let finalScore = scored[top] ? scores[top] : topScore
        let siblingThreshold = max(10, finalScore * 0.2)
        let container = Int(tree.nodes[top].parent)
        var members: [Int] = []
        for sibling in container >= 0 ? children(of: container) : [top] where !excluded[sibling] {
            if sibling == top {
                members.append(sibling)
                continue
            }
            var bonus = 0.0
            if !tree.nodes[top].className.isEmpty, tree.nodes[sibling].className == tree.nodes[top].className {
                bonus = finalScore * 0.2
            }
            if scored[sibling], scores[sibling] + bonus >= siblingThreshold {
                members.append(sibling)
                continue
            }
            if tree.nodes[sibling].flags.contains(.paragraph) || tree.nodes[sibling].flags.contains(.inline) {
                let length = characters(sibling)
                let density = linkDensity(sibling)
                if length > 80, density < 0.25 {
                    members.append(sibling)
                } else if length > 0, length < 80, density == 0, endsSentence(sibling) {
                    members.append(sibling)
                }
            }
        }
        var blocks: [Int] = []
        for member in members {
            blocks.append(contentsOf: cleaned(member, excluded: excluded, cleanConditionally: cleanConditionally))
        }
        // Text directly in the container between members (a `<br>`-separated article) is kept too.
        if container > 0, members.count > 1 || tree.nodes[top].flags.contains(.paragraph) {
            let first = tree.nodes[members[0]].blockStart
            let last = tree.nodes[members[members.count - 1]].blockEnd
            for block in Int(first)..<Int(last) where Int(tree.blocks[block].node) == container {
                blocks.append(block)
            }
            blocks.sort()
        }
        return Region(blocks: blocks, method: .scored, root: top)
    }

    /// The element children of `node`.
    func children(of node: Int) -> [Int] {
        var result: [Int] = []
        var child = node + 1
        let end = Int(tree.nodes[node].nodeEnd)
        while child < end {
            result.append(child)
            child = Int(tree.nodes[child].nodeEnd)
        }
        return result
    }

    private func endsSentence(_ node: Int) -> Bool {
        let blocks = tree.nodes[node].blocks
        return tree.blocks[blocks].contains { $0.sentenceEnds > 0 }
    }

    /// The blocks of `root` that are not furniture, without the elements that
    /// conditional cleaning drops.
    func cleaned(_ root: Int, excluded: [Bool], cleanConditionally: Bool) -> [Int] {
        var dropped = [Bool]()
        if cleanConditionally {
            dropped = [Bool](repeating: false, count: Int(tree.nodes[root].nodeEnd) - root)
            for node in (root + 1)..<Int(tree.nodes[root].nodeEnd) where !excluded[node] {
                if dropped[Int(tree.nodes[node].parent) - root] || shouldDrop(node) { dropped[node - root] = true }
            }
        }
        var blocks: [Int] = []
        for block in tree.nodes[root].blocks {
            let owner = Int(tree.blocks[block].node)
            guard !excluded[owner] else { continue }
            if cleanConditionally, owner > root, dropped[owner - root] { continue }
            blocks.append(block)
        }
        return blocks
    }

    /// Readability's conditional cleaning of a `div`, `section`, list, table or
    /// form inside the article: mostly links, or a list of items rather than
    /// paragraphs, with little running text (fewer than ten commas).
    private func shouldDrop(_ node: Int) -> Bool {
        let element = tree.nodes[node]
        let isList = element.name == "ul" || element.name == "ol"
        guard ["div", "section", "ul", "ol", "table", "form", "fieldset", "dl"].contains(element.name) else { return false }
        // A `div` of text alone is a paragraph, not a container.
        guard element.blocks.contains(where: { Int(tree.blocks[$0].node) != node }) || isList else { return false }
        guard commas(node) < 10 else { return false }
        let weight = Int(element.classWeight)
        let density = linkDensity(node)
        let paragraphCount = count(paragraphs, inside: node)
        let itemCount = count(listItems, inside: node) - 100
        if !isList, itemCount > paragraphCount { return true }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        if isList, density > 0.5 { return true }
        return false
    }
}
