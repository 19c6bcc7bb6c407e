import Foundation
@testable import StanceGraphIngest
import StanceGraphModel
import Testing

/// The 97 development pages of the article-extraction benchmark in
/// `../shared/eval/article-body` (read at run time, never copied here), scored
/// as `../shared/eval/score_body.py` scores them: 4-word shingles of `\w+`
/// words, per-page precision and recall averaged, F1 from the averages.
/// Skipped where `../shared` is absent.
@Suite("Article body benchmark (../shared/eval/article-body)")
struct ArticleBodyBenchmarkTests {
    struct Counts {
        var truePositives = 0.0
        var falsePositives = 0.0
        var falseNegatives = 0.0
    }

    static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_") }
    }

    static func shingles(_ text: String) -> [[Substring]: Int] {
        let words = words(text)
        guard !words.isEmpty else { return [:] }
        var counts: [[Substring]: Int] = [:]
        for start in 0..<max(1, words.count - 3) {
            counts[Array(words[start..<min(words.count, start + 4)]), default: 0] += 1
        }
        return counts
    }

    static func counts(truth: String, extracted: String) -> Counts {
        let expected = shingles(truth)
        let found = shingles(extracted)
        var counts = Counts()
        for (shingle, count) in expected {
            let shared = min(count, found[shingle] ?? 0)
            counts.truePositives += Double(shared)
            counts.falseNegatives += Double(count - shared)
        }
        for (shingle, count) in found { counts.falsePositives += Double(max(0, count - (expected[shingle] ?? 0))) }
        let total = counts.truePositives + counts.falsePositives + counts.falseNegatives
        guard total > 0 else { return counts }
        return Counts(truePositives: counts.truePositives / total, falsePositives: counts.falsePositives / total,
                      falseNegatives: counts.falseNegatives / total)
    }

    @Test("F1 at least 0.96, precision 0.93, recall 0.95, and no page without text")
    func figures() throws {
        guard let shared = sharedFolder else {
            print("skipped: ../shared is not on this machine")
            return
        }
        let folder = shared.appendingPathComponent("eval/article-body")
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("ground-truth.json").path) else {
            print("skipped: ../shared/eval/article-body is not on this machine")
            return
        }
        let truth = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        var texts: [String: String] = [:]
        CorpusReader(paths: [folder.appendingPathComponent("pages").path]).forEach(diagnostic: { _ in }) { document in
            texts[document.id.rawValue] = ArticleIngestor().ingest(document).article.article.text
        }
        var precisions: [Double] = []
        var recalls: [Double] = []
        var empty = 0
        for key in truth.keys.sorted() {
            let extracted = texts[key] ?? ""
            if extracted.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { empty += 1 }
            let counts = Self.counts(truth: truth[key]?["articleBody"] as? String ?? "", extracted: extracted)
            let (tp, fp, fn) = (counts.truePositives, counts.falsePositives, counts.falseNegatives)
            if tp + fp > 0 { precisions.append(fp == 0 && fn == 0 ? 1 : tp / (tp + fp)) }
            if tp + fn > 0 { recalls.append(fp == 0 && fn == 0 ? 1 : tp / (tp + fn)) }
        }
        let precision = precisions.reduce(0, +) / Double(max(1, precisions.count))
        let recall = recalls.reduce(0, +) / Double(max(1, recalls.count))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        print(String(format: "article body: %d pages, F1 %.3f, precision %.3f, recall %.3f, pages with no text %d", truth.count, f1, precision, recall, empty))
        #expect(texts.count == truth.count)
        #expect(f1 >= 0.96)
        #expect(precision >= 0.93)
        #expect(recall >= 0.95)
        #expect(empty == 0)
    }
}
