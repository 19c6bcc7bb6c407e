import StanceGraphIngest

/// A corpus read and ingested into memory once, for the suites that time the
/// stages after ingestion (tokens, entities, relations) without counting
/// reading and cleaning.
struct IngestedCorpus {
    var articles: [IngestedArticle] = []
    /// The UTF-8 size of the cleaned articles, the base of the MB/s figures.
    var bytes: Double { Double(articles.reduce(0) { $0 + $1.bytes.count }) }

    init(path: String) {
        let ingestor = ArticleIngestor()
        CorpusReader(paths: [path]).forEach(diagnostic: { _ in }) { raw in
            articles.append(ingestor.ingest(raw).article)
        }
    }
}
