// `barraiser progress` over folders of transcripts: ones the tool writes from scripted answers that
// get better, and a stored folder with every fault a history can hold.
import Foundation
import Testing

/// Three sessions of the same Dive Deep question. The first answer never says how the number was
/// checked, so the first follow-up asks for it every time; the reply to it gets better each time.
enum ImprovingSessions {
    static let arguments = ["practice", "--seed", "7", "--principle", "dive-deep", "--questions", "1", "--depth", "1"]

    static let firstAnswer = """
        Last spring our weekly revenue report at my company overstated revenue. I pulled the raw logs myself \
        and traced it to a logging change that double counted refunds. I fixed the query and the report was right again.
        """

    static let replies = [
        "I am not sure, it was a while ago.",
        "I compared the report with the payments ledger. The report was 4 percent above the ledger for three weeks, and after my fix it matched the ledger again.",
        """
        I compared the report line by line with the payments ledger, which is the source of truth. The report was 4 percent above \
        the ledger for three weeks, 120 thousand dollars, and after my fix the gap fell to zero within two days. I chose to fix the \
        query rather than rebuild the pipeline, which cost us a week of roadmap work. Finance published correct numbers to the board, \
        customers stopped getting wrong refund statements, and I learned to reconcile against the ledger before trusting a dashboard.
        """,
    ]
}

@Suite("Progress across interviews")
struct ProgressCommandTests {
    let sandbox = Sandbox()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    /// Three sessions written by the tool (dates and seconds set by hand), one cut off mid-write,
    /// one from a newer build and one that is not a transcript.
    static let history = fixtures + "/progress"

    func practiseThreeTimes() throws {
        for reply in ImprovingSessions.replies {
            let result = try runBarraiser(ImprovingSessions.arguments + ["--transcripts", sandbox.transcripts],
                                          stdin: Answers.script([ImprovingSessions.firstAnswer, reply]), in: sandbox)
            try #require(result.status == 0, "stderr: \(result.stderr)")
        }
        try #require(sandbox.transcriptFiles().count == 3)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not one JSON object: \(text)")
    }

    @Test("After three sessions that improve, Dive Deep trends better and the gap the answers keep missing comes first")
    func improvingSessions() throws {
        try practiseThreeTimes()

        let result = try runBarraiser(["progress", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "three whole transcripts have nothing to report: \(result.stderr)")
        let report = try json(result.stdout)
        #expect(report["interviews"] as? Int == 3)
        let principles = try #require(report["principles"] as? [[String: Any]])
        let diveDeep = try #require(principles.first { $0["principle"] as? String == "dive-deep" })
        #expect(diveDeep["count"] as? Int == 3)
        #expect(diveDeep["trend"] as? String == "better")
        #expect((diveDeep["sparkline"] as? String)?.count == 3)
        let firstProbes = try #require(report["firstProbes"] as? [[String: Any]])
        #expect(firstProbes.first?["gap"] as? String == "metrics")
        #expect(firstProbes.first?["count"] as? Int == 3)
        let neglected = try #require(report["neglected"] as? [[String: Any]]).compactMap { $0["principle"] as? String }
        #expect(neglected == ["invent-and-simplify", "deliver-results"], "Dive Deep, which pm weighs most too, was practised three times")

        let text = try runBarraiser(["progress", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let diveDeepLine = try #require(lines.first { $0.hasPrefix("Dive Deep ") })
        #expect(diveDeepLine.contains("3×") && diveDeepLine.hasSuffix("better"), "\(diveDeepLine)")
        #expect(lines.contains("metrics: 3 times in 3 interviews, 3 of the last 3"), "\(text.stdout)")
        #expect(lines.contains { $0.hasPrefix("Invent and Simplify (pm): never practised") })
    }

    @Test("The stored history prints as stored (golden), terminal and JSON, with its faulty files named in one line")
    func goldenHistory() throws {
        for (arguments, golden) in [(["progress"], "progress.txt"), (["progress", "--json"], "progress.json")] {
            let result = try runBarraiser(arguments + ["--transcripts", Self.history], stdin: "", in: sandbox)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let path = Self.fixtures + "/" + golden
            if ProcessInfo.processInfo.environment["BARRAISER_RECORD_GOLDEN"] == "1" {
                try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
            }
            #expect(result.stdout == (try String(contentsOfFile: path, encoding: .utf8)),
                    "\(arguments.joined(separator: " ")) differs from Fixtures/\(golden); if intended, run the tests with BARRAISER_RECORD_GOLDEN=1")
            let problems = result.stderr.split(separator: "\n")
            #expect(problems == ["barraiser: read 4 transcripts; skipped 2 unreadable: 20261202-090000-pm-bar-raiser.jsonl:1: schema version 99 is newer than this build reads (1); update barraiser, notes.jsonl:1: not a transcript header; 1 cut off mid-write, read up to the cut: 20261201-090000-pm-bar-raiser.jsonl:6; 1 unfinished: 20261201-090000-pm-bar-raiser.jsonl"],
                    "\(result.stderr)")
        }
    }

    @Test("--since and --track leave interviews out; a date it cannot read is refused in one line")
    func filters() throws {
        let since = try json(try runBarraiser(["progress", "--json", "--since", "2026-11-30", "--transcripts", Self.history], stdin: "", in: sandbox).stdout)
        #expect(since["interviews"] as? Int == 2)
        #expect((since["filter"] as? [String: Any])?["since"] as? String == "2026-11-30")
        let pmm = try runBarraiser(["progress", "--track", "pmm", "--transcripts", Self.history], stdin: "", in: sandbox)
        #expect(pmm.status == 0)
        #expect(pmm.stdout == "No interviews matching --track pmm in \(Self.history) yet. Start one with: barraiser practice\n")

        let bad = try runBarraiser(["progress", "--since", "last week", "--transcripts", Self.history], stdin: "", in: sandbox)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--since takes a day as YYYY-MM-DD"), "\(bad.stderr)")
    }

    @Test("An empty or missing folder says where it looked")
    func noTranscripts() throws {
        let result = try runBarraiser(["progress", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(result.status == 0)
        #expect(result.stdout == "No interviews in \(sandbox.transcripts) yet. Start one with: barraiser practice\n")
        let json = try json(try runBarraiser(["progress", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox).stdout)
        #expect(json["interviews"] as? Int == 0)
    }

    @Test("A corrupt line leaves its file out unless --lenient, which reads around it and names the line")
    func lenient() throws {
        try practiseThreeTimes()
        let path = try #require(sandbox.transcriptFiles().first)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = "{not json \u{1B}[2J"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let name = (path as NSString).lastPathComponent

        let strict = try runBarraiser(["progress", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(strict.status == 0)
        #expect(try json(strict.stdout)["interviews"] as? Int == 2)
        #expect(strict.stderr == "barraiser: read 2 transcripts; skipped 1 unreadable: \(name):3: not a transcript record; --lenient skips such lines\n")

        let lenient = try runBarraiser(["progress", "--lenient", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasPrefix("Progress · 3 interviews"))
        #expect(lenient.stderr == "barraiser: read 3 transcripts; corrupt lines skipped (--lenient): \(name):3\n")
    }

    @Test("Interviews started in the same second are taken in the order their files were written: X, X-2, … X-10")
    func sameSecond() throws {
        try FileManager.default.createDirectory(atPath: sandbox.transcripts, withIntermediateDirectories: true)
        // The strong session first, then the two weaker ones: by name alone, -10 would sort first.
        let sources = ["20261130", "20261128", "20261129"]
        for (source, suffix) in zip(sources, ["", "-2", "-10"]) {
            let text = try String(contentsOfFile: Self.history + "/\(source)-090000-pm-bar-raiser.jsonl", encoding: .utf8)
            let sameStart = text.replacing(/"startedAt":"[^"]*"/, with: "\"startedAt\":\"2026-12-01T09:00:00Z\"")
            try sameStart.write(toFile: sandbox.transcripts + "/20261201-090000-pm-bar-raiser\(suffix).jsonl", atomically: true, encoding: .utf8)
        }
        let report = try json(try runBarraiser(["progress", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox).stdout)
        let principles = try #require(report["principles"] as? [[String: Any]])
        #expect(principles.first { $0["principle"] as? String == "dive-deep" }?["sparkline"] as? String == "▇▅▅")
    }

    @Test("A transcript from an older schema version is read, and named as older")
    func olderSchema() throws {
        try FileManager.default.createDirectory(atPath: sandbox.transcripts, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.history + "/20261128-090000-pm-bar-raiser.jsonl", encoding: .utf8)
        try text.replacingOccurrences(of: "\"schemaVersion\":1", with: "\"schemaVersion\":0")
            .write(toFile: sandbox.transcripts + "/old.jsonl", atomically: true, encoding: .utf8)
        let result = try runBarraiser(["progress", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(result.status == 0)
        #expect(try json(result.stdout)["interviews"] as? Int == 1)
        #expect(result.stderr == "barraiser: read 1 transcript; 1 from an older schema version: old.jsonl\n")
    }

    @Test("Escape sequences in a file name or a start time are shown, not obeyed")
    func escapesInNames() throws {
        try FileManager.default.createDirectory(atPath: sandbox.transcripts, withIntermediateDirectories: true)
        try "junk\n".write(toFile: sandbox.transcripts + "/\u{1B}[31mred.jsonl", atomically: true, encoding: .utf8)
        let result = try runBarraiser(["progress", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("␛[31mred.jsonl:1: not a transcript header"), "\(result.stderr)")

        // A start time with an escape in it, in a file with an answer past its soft limit.
        let text = try String(contentsOfFile: Self.history + "/20261128-090000-pm-bar-raiser.jsonl", encoding: .utf8)
        try text.replacingOccurrences(of: "\"startedAt\":\"2026", with: "\"startedAt\":\"\\u001b[2J")
            .write(toFile: sandbox.transcripts + "/escaped.jsonl", atomically: true, encoding: .utf8)
        let shown = try runBarraiser(["progress", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(shown.stdout.contains("1 answer ran past the soft limit"), "\(shown.stdout)")
        #expect(!shown.stdout.contains("\u{1B}"), "\(shown.stdout)")
        #expect(shown.stdout.contains("␛[2J"))
    }

    @Test("practice --next goes to the principles pm weighs most and were never practised, not to Dive Deep, and says why")
    func practiceNext() throws {
        try practiseThreeTimes()
        let result = try runBarraiser(["practice", "--next", "--seed", "1", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts],
                                      stdin: Answers.script(["A first answer.", "A second answer."]), in: sandbox)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let why = try #require(lines.firstIndex { $0.hasPrefix("Chosen from your progress") }, "\(result.stdout)")
        #expect(lines[why] == "Chosen from your progress (3 pm interviews in \(sandbox.transcripts)):")
        #expect(lines.dropFirst(why + 1).prefix(2) == [
            "  Invent and Simplify: never practised; pm weighs it most; a question not answered before",
            "  Deliver Results: never practised; pm weighs it most; a question not answered before",
        ])
        #expect(why < (lines.firstIndex { $0.hasPrefix("Q1/2 ") } ?? 0), "the reason comes with the banner, before the first question")

        let newest = try #require(sandbox.transcriptFiles().last { !(try String(contentsOfFile: $0, encoding: .utf8)).contains("dd-caught-in-details") })
        let transcript = try Transcript(path: newest)
        let asked = transcript.records(ofType: "question").compactMap { ($0["principles"] as? [String])?.first }
        #expect(asked == ["invent-and-simplify", "deliver-results"])
        let config = try #require(transcript.records.first?["config"] as? [String: Any])
        #expect((config["questionIDs"] as? [String])?.count == 2, "the chosen questions are kept, so the round can be resumed")
    }

    @Test("practice --next refuses what it cannot honour, in one line")
    func practiceNextRefuses() throws {
        for (extra, message) in [(["--round", "loop"], "--next runs a bar-raiser or hiring-manager round"),
                                 (["--principle", "dive-deep"], "--next chooses its own principles"),
                                 (["--from", "latest"], "--next chooses its own questions")] {
            let result = try runBarraiser(["practice", "--next", "--transcripts", sandbox.transcripts] + extra, stdin: "", in: sandbox)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(sandbox.transcriptFiles().isEmpty)
    }
}
