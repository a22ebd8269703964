import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InterviewKit
import Testing

/// The page read back with a plain XML parser: it is written well-formed, so any unclosed element,
/// stray `<` or named entity fails here.
private final class PageOutline: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The names of the elements it sits in, outermost first.
        var ancestors: [String]
    }

    private(set) var elements: [Element] = []
    /// The text of every `title` and `desc` inside an SVG, in order.
    private(set) var chartTexts: [String] = []
    private var open: [String] = []
    private var text = ""

    init(_ page: String) throws {
        super.init()
        // The parser takes no doctype without a DTD gladly; the page's is the HTML5 one.
        let body = page.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw ParseFailure(description: "\(parser.parserError.map(String.init(describing:)) ?? "unknown") at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
    }

    struct ParseFailure: Error, CustomStringConvertible { var description: String }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, ancestors: open))
        open.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        if (name == "title" || name == "desc") && open.contains("svg") { chartTexts.append(text) }
        text = ""
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The SVGs that are charts (the small meters beside "Practise next" are hidden from readers).
    var charts: [Element] { all("svg").filter { $0.attributes["role"] == "img" } }
}

@Suite("The progress page")
struct ProgressPageTests {
    /// Four interviews and a mock: Dive Deep rises, metrics keeps drawing the first follow-up and
    /// is dodged twice, answers run long, Invent and Simplify is never practised.
    static func history() throws -> [RecordedInterview] {
        var mock = Session(startedAt: "2026-11-05T09:00:00Z", questions: [("mock-q", [.earnTrust], .customer, 60, .strongNoHire)])
        mock.mode = .interviewer
        return try [
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [("dd-caught-in-details", [.diveDeep, .insistOnTheHighestStandards], .metrics, 200, .notInclined)], dodged: [.metrics]),
            Session(startedAt: "2026-11-02T09:00:00Z", questions: [("dd-caught-in-details", [.diveDeep], .metrics, 150, .inclined), ("ow-1", [.ownership], .tradeoff, 90, .inclined)], dodged: [.metrics]),
            Session(startedAt: "2026-11-03T09:00:00Z", questions: [("dr-1", [.deliverResults], .metrics, 100, .insufficientEvidence)]),
            Session(startedAt: "2026-11-04T09:00:00Z", questions: [("dd-2", [.diveDeep], .result, 95, .strongHire)]),
            mock,
        ].map { try $0.interview() }
    }

    static func page(_ interviews: [RecordedInterview], filter: ProgressReport.Filter = .init(), filesNote: String? = nil) -> String {
        ProgressPage.render(ProgressReport(interviews: interviews, filter: filter), filter: filter, filesNote: filesNote)
    }

    @Test("One chart per principle, one for the first follow-ups, one for the dodges, one for time; each with a title and a description")
    func oneSVGPerChart() throws {
        let page = Self.page(try Self.history())
        let outline = try PageOutline(page)
        let report = ProgressReport(interviews: try Self.history())
        #expect(report.principles.count == 4)
        #expect(outline.charts.count == report.principles.count + 3)
        for chart in outline.charts {
            let id = try #require(chart.attributes["aria-labelledby"]?.split(separator: " ").map(String.init))
            #expect(id.count == 2 && id[0].hasSuffix("-title") && id[1].hasSuffix("-desc"))
            let titled = outline.elements.filter { ($0.name == "title" || $0.name == "desc") && $0.ancestors.last == "svg" }.compactMap { $0.attributes["id"] }
            #expect(titled.contains(id[0]) && titled.contains(id[1]), "the chart's title and desc are its own children")
        }
        #expect(outline.all("details").count == outline.charts.count, "each chart has its figures as a table beside it")
        #expect(outline.all("figure").count == outline.charts.count)
        #expect(outline.all("h1").count == 1)
    }

    @Test("The principles, the recurring and dodged gaps, the long answers and what to practise are named on the page")
    func content() throws {
        let page = Self.page(try Self.history())
        for principle in [Principle.diveDeep, .insistOnTheHighestStandards, .ownership, .deliverResults] {
            #expect(page.contains("<b>\(principle.title)</b>"), "\(principle.title)")
        }
        #expect(!page.contains("<b>Earn Trust</b>"), "the mock's principle is not the candidate's")
        let outline = try PageOutline(page)
        let firstProbes = try #require(outline.chartTexts.first { $0.hasPrefix("metrics: 3 times in 3 interviews") }, "\(outline.chartTexts)")
        #expect(firstProbes.contains("tradeoff: 1 time in 1 interview") && firstProbes.contains("result: 1 time"))
        #expect(outline.chartTexts.contains("metrics: 2 times in 2 interviews, 2 of the last 4, last on 2026-11-02."), "dodged twice")
        #expect(outline.chartTexts.contains("3 attempts from 2026-11-01 to 2026-11-04, oldest first: not-inclined, inclined, strong-hire. Latest strong-hire; trend better."), "Dive Deep")
        #expect(page.contains("1 mock interview (interviewer mode) counted apart"))
        #expect(page.contains("<td>dd-caught-in-details</td><td class=\"over\">3 min 20 s</td><td>3 min 0 s</td>"), "the answer past the soft limit")
        #expect(page.contains("<code>barraiser practice --track pm --principle invent-and-simplify</code>"))
        #expect(page.contains("<p class=\"meta\"><span>4 interviews</span> · <span>10 answers</span> · <span>2026-11-01 to 2026-11-04</span></p>"))
    }

    @Test("Nothing runs and nothing is fetched: no script, no link, no address, no external image or font")
    func selfContained() throws {
        let page = Self.page(try Self.history(), filesNote: "read 4 transcripts")
        for forbidden in ["<script", "http:", "https:", "//", "<link", "<img", "<iframe", "<object", "src=", "href=", "url(", "@import", "xlink"] {
            #expect(!page.lowercased().contains(forbidden), "\(forbidden)")
        }
        let outline = try PageOutline(page)
        #expect(outline.all("style").count == 1)
        #expect(!outline.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } }, "no event handlers")
    }

    @Test("Text from the transcripts is escaped, and so is the files note")
    func escaped() throws {
        let hostile = "<script>alert(\"x\")</script>&amp;"
        let interviews = try [
            Session(startedAt: "2026-11-01T09:00:00Z", questions: [(hostile, [.diveDeep], .metrics, 400, .inclined)]),
            Session(startedAt: "<b>2026-11-02T09:00:00Z", questions: [("q2", [.diveDeep], nil, 60, .inclined)]),
        ].map { try $0.interview() }
        let page = Self.page(interviews, filesNote: "skipped 1 unreadable: <img src=x>.jsonl:1")
        #expect(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>2026"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;"))
        #expect(page.contains("skipped 1 unreadable: &lt;img src=x&gt;.jsonl:1"))
        #expect(page.contains("&lt;b&gt;2026-11"))
        _ = try PageOutline(page)
    }

    @Test("No interviews give a page that says so, with no charts")
    func empty() throws {
        let page = Self.page([])
        let outline = try PageOutline(page)
        #expect(outline.charts.isEmpty)
        #expect(page.contains("<h2>No interviews yet</h2>"))
        #expect(page.contains("There are no saved interviews to read yet."))
        #expect(page.contains("<p class=\"meta\"><span>0 interviews</span> · <span>0 answers</span></p>"))

        let filtered = Self.page(try Self.history(), filter: .init(track: .pmm))
        #expect(filtered.contains("No saved interview matches what was asked for."))
        #expect(filtered.contains("<span>track pmm</span>"))
        #expect(filtered.contains("--principle customer-obsession"), "the track asked for still shows what it weighs most")
    }

    @Test("One interview with one answer draws one dot per chart and one day under it")
    func oneAttempt() throws {
        let page = Self.page([try Session(startedAt: "2026-11-01T09:00:00Z", questions: [("q1", [.frugality], nil, 60, .inclined)]).interview()])
        let outline = try PageOutline(page)
        #expect(outline.charts.count == 2, "the principle and time; no gap came up")
        let dots = outline.all("path").filter { $0.attributes["class"]?.hasPrefix("dot") == true }
        #expect(dots.map { $0.attributes["class"] } == ["dot inclined"])
        #expect(dots.first?.attributes["d"] == "M500 32h0", "in the middle, on the inclined line")
        #expect(page.contains("<span class=\"only\">2026-11-01</span>"))
        #expect(page.contains("No follow-up went after a gap yet."))
        #expect(page.contains("too few to say"))
    }

    @Test("A long history draws at most 120 columns and lists only the latest rows")
    func manyAttempts() throws {
        let interviews = try (0..<300).map { index in
            try Session(startedAt: "2026-\(index < 150 ? "10" : "11")-\(String(100 + index % 28 + 1).suffix(2))T09:\(String(100 + index % 60).suffix(2)):00Z",
                        questions: [("q\(index)", [.diveDeep], .metrics, Double(60 + index), index < 150 ? .notInclined : .strongHire)]).interview()
        }
        let page = Self.page(interviews)
        let outline = try PageOutline(page)
        let dots = outline.all("path").filter { $0.attributes["class"]?.hasPrefix("dot ") == true && $0.ancestors.contains("figure") }
        let ratingDots = dots.filter { $0.attributes["class"] == "dot not-inclined" || $0.attributes["class"] == "dot strong-hire" }
        #expect(ratingDots.count == ProgressPage.maxColumns)
        #expect(dots.filter { $0.attributes["class"] == "dot gap" }.count == ProgressPage.maxColumns)
        #expect(outline.all("rect").filter { $0.attributes["class"] == "bar" }.count == ProgressPage.maxColumns)
        #expect(page.contains("each column up to 3 interviews in a row, their mean"))
        #expect(page.contains("The latest \(ProgressPage.maxTableRows) of 300 attempts"))
        let ratingRows = outline.elements.filter { $0.name == "tr" && $0.ancestors.contains("details") && $0.ancestors.contains("tbody") }
        #expect(ratingRows.count <= ProgressPage.maxTableRows * 3)
        #expect(page.utf8.count < 200_000, "the page stays small: \(page.utf8.count) bytes")
    }

    @Test("Times a hand-edited file can hold (infinite, not a number, negative) draw nothing odd")
    func oddTimes() throws {
        let interviews = try [Double.infinity, .nan, -30, 1e300].enumerated().map { index, seconds in
            try Session(startedAt: "2026-11-0\(index + 1)T09:00:00Z", questions: [("q\(index)", [.diveDeep], nil, seconds, .inclined)]).interview()
        }
        let outline = try PageOutline(Self.page(interviews))
        let drawn = outline.elements.filter { $0.name == "svg" || $0.ancestors.contains("svg") }.flatMap(\.attributes.values)
        #expect(!drawn.isEmpty)
        for odd in ["nan", "inf", "e+"] { #expect(!drawn.contains { $0.lowercased().contains(odd) }, "\(odd)") }
    }
}
