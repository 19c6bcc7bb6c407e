/// Pages written for these tests, in the shapes scraped news pages take: menus,
/// titles, bylines, datelines, widgets, related lists, sponsors and banners
/// around an article. The article paragraphs are the project's own sentences.
enum PageFixtures {
    /// The article every page wraps, one paragraph a line.
    static let paragraphs = [
        "Foreign ministers of Norway and Chile met in Santiago on Tuesday to discuss a new fisheries agreement and closer cooperation on Antarctic research.",
        "The two sides agreed to set up a joint working group that will report to both governments before the end of the year, officials said.",
        "Norway's minister said the talks had been \"frank and useful\", while her Chilean counterpart warned that quotas remained a difficult issue.",
        "A final text is expected to be signed at a summit in Oslo next spring.",
    ]

    static var body: String { paragraphs.joined(separator: "\n\n") }

    static let title = "Norway and Chile Agree to Deepen Fisheries Cooperation"

    /// Furniture before the article: menus, language switches, a section name.
    static let menuHead = """
    Menu
    Search
    English
    Español
    Home
    World
    Go to top

    """

    /// Each kind of furniture after the article, with a phrase it contains that
    /// must not reach the body.
    enum Tail: String, CaseIterable, Sendable {
        case cookieNotice, reactionsEnglish, reactionsKorean, reactionsRussian, reactionsRomanian, youMightAlsoLike,
             leaveAReply, trendingNow, editorsPicks, sponsoredList, relatedWithBylines, relatedWithoutMarker,
             signOffWithPlaceholder, generatedInterview, copyrightLine

        var text: String {
            switch self {
            case .cookieNotice:
                return """
                Close
                We use cookies to improve your experience on our website. By continuing to browse the site you agree to our use of cookies and our privacy policy.
                """
            case .reactionsEnglish:
                return "-\n- Like 14\n- I'm sad\n- 2I'm angry\n-\n- I recommend it\n- 0"
            case .reactionsKorean:
                return "좋아요 3\n슬퍼요 0\n화나요 1\n추천해요 5"
            case .reactionsRussian:
                return "Нравится\n12\nПоделиться\nКомментарии"
            case .reactionsRomanian:
                return "Îmi place\n4\nDistribuie\nComentarii"
            case .youMightAlsoLike:
                return "• You might also like\nEnvoys prepare for another round of talks in Geneva\nLeave a reply"
            case .leaveAReply:
                return "Leave a reply\nYour email address will not be published. Required fields are marked with an asterisk."
            case .trendingNow:
                return "Trending now\nWhat the new fisheries deal could mean for coastal towns across the region?\nAnalysts weigh in on what comes next for the two countries and their partners."
            case .editorsPicks:
                return "List\nEditor's Picks\nClose"
            case .sponsoredList:
                return """
                Sponsored
                Categorii
                Citește mai mult
                Alte
                Solar panels market outlook: growth drivers through 2031
                Solar Panels Market Overview: The market for home panels is...
                By marketwriter 2025-02-17 09:41:12 0 1K
                Alte
                Ten travel tips for the winter season
                Planning a trip this winter requires a few simple steps that...
                By traveldesk 2023-10-02 18:05:44 0 2K
                """
            case .relatedWithBylines:
                return """
                Related articles
                Chile signs mining accord with Canada
                By Ana Torres 2022-04-11 08:15
                Norway expands Arctic patrols
                By Erik Lund 2021-12-03 17:40
                """
            case .relatedWithoutMarker:
                return """
                Chile signs mining accord with Canada
                The accord covers lithium exports and joint research on...
                2022-04-11
                Norway expands Arctic patrols
                The navy will add two vessels to its northern fleet by...
                2021-12-03
                """
            case .signOffWithPlaceholder:
                return "Reporter Ingrid Solberg [email protected]\nMore stories from this desk appear daily on our website and in our newsletter."
            case .generatedInterview:
                return """
                How might the deal change fisheries in the region?
                Interview with a Maritime Policy Analyst
                Q: What did the ministers actually agree in Santiago this week, in your view?
                A: They agreed on a process rather than a result, which is typical for talks on fishing quotas between partners.
                Q: Will the working group be able to finish its report before the end of the year?
                A: It is possible, but quota negotiations have a way of dragging on far longer than the diplomats expect.
                """
            case .copyrightLine:
                return "© 2024 Northern Daily News. All rights reserved.\nAbout us\nContact"
            }
        }

        /// A phrase of the tail that must not be in the cleaned body.
        var marker: String {
            switch self {
            case .cookieNotice: "cookies"
            case .reactionsEnglish: "sad"
            case .reactionsKorean: "슬퍼요"
            case .reactionsRussian: "Нравится"
            case .reactionsRomanian: "place"
            case .youMightAlsoLike: "Envoys prepare"
            case .leaveAReply: "email address"
            case .trendingNow: "Analysts weigh"
            case .editorsPicks: "Editor"
            case .sponsoredList: "Solar"
            case .relatedWithBylines: "mining accord"
            case .relatedWithoutMarker: "mining accord"
            case .signOffWithPlaceholder: "More stories"
            case .generatedInterview: "working group be able"
            case .copyrightLine: "rights reserved"
            }
        }
    }
}
