import StanceGraphModel

/// An actor as a relation's agent or target: what it refers to, its type, and the
/// country it belongs to (for people and institutions), so that a person is never
/// related to their own country.
struct Participant: Hashable, Sendable {
    var reference: EntityReference
    var type: EntityType
    /// The country of a person or institution; a country's own id for a country.
    var country: EntityID?

    /// Whether the two stand for the same side: the same entity, or a person or
    /// institution and their own country.
    func isSameSide(as other: Participant) -> Bool {
        if reference == other.reference { return true }
        if type == .country, case .known(let id) = reference, other.country == id { return true }
        if other.type == .country, case .known(let id) = other.reference, country == id { return true }
        return false
    }
}

/// One noun phrase that names one or more actors: "North Korea and Russia",
/// "the South Korean government", "Seoul's foreign ministry", "ROK-US",
/// "U.S. Secretary of State Antony Blinken", "its", "the two ministers".
struct ActorGroup {
    enum Head: Equatable {
        /// Named actors (members known).
        case actors
        /// A pronoun, resolved when an argument needs it.
        case pronoun(WordClass)
        /// "the two sides", "both countries": the last pair or trio the text related.
        case counted(Int)
    }

    /// The tokens of the whole phrase, with a possessive "'s" if it has one.
    var tokens: Range<Int>
    var members: [Participant]
    var head: Head
    /// Ends with "'s" or is a possessive pronoun: it owns what follows.
    var isPossessive = false
    /// Joined by hyphens: "ROK-US", "Russian-North Korean".
    var isCompound = false
    /// A demonym that modifies no actor noun ("the Ukrainian war", "Korean
    /// workers"): an argument only of a trigger it modifies.
    var isWeak = false
    /// Agreement entities ("the Comprehensive Strategic Partnership Treaty").
    var isAgreement = false
    /// A place that stands for its country as what a hostile act is done to
    /// ("missiles struck *Kharkiv*", "blockaded the port of *Hodeidah*"); also
    /// weak, so never an agent, and never a partner: "met in Zurich" relates no
    /// one to Switzerland.
    var isPlace = false
    /// A demonym with a noun for people who are not the state or oppose it
    /// ("Syrian rebels", "Afghan refugees", "Nigerian students"): they stand for
    /// their state where they are coerced, attacked or act by force, never as a
    /// partner in talks, cooperation or support ("talks with Syrian rebels" are
    /// not with Syria).
    var isNonState = false
    /// For an agreement: the parties the text names ("the North Korea-Russia treaty").
    var agreementParties: [Participant] = []
    /// "between Israel and the UAE and Bahrain": a list of two sides, the first
    /// `firstSide` members against the rest, rather than of parties that all
    /// relate to one another ("between X, Y and Z").
    var firstSide: Int?
    /// The first token of each member phrase, for "leaders of X and Y".
    var isCoordinated: Bool { members.count > 1 || head == .pronoun(.plural) }
}
