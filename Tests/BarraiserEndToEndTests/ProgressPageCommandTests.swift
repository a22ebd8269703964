// `barraiser progress --html`: the page written to a file through a temporary one, or to standard output.
import Foundation
import Testing

@Suite("The progress page, written by the command")
struct ProgressPageCommandTests {
    let sandbox = Sandbox()

    var page: String { sandbox.root + "/progress.html" }

    /// Five interviews and a mock, written by the tool (dates and seconds set by hand): the three
    /// sessions of the stored history, then two whose replies dodged the number twice, then a mock
    /// run with `barraiser interviewer`.
    static let folder = ProgressCommandTests.fixtures + "/progress-page"

    @Test("A folder of transcripts gives the stored page (golden), written 0600 to -o's file, with the mock counted apart and the dodges charted")
    func goldenPage() throws {
        let result = try runBarraiser(["progress", "--html", "-o", page, "--transcripts", Self.folder], stdin: "", in: sandbox)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Wrote \(page)\n")
        #expect(permissions(of: page) == 0o600)

        let written = try String(contentsOfFile: page, encoding: .utf8)
        let golden = ProgressCommandTests.fixtures + "/progress-page.html"
        if ProcessInfo.processInfo.environment["BARRAISER_RECORD_GOLDEN"] == "1" {
            try written.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(written == (try String(contentsOfFile: golden, encoding: .utf8)),
                "progress --html differs from Fixtures/progress-page.html; if intended, run the tests with BARRAISER_RECORD_GOLDEN=1")
        #expect(written.contains("1 mock interview (interviewer mode) counted apart"))
        #expect(written.contains("<b>Dive Deep</b> <span class=\"facts\">5 attempts"), "the mock's Dive Deep question is not one of them")
        #expect(written.contains("<desc id=\"dodged-desc\">metrics: 2 times in 2 interviews"))
        #expect(written.contains("<td>dd-caught-in-details</td><td class=\"over\">3 min 30 s</td>"))
        #expect(!written.contains("<script"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.root).filter { $0.hasPrefix(".progress.html.") }
        #expect(leftovers.isEmpty, "the temporary file is renamed, not left behind")
    }

    @Test("Files left out or read in part are named at the page's foot and on standard error")
    func faultyFiles() throws {
        let result = try runBarraiser(["progress", "--html", "-o", page, "--transcripts", ProgressCommandTests.history], stdin: "", in: sandbox)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Wrote \(page)")
        #expect(lines.last?.hasPrefix("barraiser: read 4 transcripts; skipped 2 unreadable") == true, "\(result.stderr)")
        let written = try String(contentsOfFile: page, encoding: .utf8)
        #expect(written.contains("<p class=\"files\">read 4 transcripts; skipped 2 unreadable: 20261202-090000-pm-bar-raiser.jsonl:1: schema version 99"))
    }

    @Test("After three practice sessions the page shows their principle, its trend and the gap they keep missing")
    func afterPractice() throws {
        for reply in ImprovingSessions.replies {
            let session = try runBarraiser(ImprovingSessions.arguments + ["--transcripts", sandbox.transcripts],
                                           stdin: Answers.script([ImprovingSessions.firstAnswer, reply]), in: sandbox)
            try #require(session.status == 0, "stderr: \(session.stderr)")
        }
        let result = try runBarraiser(["progress", "--html", "-o", page, "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr == "Wrote \(page)\n")
        let written = try String(contentsOfFile: page, encoding: .utf8)
        #expect(written.contains("<b>Dive Deep</b> <span class=\"facts\">3 attempts · latest"))
        #expect(written.contains("<span class=\"trend better\">better</span>"))
        #expect(written.contains("<div class=\"gap-label\" style=\"grid-row:1\">metrics</div>"), "the gap the answers keep missing comes first")
        #expect(written.contains("<p class=\"meta\"><span>3 interviews</span> · <span>6 answers</span>"))

        // Written again, the file is replaced whole.
        let again = try runBarraiser(["progress", "--html", "-o", page, "--since", "2100-01-01", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(again.status == 0)
        let replaced = try String(contentsOfFile: page, encoding: .utf8)
        #expect(replaced.contains("No saved interview matches what was asked for.") && replaced.hasSuffix("</body></html>\n"))
    }

    @Test("Without -o, or with -o -, the page goes to standard output; an empty folder's page says so")
    func standardOutput() throws {
        for extra in [[String](), ["-o", "-"]] {
            let result = try runBarraiser(["progress", "--html", "--transcripts", sandbox.transcripts] + extra, stdin: "", in: sandbox)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.hasPrefix("<!DOCTYPE html>") && result.stdout.contains("<h2>No interviews yet</h2>"))
            #expect(result.stderr.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/-"))
    }

    @Test("--html with --json, -o without --html, and -o naming a transcript are refused in one line")
    func refusals() throws {
        let both = try runBarraiser(["progress", "--html", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(both.status != 0 && both.stderr.contains("--html and --json each print the whole progress; choose one"), "\(both.stderr)")
        let bare = try runBarraiser(["progress", "-o", page, "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(bare.status != 0 && bare.stderr.contains("-o writes the page --html makes; add --html"), "\(bare.stderr)")
        #expect(!FileManager.default.fileExists(atPath: page))

        try FileManager.default.createDirectory(atPath: sandbox.transcripts, withIntermediateDirectories: true)
        let source = ProgressCommandTests.history + "/20261128-090000-pm-bar-raiser.jsonl"
        let transcript = sandbox.transcripts + "/20261128-090000-pm-bar-raiser.jsonl"
        try FileManager.default.copyItem(atPath: source, toPath: transcript)
        let before = try String(contentsOfFile: transcript, encoding: .utf8)
        let over = try runBarraiser(["progress", "--html", "-o", transcript, "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(over.status == 1)
        #expect(over.stderr.contains("is a transcript in \(sandbox.transcripts); name another file"), "\(over.stderr)")
        #expect(try String(contentsOfFile: transcript, encoding: .utf8) == before)
    }

    @Test("A page that cannot be written is one line and status 1")
    func cannotWrite() throws {
        let full = try runBarraiser(["progress", "--html", "-o", "/dev/full", "--transcripts", ProgressCommandTests.history], stdin: "", in: sandbox)
        #expect(full.status == 1)
        #expect(full.stderr.contains("cannot write /dev/full"), "\(full.stderr)")
        let missing = try runBarraiser(["progress", "--html", "-o", sandbox.root + "/no/such/folder/page.html", "--transcripts", ProgressCommandTests.history], stdin: "", in: sandbox)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot create a file in"), "\(missing.stderr)")
        #expect(missing.stderr.split(separator: "\n").count == 1, "one line: \(missing.stderr)")
    }
}
