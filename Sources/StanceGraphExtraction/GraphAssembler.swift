import StanceGraphIngest
import StanceGraphModel

/// Resolves the entities of many articles into one graph document: every
/// spelling of one actor becomes one entity, every relation refers to entities by
/// id, and the output order is fixed.
///
/// - Known actors keep their dictionary id (`country:KOR`, `person:antony-blinken`).
/// - People found in the text are merged across articles by `PersonNameKey`
///   ("Cho Tae-yeol" and "Cho Tae-yul", "Tony" and "Antony Blinken"), and with a
///   known person when one of its names has the same key; their id is
///   `person:<slug of the first full spelling>`.
/// - A person named by surname alone ("President Lula" in an article that never
///   gives the full name) joins the one person of that surname the corpus or the
///   dictionary knows, filtered by country, role and, for known people, the dates
///   they held it; with no single match it stays a node of its own.
/// - Institutions, agreements and places found by pattern get `type:<slug>` ids
///   from their canonical names, so two articles naming the same treaty with the
///   same parties share a node.
///
/// An entity's country is the dictionary's for known people and actors, else the
/// one its mentions give most often; its role is the one the text gives most
/// often, else the dictionary's at the date of its latest article.
///
/// - Complexity: O(M log M) for M mentions (the sort of each entity's mentions).
public struct GraphAssembler: Sendable {
    public let knowledge: KnowledgeBase
    /// Person-name keys of the knowledge base's people.
    private let knownPersonKeys: [String: EntityID]
    /// Surname keys of the knowledge base's people.
    private let knownSurnames: [String: [EntityID]]
    /// Threads that build the entities once mentions are gathered (each entity
    /// on its own; the result does not depend on the count).
    public var threads: Int

    public init(knowledge: KnowledgeBase, threads: Int = 1) {
        self.knowledge = knowledge
        self.threads = max(1, threads)
        var keys: [String: EntityID] = [:]
        var surnames: [String: [EntityID]] = [:]
        for actor in knowledge.actors where actor.type == .person {
            for name in [actor.name] + actor.aliases where keys[PersonNameKey.key(for: name)] == nil {
                keys[PersonNameKey.key(for: name)] = actor.id
            }
            if let surname = PersonNameKey.surnameKey(for: actor.name, familyNameFirst: knowledge.words.familyNameFirst,
                                                      suffixes: knowledge.words.nameSuffixes) {
                surnames[surname, default: []].append(actor.id)
            }
        }
        knownPersonKeys = keys
        knownSurnames = surnames
    }

    private struct Accumulator: Sendable {
        var id: EntityID
        var type: EntityType
        var canonical: String?
        var mentions: [Mention] = []
        /// Parallel to `mentions`: whether the mention names the entity in full.
        var isName: [Bool] = []
        /// Parallel to `mentions`: the rank of the mention's article id among the
        /// articles' ids, so that mentions sort by integers, not strings.
        var articleRanks: [Int32] = []
        var phrases: [String] = []
        /// The countries the mentions give (see `OccurrenceCounts` for why no dictionary).
        var countries = OccurrenceCounts<EntityID>()
        var roles: [String: Int] = [:]
        var latestDate: CalendarDate?
    }

    /// The graph document of `extractions`, which it takes over: their articles
    /// move into the document instead of being copied (see `Article.take()`).
    public func assemble(_ extractions: consuming [ArticleExtraction]) -> GraphDocument {
        let personIDs = resolvePeople(extractions)
        var slots: [EntityID: Int] = [:]
        /// Slots by reference, so that each distinct reference is resolved to an id
        /// once (see `EntityReferenceTable` for why not a dictionary).
        var slotByReference = EntityReferenceTable()
        var accumulators: [Accumulator] = []

        func id(for reference: EntityReference) -> EntityID {
            switch reference {
            case .known(let id): return id
            case .person(let name, let key): return personIDs[key] ?? EntityID("person:\(ActorRecord.slug(name))")
            case .discovered(let type, let name): return ActorRecord.derivedID(type: type, name: name)
            }
        }
        func slot(_ reference: EntityReference) -> Int {
            if let known = slotByReference.value(for: reference) { return known }
            let entityID = id(for: reference)
            let index: Int
            if let existing = slots[entityID] {
                index = existing
            } else {
                index = accumulators.count
                slots[entityID] = index
                var accumulator = Accumulator(id: entityID, type: type(of: reference))
                if case .discovered(_, let name) = reference { accumulator.canonical = name }
                accumulators.append(accumulator)
            }
            slotByReference.insert(reference, value: index)
            return index
        }

        let articleRanks = Self.articleRanks(extractions)
        var relations: [Relation] = []
        for articleIndex in extractions.indices {
            let articleRank = articleRanks[articleIndex]
            let articleID = extractions[articleIndex].article.id
            let articleDate = extractions[articleIndex].article.date
            let mentions = extractions[articleIndex].mentions
            for position in mentions.indices {
                let index = slot(mentions[position].reference)
                accumulators[index].mentions.append(mentions[position].located)
                accumulators[index].isName.append(mentions[position].kind == .name)
                accumulators[index].articleRanks.append(articleRank)
                if let phrase = mentions[position].phraseText { accumulators[index].phrases.append(phrase) }
                if let country = mentions[position].country { accumulators[index].countries.add(country) }
                if let role = mentions[position].role { accumulators[index].roles[role, default: 0] += 1 }
                if let date = articleDate, accumulators[index].latestDate.map({ $0 < date }) ?? true {
                    accumulators[index].latestDate = date
                }
            }
            var number = 0
            // By index, reading fields in place: a `for draft in` loop copies each whole draft.
            let drafts = extractions[articleIndex].relations
            for position in drafts.indices {
                let sourceSlot = slot(drafts[position].source)
                let targetSlot = slot(drafts[position].target)
                guard sourceSlot != targetSlot else { continue }
                let source = accumulators[sourceSlot].id
                let target = accumulators[targetSlot].id
                number += 1
                let eventDate = drafts[position].eventDate
                let precision = drafts[position].eventPrecision ?? .day
                let modality = drafts[position].modality
                relations.append(Relation(
                    id: RelationID(Self.relationID(article: articleID.rawValue, number: number)), kind: drafts[position].kind, source: source,
                    target: target, stance: drafts[position].stance, cameo: drafts[position].cameo, directed: drafts[position].directed, modality: modality,
                    date: eventDate ?? articleDate,
                    dateOrigin: eventDate != nil ? (precision == .day ? .event : .period) : (articleDate != nil ? .article : nil),
                    datePrecision: eventDate != nil && precision != .day ? precision : nil,
                    article: articleID,
                    evidence: drafts[position].evidence ?? Evidence(text: "", range: TextRange(start: 0, end: 0)),
                    trigger: drafts[position].trigger, confidence: drafts[position].confidence * modality.confidenceFactor))
            }
        }

        // Each entity is built from its accumulator alone, so the accumulators are
        // spread over the threads.
        let knowledge = self.knowledge
        var entities = Parallel.map(accumulators, threads: threads) { accumulator in
            Self.entity(from: accumulator, knowledge: knowledge)
        }
        accumulators = []
        // Ids are unique (one accumulator per id), so the order is fixed whatever the
        // order the entities were built in.
        Self.sortByID(&entities)
        var articles: [Article] = []
        articles.reserveCapacity(extractions.count)
        for index in extractions.indices { articles.append(extractions[index].article.take()) }
        return GraphDocument(articles: articles, entities: entities, relations: relations)
    }

    /// "<article id>#<number>" (`number` ≥ 0), written into one allocation: string
    /// interpolation appended each piece to a growing string and asked `Int` for
    /// its description, several hundred instructions a relation.
    static func relationID(article: String, number: Int) -> String {
        let digits = decimalDigitCount(number)
        func write(_ articleBytes: UnsafeBufferPointer<UInt8>) -> String {
            String(unsafeUninitializedCapacity: articleBytes.count + 1 + digits) { buffer in
                _ = buffer.initialize(from: articleBytes)
                var position = articleBytes.count
                buffer[position] = UInt8(ascii: "#")
                position += digits
                var rest = number
                for index in stride(from: position, to: position - digits, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                return position + 1
            }
        }
        // Native strings lend their bytes; others are copied first.
        return article.utf8.withContiguousStorageIfAvailable(write)
            ?? Array(article.utf8).withUnsafeBufferPointer(write)
    }

    /// The number of decimal digits of `number` ≥ 0.
    private static func decimalDigitCount(_ number: Int) -> Int {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// The entity an accumulator gathered: its name, aliases, country, role and
    /// mentions in order.
    private static func entity(from accumulator: Accumulator, knowledge: KnowledgeBase) -> Entity {
        var accumulator = accumulator
        let entityID = accumulator.id
        let record = knowledge.actor(entityID)
        let type = record?.type ?? accumulator.type
        // Spellings, each counted once, and full-name mentions of each towards the
        // name. Mentions come in runs of one spelling (an article repeats a name),
        // so each run is counted first and added with one look-up.
        var spellings = SpellingTally()
        var runStart = 0
        var runNames = 0
        for position in accumulator.mentions.indices {
            if position > runStart, accumulator.mentions[position].text != accumulator.mentions[runStart].text {
                spellings.add(accumulator.mentions[runStart].text, names: runNames)
                runStart = position
                runNames = 0
            }
            if accumulator.isName[position] { runNames += 1 }
        }
        if runStart < accumulator.mentions.count {
            spellings.add(accumulator.mentions[runStart].text, names: runNames)
        }
        let name = record?.name ?? accumulator.canonical ?? spellings.mostFrequentName
            ?? accumulator.mentions.first?.text ?? entityID.rawValue
        var aliases = Set(spellings.spellings)
        aliases.formUnion(accumulator.phrases)
        if let record {
            aliases.formUnion(record.aliases)
            aliases.formUnion(record.metonyms)
        }
        aliases.remove(name)
        let textCountry = accumulator.countries.mostFrequent
        let country: EntityID?
        switch type {
        case .country, .agreement: country = nil
        default: country = record?.country ?? textCountry
        }
        var role = Self.mostSpecificRole(accumulator.roles)
        if role == nil, let record, type == .person {
            role = accumulator.latestDate.flatMap { record.role(on: $0) } ?? record.role
        }
        Self.sortMentions(&accumulator)
        return Entity(
            id: entityID, name: name, type: type, aliases: aliases.sorted(), country: country,
            role: type == .person ? role : nil, code: record?.code, mentions: accumulator.mentions)
    }

    // MARK: Mention order

    /// Sorts an entity's mentions as `Mention.<` does (article id, start, end),
    /// stably, comparing article ranks instead of id strings.
    ///
    /// Most entities' mentions come in order already, so that is checked first.
    /// Both the check and the sort read the arrays through buffer pointers: a
    /// comparison closure over the arrays themselves retained both at every call.
    private static func sortMentions(_ accumulator: inout Accumulator) {
        let mentions = accumulator.mentions
        let order: [Int]? = accumulator.articleRanks.withUnsafeBufferPointer { ranks in
            mentions.withUnsafeBufferPointer { mentions in
                func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
                    if ranks[lhs] != ranks[rhs] { return ranks[lhs] < ranks[rhs] }
                    if mentions[lhs].start != mentions[rhs].start { return mentions[lhs].start < mentions[rhs].start }
                    if mentions[lhs].end != mentions[rhs].end { return mentions[lhs].end < mentions[rhs].end }
                    return lhs < rhs
                }
                for index in mentions.indices.dropFirst() where precedes(index, index - 1) {
                    return mentions.indices.sorted(by: precedes)
                }
                return nil
            }
        }
        guard let order else { return }
        var sorted: [Mention] = []
        sorted.reserveCapacity(order.count)
        for index in order { sorted.append(mentions[index]) }
        accumulator.mentions = sorted
    }

    // MARK: People

    /// What the corpus says about one person-name key.
    private struct PersonKeyFacts {
        var name: String
        var words: Int
        var countries: [EntityID: Int] = [:]
        var roles: [String: Int] = [:]
        var dates: [CalendarDate] = []
    }

    /// The entity id of every person-name key of the corpus.
    private func resolvePeople(_ extractions: [ArticleExtraction]) -> [String: EntityID] {
        var order: [String] = []
        var facts: [PersonKeyFacts] = []
        var slotByKey: [String: Int] = [:]
        func note(_ reference: EntityReference, isName: Bool, country: EntityID?, role: String?, date: CalendarDate?) {
            guard case .person(let name, let key) = reference else { return }
            let slot: Int
            if let existing = slotByKey[key] {
                slot = existing
                if isName, facts[slot].words < 2 {
                    let words = PersonNameKey.wordCount(of: name)
                    if words >= 2 {
                        facts[slot].name = name
                        facts[slot].words = words
                    }
                }
            } else {
                slot = facts.count
                slotByKey[key] = slot
                order.append(key)
                facts.append(PersonKeyFacts(name: name, words: PersonNameKey.wordCount(of: name)))
            }
            if let country { facts[slot].countries[country, default: 0] += 1 }
            if let role { facts[slot].roles[role, default: 0] += 1 }
            if let date, facts[slot].dates.count < 8 { facts[slot].dates.append(date) }
        }
        for articleIndex in extractions.indices {
            let date = extractions[articleIndex].article.date
            let mentions = extractions[articleIndex].mentions
            for index in mentions.indices where mentions[index].type == .person {
                guard case .person = mentions[index].reference else { continue }
                note(mentions[index].reference, isName: mentions[index].kind == .name, country: mentions[index].country,
                     role: mentions[index].role, date: date)
            }
            let drafts = extractions[articleIndex].relations
            for position in drafts.indices {
                if case .person = drafts[position].source {
                    note(drafts[position].source, isName: false, country: nil, role: nil, date: date)
                }
                if case .person = drafts[position].target {
                    note(drafts[position].target, isName: false, country: nil, role: nil, date: date)
                }
            }
        }
        let ids = assignPersonIDs(keys: order, facts: facts)
        // `mapValues` keeps the dictionary's layout: no key is hashed again.
        return slotByKey.mapValues { ids[$0] }
    }

    /// Ids for the person keys: known people by key, full names by their first
    /// spelling, surnames alone by the one matching person when there is one.
    ///
    /// `keys` and `facts` are parallel, in order of first mention, and so is the
    /// result: working by position, not by key, spares hashing each key again at
    /// every step.
    private func assignPersonIDs(keys: [String], facts: [PersonKeyFacts]) -> [EntityID] {
        var ids = [EntityID?](repeating: nil, count: keys.count)
        /// Positions of full names by the key of their surname.
        var textSurnames: [String: [Int]] = [:]
        for slot in keys.indices {
            if let known = knownPersonKeys[keys[slot]] {
                ids[slot] = known
            } else if facts[slot].words >= 2 {
                ids[slot] = EntityID("person:\(ActorRecord.slug(facts[slot].name))")
                if let surname = PersonNameKey.surnameKey(for: facts[slot].name, familyNameFirst: knowledge.words.familyNameFirst,
                                                          suffixes: knowledge.words.nameSuffixes) {
                    textSurnames[surname, default: []].append(slot)
                }
            }
        }
        // Surnames alone: the one matching person, if there is exactly one.
        for slot in keys.indices where ids[slot] == nil {
            let fact = facts[slot]
            let country = Self.mostFrequent(fact.countries)
            let role = Self.mostFrequent(fact.roles)
            var candidates: [EntityID] = []
            for other in textSurnames[keys[slot]] ?? [] {
                guard let otherID = ids[other] else { continue }
                let otherCountry = Self.mostFrequent(facts[other].countries)
                if let country, let otherCountry, country != otherCountry { continue }
                if let role, let otherRole = Self.mostFrequent(facts[other].roles), role != otherRole { continue }
                if !candidates.contains(otherID) { candidates.append(otherID) }
            }
            for known in knownSurnames[keys[slot]] ?? [] where !candidates.contains(known) {
                guard let record = knowledge.actor(known) else { continue }
                if let country, let recordCountry = record.country, country != recordCountry { continue }
                if !fact.dates.isEmpty, !record.periods.isEmpty,
                   !fact.dates.contains(where: { date in record.periods.contains { $0.covers(date) } }) {
                    continue
                }
                if let role, !record.periods.isEmpty, !record.periods.contains(where: { $0.role == role }) { continue }
                candidates.append(known)
            }
            ids[slot] = candidates.count == 1 ? candidates[0] : EntityID("person:\(ActorRecord.slug(fact.name))")
        }
        return ids.map { $0! }  // The second loop gave an id to every key the first did not.
    }

    private func type(of reference: EntityReference) -> EntityType {
        switch reference {
        case .known(let id): return knowledge.actor(id)?.type ?? .organization
        case .person: return .person
        case .discovered(let type, _): return type
        }
    }

    /// The most frequent role among those no other role of the entity refines:
    /// "foreign minister" once beats "minister" twice ("Minister Sibiha").
    static func mostSpecificRole(_ counts: [String: Int]) -> String? {
        let specific = counts.filter { role, _ in !counts.keys.contains { $0 != role && $0.hasSuffix(" " + role) } }
        return mostFrequent(specific)
    }

    /// The most frequent key; ties go to the smallest key, so the result never
    /// depends on dictionary order.
    static func mostFrequent<Key: Comparable>(_ counts: [Key: Int]) -> Key? {
        counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
    }
}
