/// Phrases that page furniture is made of, in several languages, matched against
/// whole short lines (and, for a few, line beginnings) by a hash of their
/// folded form: letters and digits lower-cased, every run of anything else one
/// space ("Editor's Pick" and "EDITOR’S PICK" are both `editor s pick`).
///
/// The lists hold the *kinds* of words widgets use, not any page's text:
/// what ends an article (related lists, comments, sponsors), reactions and
/// sharing, navigation and menus, advertisement labels.
enum FurnitureLexicon {
    enum Kind: Sendable, Equatable {
        /// Starts what follows the article: related content, comments, sponsors.
        case endMarker
        /// A reaction, rating or sharing button.
        case widget
        /// A menu, navigation or interface word.
        case navigation
        /// An advertisement label inside the article.
        case advertisement
    }

    static let endMarkers: [String] = [
        // English
        "you may also like", "you might also like", "you may like", "you might like", "also like", "leave a comment",
        "leave a reply", "post a comment", "add a comment", "comments", "comment", "0 comments", "show comments",
        "view comments", "related", "related articles", "related article", "related news", "related stories",
        "related posts", "related content", "related topics", "more from", "more stories", "more news", "more on this story",
        "more in", "read next", "up next", "what to read next", "recommended", "recommended for you", "recommended stories",
        "recommended articles", "most read", "most popular", "most viewed", "popular", "popular posts", "popular now",
        "trending", "trending now", "trending news", "hot news", "hot news now", "latest news", "latest", "latest stories",
        "top stories", "editor s pick", "editors pick", "editor s picks", "editors picks", "editor s choice", "sponsor",
        "sponsored", "sponsored content", "sponsored links", "sponsored stories", "promoted", "promoted stories",
        "from our partners", "partner content", "around the web", "tags", "topics", "share this article",
        "share this story", "share this", "about the author", "subscribe to our newsletter", "sign up for our newsletter",
        "newsletter", "follow us", "follow us on", "don t miss", "see also", "in other news", "we recommend",
        "discover more", "explore more", "keep reading", "continue reading", "other news", "previous post", "next post",
        "previous article", "next article", "list",
        // Korean
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이본뉴스", "인기기사", "인기 기사", "추천기사", "추천 기사",
        "댓글", "기사 공유하기", "이 기사를 추천합니다", "다른 기사", "최신기사", "주요뉴스", "핫뉴스",
        // Japanese, Chinese
        "関連記事", "関連ニュース", "おすすめ記事", "コメント", "相关新闻", "相关文章", "推荐阅读", "热门新闻", "评论",
        // Russian, Ukrainian
        "читайте также", "смотрите также", "похожие новости", "похожие статьи", "по теме", "комментарии",
        "популярное", "самое читаемое", "новости партнеров", "читайте також", "коментарі",
        // Romanian
        "citeste mai mult", "citește mai mult", "citeste si", "citește și", "articole similare", "articole recomandate",
        "comentarii", "categorii", "alte", "alte stiri", "alte știri", "sponsorizat", "cele mai citite",
        // German
        "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel", "ähnliche artikel", "kommentare",
        "meistgelesen", "auch interessant", "empfehlungen",
        // French
        "vous aimerez aussi", "à lire aussi", "a lire aussi", "lire aussi", "articles similaires", "sur le même sujet",
        "commentaires", "les plus lus", "voir aussi",
        // Spanish, Portuguese, Italian
        "te puede interesar", "también te puede interesar", "noticias relacionadas", "comentarios", "lo más leído",
        "más noticias", "leia também", "notícias relacionadas", "leggi anche", "articoli correlati", "commenti",
    ]

    static let widgets: [String] = [
        // Reactions and ratings
        "like", "likes", "love", "haha", "wow", "sad", "angry", "great", "good", "funny", "surprised", "useful",
        "not useful", "helpful", "i like it", "i love it", "i m sad", "i m angry", "i m surprised", "i recommend it",
        "recommend", "it s great", "thumbs up", "thumbs down", "upvote", "downvote", "rate this article",
        "was this article helpful", "yes", "no", "좋아요", "훈훈해요", "슬퍼요", "화나요", "후속기사 원해요", "추천해요",
        "최고예요", "감동이에요", "놀랐어요", "нравится", "не нравится", "мне нравится", "класс", "грустно", "злюсь", "супер",
        "îmi place", "imi place", "j aime", "gefällt mir", "me gusta", "me encanta", "mi piace",
        // Sharing
        "share", "shares", "share on facebook", "share on twitter", "share on x", "share on linkedin", "share via email",
        "tweet", "pin", "email", "e mail", "print", "copy link", "copy url", "link copied", "facebook", "twitter", "x",
        "linkedin", "whatsapp", "telegram", "reddit", "kakaotalk", "카카오톡", "페이스북", "트위터", "공유", "공유하기",
        "스크랩", "인쇄", "поделиться", "распечатать", "distribuie", "teilen", "drucken", "partager", "imprimer",
        "compartir", "imprimir", "condividi", "stampa", "font size", "text size", "글자크기", "글씨크기", "listen",
        "listen to this article", "audio", "save", "bookmark",
    ]

    static let navigation: [String] = [
        "menu", "main menu", "open menu", "close menu", "menu content", "search", "home", "close", "go top", "top",
        "back to top", "go to top", "skip to content", "skip to main content", "log in", "login", "sign in", "sign up",
        "subscribe", "register", "my account", "account", "english", "korean", "language", "languages", "select language",
        "previous", "next", "prev", "more", "view more", "see more", "load more", "show more", "view all", "see all",
        "categories", "category", "archives", "archive", "contact us", "contact", "about us", "privacy policy",
        "terms of use", "terms of service", "cookie policy", "cookie settings", "accept", "accept all", "reject all",
        "i agree", "agree", "ok", "got it", "dismiss", "photo", "photos", "video", "videos", "gallery", "news", "world",
        "politics", "business", "sports", "opinion", "entertainment", "lifestyle", "culture", "society", "economy",
        "national", "international", "breaking news", "live", "sections", "edition", "rss", "feed", "more news",
        "메뉴", "전체메뉴", "검색", "닫기", "목록", "홈", "로그인", "회원가입", "이전", "다음", "맨위로", "위로",
        "меню", "поиск", "главная", "закрыть", "войти", "назад", "далее", "наверх",
        "acasă", "acasa", "meniu", "căutare", "cautare", "închide", "inchide", "înapoi", "inapoi", "autentificare",
        "suche", "startseite", "schließen", "anmelden", "zurück", "accueil", "rechercher", "fermer", "connexion",
        "retour", "inicio", "buscar", "cerrar", "volver", "cerca", "chiudi",
    ]

    static let advertisements: [String] = [
        "advertisement", "advertisements", "advertising", "ad", "ads", "scroll to continue", "scroll to continue with content",
        "story continues below advertisement", "article continues below", "continue reading below", "광고", "реклама",
        "publicitate", "reclamă", "reclama", "anzeige", "werbung", "publicité", "publicite", "publicidad", "pubblicità",
    ]

    /// Line beginnings that make a line a pointer to other content ("Read more: ...").
    static let pointerPrefixes: [String] = [
        "read more", "read also", "also read", "read next", "see also", "related", "watch", "listen", "click here",
        "more", "recommended", "subscribe", "sign up", "follow us", "join us", "download the app", "get the app",
        "관련기사", "читайте также", "citeste si", "citește și", "lesen sie auch", "lire aussi", "lea también",
    ]

    /// The kind of a folded phrase key, if it is furniture.
    static func kind(of key: UInt64) -> Kind? {
        table[key]
    }

    /// Whether a folded key is a pointer prefix.
    static func isPointerPrefix(_ key: UInt64) -> Bool {
        prefixes.contains(key)
    }

    /// Later lists do not override earlier ones: an end marker stays an end marker.
    private static let table = HashedWordTable<Kind>(
        [(endMarkers, Kind.endMarker), (advertisements, .advertisement), (widgets, .widget), (navigation, .navigation)]
            .flatMap { phrases, kind in phrases.map { (PhraseKey.key(of: $0), kind) } })

    private static let prefixes = HashedWordTable<Bool>(pointerPrefixes.map { (PhraseKey.key(of: $0), true) })
}

/// The folded form of a phrase and its FNV-1a hash: letters and digits, with
/// ASCII, Latin-1 and Cyrillic capitals lower-cased; anything else between them
/// becomes one space; leading and trailing non-letters are dropped.
enum PhraseKey {
    /// The key of bytes `range`, folded.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var pendingSpace = false
        var started = false
        var index = range.lowerBound
        let end = range.upperBound
        @inline(__always) func mix(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                let isLetter = (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57)
                if isLetter {
                    if pendingSpace, started { mix(0x20) }
                    pendingSpace = false
                    started = true
                    mix(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
                } else {
                    pendingSpace = true
                }
                index += 1
                continue
            }
            let length = DateTokenizer.sequenceLength(byte)
            guard index + length <= end, DateTokenizer.isLetterStart(bytes, index, end) else {
                pendingSpace = true
                index += max(1, length)
                continue
            }
            if pendingSpace, started { mix(0x20) }
            pendingSpace = false
            started = true
            var first = byte
            var second = length > 1 ? bytes[index + 1] : 0
            if length == 2 {
                if first == 0xC3, second >= 0x80, second <= 0x9E, second != 0x97 {
                    second += 0x20  // Latin-1 capitals
                } else if first == 0xD0, second >= 0x90, second <= 0x9F {
                    second += 0x20  // Cyrillic А-П
                } else if first == 0xD0, second >= 0xA0, second <= 0xAF {
                    first = 0xD1
                    second -= 0x20  // Cyrillic Р-Я
                } else if first == 0xD0, second >= 0x80, second <= 0x8F {
                    first = 0xD1
                    second += 0x10  // Cyrillic Ѐ-Џ
                }
            }
            mix(first)
            if length > 1 { mix(second) }
            var offset = 2
            while offset < length {
                mix(bytes[index + offset])
                offset += 1
            }
            index += length
        }
        return hash
    }

    static func key(of phrase: String) -> UInt64 {
        let bytes = Array(phrase.utf8)
        return bytes.withUnsafeBufferPointer { key($0, 0..<$0.count) }
    }
}
