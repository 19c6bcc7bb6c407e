/// What a word can do in the relation rules: the closed-class words (determiners,
/// prepositions, pronouns, auxiliaries) and the cue words for reported speech,
/// negation, modality and argument structure.
///
/// A token may be in several classes ("that" is a determiner, a complementizer
/// and a relative pronoun); the rules ask for the class they need. Each class is
/// one bit, numbered by its place in `Cue`, so that no two classes can share one.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    init(rawValue: UInt64) { self.rawValue = rawValue }
    init(_ cue: Cue) { rawValue = 1 << UInt64(cue.rawValue) }

    /// The classes, one case each: the order gives the bits.
    enum Cue: Int, CaseIterable {
        case determiner, preposition, locative, auxiliary, modal, negator
        case coordinator, clauseOpener, complementizer, relative, pronoun, possessivePronoun
        case reportingVerb, hedgingReport, lightVerb, inverseLightVerb, refusal, reversal
        case hedge, planned, negativeEvaluation, accusationNoun, eventNoun, groupNoun
        case actorNoun, count, adverb, adjective, allegation, agentive
        case according, copula, denialVerb, opinionNoun, comitative, between
        case source, infinitive, firstPerson, personal, plural, holding
    }

    /// "the", "a", "this", "such", "its": opens a noun phrase.
    static let determiner = WordClass(.determiner)
    static let preposition = WordClass(.preposition)
    /// "in", "at", "near": an actor after it is a place, not a participant.
    static let locative = WordClass(.locative)
    /// "is", "has", "did": skipped between a subject and its verb.
    static let auxiliary = WordClass(.auxiliary)
    static let modal = WordClass(.modal)
    /// "not", "never", "no", "didn't".
    static let negator = WordClass(.negator)
    /// "and", "or", "nor", "&": joins actors into one group.
    static let coordinator = WordClass(.coordinator)
    /// "while", "but", "although": starts a new clause.
    static let clauseOpener = WordClass(.clauseOpener)
    /// "that" after a verb or noun: starts a content clause.
    static let complementizer = WordClass(.complementizer)
    /// "who", "which", "whose": starts a relative clause after a comma.
    static let relative = WordClass(.relative)
    /// "it", "they", "he", "we" and their other cases.
    static let pronoun = WordClass(.pronoun)
    /// "its", "their", "his", "our": possessive pronouns.
    static let possessivePronoun = WordClass(.possessivePronoun)
    /// "said", "told", "stressed": the subject is a speaker and what follows is content.
    static let reportingVerb = WordClass(.reportingVerb)
    /// "reported", "claimed", "alleged": reporting that leaves the content uncertain.
    static let hedgingReport = WordClass(.hedgingReport)
    /// "held", "imposed", "expressed": a verb whose subject is the agent of its object noun.
    static let lightVerb = WordClass(.lightVerb)
    /// "raised", "drew", "faced", "received": the subject is the target of the object noun.
    static let inverseLightVerb = WordClass(.inverseLightVerb)
    /// "refused", "declined", "rejected": a refusal of what follows.
    static let refusal = WordClass(.refusal)
    /// "halted", "suspended", "severed", "lifted": undoes the relation in its object.
    static let reversal = WordClass(.reversal)
    /// "could", "possible", "reportedly": the relation is possible, not stated.
    static let hedge = WordClass(.hedge)
    /// "will", "plans", "agreed", "expected": the relation is announced for later.
    static let planned = WordClass(.planned)
    /// "illegal", "reckless": the speaker judges the event it modifies.
    static let negativeEvaluation = WordClass(.negativeEvaluation)
    /// "claims", "accusations", "reports": what a denial disputes.
    static let accusationNoun = WordClass(.accusationNoun)
    /// "development", "move", "step": an event referred back to ("such development").
    static let eventNoun = WordClass(.eventNoun)
    /// "leaders", "ministers", "officials": "leaders of X" stands for X.
    static let groupNoun = WordClass(.groupNoun)
    /// "government", "troops", "counterparts": a demonym before it names an actor.
    static let actorNoun = WordClass(.actorNoun)
    /// "two", "three", "both": "the two sides" refers back to a pair.
    static let count = WordClass(.count)
    /// "also", "jointly", "strongly": adverbs that may stand between subject and verb.
    static let adverb = WordClass(.adverb)
    /// "military", "economic", "continued": adjectives inside a noun phrase.
    static let adjective = WordClass(.adjective)
    /// "accused", "suspected", "alleged": what follows is an allegation.
    static let allegation = WordClass(.allegation)
    /// "by": the agent of a passive or a nominal.
    static let agentive = WordClass(.agentive)
    /// A word that ends a quoted or reported stretch: "according".
    static let according = WordClass(.according)
    /// A finite verb form that starts the predicate when nothing else tells
    /// ("is", "was", "has"): a subject noun phrase ends before it.
    static let copula = WordClass(.copula)
    /// "denied", "dismissed": a verb whose content clause is disputed.
    static let denialVerb = WordClass(.denialVerb)
    /// "view", "belief", "position": "shared the view that ..." reports a speaker's words.
    static let opinionNoun = WordClass(.opinionNoun)
    /// "with": the partner of a mutual relation.
    static let comitative = WordClass(.comitative)
    /// "between", "among": all the actors after it are parties.
    static let between = WordClass(.between)
    /// "from": the source of a nominal ("support from X").
    static let source = WordClass(.source)
    /// "to" before a verb.
    static let infinitive = WordClass(.infinitive)
    /// "we", "our", "us", "I", "my", "me": the speaker inside a quotation.
    static let firstPerson = WordClass(.firstPerson)
    /// "he", "his", "him", "she", "her": a person.
    static let personal = WordClass(.personal)
    /// "they", "their", "them": plural.
    static let plural = WordClass(.plural)
    /// "positions", "bases", "targets": what an actor holds, so that "strikes on
    /// positions of X" strike X.
    static let holding = WordClass(.holding)
}

/// The cue words, looked up by surface key (closed-class words) or by stem
/// (verbs and nouns, so that inflections meet).
enum RelationCues {
    /// What the cue lists say of one hash: the classes of a token whose surface
    /// key it is, and those of a token whose stem it is.
    struct Entry: Sendable {
        var byKey: WordClass
        var byStem: WordClass
    }

    /// Classes of a token: by its surface key and by its stem.
    ///
    /// - Complexity: one probe of an open-addressing table (`TokenKeyTable`) when
    ///   the stem is the word itself, two otherwise.
    @inline(__always)
    static func classes(of token: Token) -> WordClass {
        classes(of: token, in: table)
    }

    /// Classes of a token, with the table passed in: a loop over tokens binds it
    /// once, where each use of the static table checks its lazy initialization
    /// (`swift_once`).
    ///
    /// Most words are their own stem, and then one probe finds both their
    /// classes: the look-ups are cache misses more often than not, so the probe
    /// saved is most of the cost.
    @inline(__always)
    static func classes(of token: Token, in table: TokenKeyTable<Entry>) -> WordClass {
        guard token.kind == .word else { return [] }
        let entry = table[token.key]
        var result = entry?.byKey ?? []
        if token.stem == token.key {
            if let stemmed = entry?.byStem { result.formUnion(stemmed) }
        } else if let stemmed = table[token.stem]?.byStem {
            result.formUnion(stemmed)
        }
        return result
    }

    /// `byKey` and `byStem` in one table keyed by hash.
    static let table: TokenKeyTable<Entry> = {
        var result = TokenKeyTable<Entry>(minimumCapacity: 2048)
        for (key, classes) in byKey.entries {
            result.insert(key, Entry(byKey: classes, byStem: result[key]?.byStem ?? []))
        }
        for (key, classes) in byStem.entries {
            result.insert(key, Entry(byKey: result[key]?.byKey ?? [], byStem: classes))
        }
        return result
    }()

    static let byKey: TokenKeyTable<WordClass> = build(keyed: true, [
        (.determiner, """
            the a an this that these those such any some every each another its their his her our my
            your whose all both no further more new fresh additional
            """),
        (.preposition, """
            of in on at to for with from by about over against between among amongst into onto toward
            towards regarding concerning under after before during since through across amid amidst
            despite via upon within without near around beyond following including like unlike per
            versus inside outside throughout off alongside behind except than as
            """),
        (.locative, """
            in at near inside outside across throughout around within into beyond off behind from via
            through during since after before
            """),
        (.auxiliary, "is are was were be been being am has have had having do does did 's got get gets"),
        (.copula, "is are was were has have had remains remained"),
        (.reportingVerb, "stated noted"),
        (.modal, """
            will would shall should can could may might must won't wouldn't can't cannot couldn't
            shouldn't mustn't
            """),
        (.negator, """
            not never no neither nor without cannot didn't doesn't don't won't wouldn't hasn't haven't
            hadn't isn't aren't wasn't weren't can't couldn't shouldn't mustn't nothing none postpone
            postpones postponed postponing delay delays delayed delaying
            """),
        (.coordinator, "and or nor &"),
        (.clauseOpener, "while whereas although though but because whilst unless when whenever if whether"),
        (.complementizer, "that"),
        (.relative, "who which whom whose where"),
        (.pronoun, "it its they their them he his him she her we our us i my me itself themselves ourselves"),
        (.possessivePronoun, "its their his her our my"),
        (.firstPerson, "we our us i my me ourselves"),
        (.personal, "he his him she her"),
        (.plural, "they their them themselves"),
        (.hedge, """
            could may might possible possibly possibility potential potentially reportedly allegedly
            alleged suspected likely unlikely probably perhaps speculation speculations rumors rumours
            rumored rumoured if whether unless apparently purportedly supposedly attempt attempts
            attempted consider considering considered mull mulling proposed proposal seek seeks threaten
            threatens threatened threatening requests requested request seeking sought try trying tried
            hope hopes hoped hoping should
            """),
        (.planned, """
            will would shall plan plans planned planning intend intends intended expected expects expect
            set agreed agree agrees decided decide decides pledged pledge pledges promised promise
            promises vowed vow vows aim aims aiming aimed ready prepared scheduled upcoming soon going
            forward committed resolved determined next future 'll
            """),
        (.count, "two three four both"),
        (.adverb, """
            also again still already then now yet today yesterday together jointly once later earlier
            further even just only soon too all both each first last since so far well not never
            reportedly allegedly ever repeatedly long very quite
            """),
        (.agentive, "by"),
        (.comitative, "with alongside"),
        (.between, "between among amongst"),
        (.source, "from"),
        (.infinitive, "to"),
        (.according, "according"),
        (.adjective, """
            military economic financial humanitarian political diplomatic strategic security defense
            defence nuclear trade energy strong full firm unwavering steadfast continued continuing
            close closer deep deeper mutual bilateral trilateral multilateral joint international
            western latest recent unilateral tough tougher harsh harsher sweeping severe massive direct
            indirect deadly fresh new additional further grave serious common regional global deep
            strong sharp renewed comprehensive ongoing separate official formal informal high-level rare
            historic first second third annual regular virtual emergency lethal non-lethal multifaceted
            illegal illicit alleged possible potential planned proposed extended expanded increased
            broad broader wide wider total partial initial upcoming reciprocal retaliatory punitive
            economic cross-border air missile drone rocket artillery naval ground cyber terrorist armed
            bipartisan public vocal grateful deepening growing expanding increasing enhanced large-scale
            all-out arms weapons troop ministerial foreign working trade peace main major big great
            greater enhanced other same similar several various mounting strategic defensive offensive
            phone telephone secret informal preliminary fresh landmark crucial key urgent exploratory
            confidential private frank cordial extensive lengthy protracted stalled constructive
            neighboring neighbouring
            productive fruitful tense difficult peace border maritime naval territorial bilateral
            quadrilateral intensive tariff export import investment climate migration water gas oil
            grain food medical technical technological scientific cultural educational sweeping targeted
            stringent strict stricter limited unprecedented deadly brutal massive coordinated cross
            two-day three-day one-day day-long weeklong week-long closed-door face-to-face high-profile
            long-awaited long-term short-term multi-year ten-year trade free comprehensive preferential
            provisional temporary permanent lasting durable fragile shaky new broad-based
            largest biggest highest strongest toughest deadliest worst heaviest closest fiercest greatest
            longest
            """),
        (.negativeEvaluation, """
            illegal illicit unlawful provocative reckless dangerous destabilizing destabilising
            aggressive unprovoked brutal barbaric illegitimate unacceptable outrageous hostile
            belligerent irresponsible criminal unjustified heinous egregious
            """),
    ])

    static let byStem: TokenKeyTable<WordClass> = build(keyed: false, [
        (.reportingVerb, """
            say said says saying tell told telling add added stressed emphasize emphasized emphasise
            announce announced declare declared claim claimed insist insisted explain explained mention
            mentioned remark remarked assert asserted affirm affirmed argue argued write wrote written
            report reported tweet tweeted reiterate reiterated underline underlined highlight
            highlighted comment commented acknowledge acknowledged admit admitted confirm confirmed
            suggest suggested indicate indicated believe believed think thought predict predicted reply
            replied allege alleged quote quoted evaluate evaluated assess assessed observe observed
            maintain maintained conclude concluded contend contended stressed stressing
            """),
        (.hedgingReport, """
            report reported claim claimed allege alleged suggest suggested believe believed think
            thought predict predicted rumor rumour speculate speculated estimate estimated
            """),
        (.lightVerb, """
            hold held have had conduct conducted stage staged launch launched wage waged make made
            impose imposed announce announced adopt adopted introduce introduced extend extended expand
            expanded tighten tightened slap slapped levy levied unveil unveiled approve approved enforce
            enforced maintain maintained keep kept continue continued provide provided offer offered
            give gave given send sent deliver delivered pledge pledged promise promised express
            expressed voice voiced reiterate reiterated reaffirm reaffirmed convey conveyed issue issued
            sign signed conclude concluded seal sealed ink inked reach reached strike struck forge
            forged deepen deepened strengthen strengthened boost boosted enhance enhanced increase
            increased bolster bolstered pursue pursued resume resumed begin began begun start started
            finish finished complete completed wrap wrapped embark embarked undertake undertook undertaken
            open opened host hosted join joined attend attended engage engaged lodge lodged file filed
            renew renewed reopen reopened restart restarted revive revived establish established build
            built promote promoted seek sought step stepped add added carry carried mount mounted agree
            agreed explain explained take took taken put apply applied threaten threatened plan planned
            consider considered request requested accept accepted share shared show showed shown
            demonstrate demonstrated affirm affirmed pose posed poses is are was were be been remain
            remained represent represented constitute constituted intensify intensified escalate
            escalated lead led direct directed order ordered authorize authorized
            """),
        (.inverseLightVerb, """
            raise raised spark sparked trigger triggered prompt prompted cause caused fuel fueled
            fuelled stoke stoked provoke provoked draw drew drawn face faced receive received get got
            win won gain gained earn earned attract attracted come came invite invited heighten
            heightened
            """),
        (.refusal, """
            refuse refused decline declined reject rejected rebuff rebuffed fail failed failure refusal
            reluctance unwilling unwillingness
            """),
        (.reversal, """
            halt halted suspend suspended end ended cut sever severed freeze froze frozen withdraw
            withdrew withdrawn scrap scrapped abandon abandoned cancel cancelled canceled terminate
            terminated lift lifted ease eased remove removed revoke revoked stop stopped quit exit
            exited break broke broken pause paused reduce reduced downgrade downgraded rescind rescinded
            waive waived relax relaxed
            """),
        (.opinionNoun, """
            view views belief position assessment opinion understanding consensus conviction stance hope
            concern fear fears warning message
            """),
        (.denialVerb, "deny denied denies denying dismiss dismissed refute refuted"),
        (.allegation, """
            accuse accused accusing accuses suspect suspected allege alleged allegedly blame blamed
            claim claimed charge charged deny denied denies dismiss dismissed
            """),
        (.accusationNoun, """
            claim claims accusation accusations allegation allegations report reports charge charges
            suggestion suggestions assertion assertions rumor rumors rumour rumours statement statements
            proposal proposals demand demands offer offers request requests call calls ultimatum
            criticism remark remarks comment comments accusing story stories
            """),
        (.eventNoun, """
            development developments move moves step steps decision decisions action actions act acts
            measure measures plan plans deal pact agreement treaty test tests launch launches attack
            attacks strike incident deployment cooperation provocation provocations phase situation
            policy behavior behaviour activity activities collaboration partnership alliance summit
            visit talks exercises drills escalation buildup build-up dispatch transfer transfers
            aggression invasion
            """),
        (.groupNoun, """
            leader leaders minister ministers official officials representative representatives
            delegation delegations delegate delegates government governments head heads envoy envoys
            diplomat diplomats president presidents counterpart counterparts chief chiefs spokesperson
            spokesman spokeswoman ambassador ambassadors authorities side sides country countries nation
            nations state states party parties premier premiers chancellor chancellors neighbor
            neighbors neighbour neighbours ally allies power powers member members administration
            administrations cabinet ministry ministries forces force troops military militaries army
            armies court courts police judge judges prosecutors prosecutor parliament lawmakers
            """),
        (.holding, """
            position positions target targets base bases facility facilities infrastructure
            headquarters stronghold strongholds camp camps post posts outpost outposts installation
            installations asset assets depot depots port ports harbor harbour airport airports airbase city
            cities town towns village villages province provinces region regions district districts capital
            outskirts island islands coast territory territories east west north south northeast northwest
            southeast southwest centre center heart part parts
            """),
        (.actorNoun, """
            government governments administration authorities authority official officials troops troop
            forces force military militaries army armies navy soldiers soldier police leader leaders
            leadership president presidency minister ministers ministry ministries office embassy
            embassies cabinet parliament regime side counterpart counterparts diplomat diplomats
            delegation delegations envoy envoys ambassador ambassadors spokesperson spokesman
            spokeswoman people premier chancellor king monarch prince emir sultan general generals
            commander commanders militants fighters warplanes jets aircraft vessels warships coast guard
            intelligence agency agencies state nation lawmakers legislators congress senate court courts
            prosecutors negotiators delegates representatives team team counterpart cabinet junta rebels
            drones missiles artillery units battalion brigade division foreign defense defence prime
            secretary secretaries heads head chief chiefs
            activist activists protester protesters protestor protestors demonstrator demonstrators
            rioter rioters rebel insurgent insurgents separatist separatists dissident dissidents
            opposition militant militia militias fighter gunmen gunman paramilitaries guerrillas
            peacekeeper peacekeepers sailor sailors marine marines pilot pilots crew crews fishermen
            fisherman nationals national citizen citizens hostage hostages prisoner prisoners detainee
            detainees journalist journalists reporter reporters student students worker workers
            refugee refugees migrant migrants tourist tourists hacker hackers spy spies agent agents
            businessman businessmen businesswoman investor investors firm firms company companies
            airline airlines carrier operatives legislator lawmaker senator senators judge judges
            prosecutor investigators inspectors monitors observers mediators coalition contingent
            adviser advisers advisor advisors negotiator commissioner governor governors mayor chairman
            chairwoman chair director officer officers man men woman women
            """),
    ])

    /// The table of `classes`, each class's words given as one whitespace-separated
    /// literal. (Arrays of hundreds of string literals cost the optimizer minutes
    /// per build; one string per class costs nothing.)
    private static func build(keyed: Bool, _ classes: [(WordClass, String)]) -> TokenKeyTable<WordClass> {
        var result = TokenKeyTable<WordClass>(minimumCapacity: 1024)
        for (wordClass, list) in classes {
            for word in list.split(whereSeparator: \.isWhitespace).map(String.init) {
                let key = keyed ? TokenKey.key(word) : TokenKey.stemKey(word)
                result.insert(key, (result[key] ?? []).union(wordClass))
            }
        }
        return result
    }
}
