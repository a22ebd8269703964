import Foundation
import Glibc
import Testing

/// Reviewing saved interviews as a person does: list, show, replay, rescore, practise again,
/// resume after a crash, export; and the faults a transcript file can have.
@Suite struct ReviewCommandTests {
    static let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    /// A transcript made by the tool, whose first answer carries a terminal escape sequence.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InterviewKitTests/Fixtures/golden/interview.jsonl").path

    static let story = "Last year I owned the returns flow at my company and refunds took nine days. I rewrote the refund rules myself, I chose to fix the rules instead of buying a new tool, and refunds went from 9 days to 2 within a quarter. Customers stopped calling about refunds; looking back I should have asked support earlier."

    /// Writes `text` as a transcript in the sandbox's folder and returns its path.
    func write(_ text: String, named name: String, in sandbox: Sandbox) throws -> String {
        try FileManager.default.createDirectory(atPath: sandbox.transcripts, withIntermediateDirectories: true)
        let path = sandbox.transcripts + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func fixtureText() throws -> String { try String(contentsOfFile: Self.fixture, encoding: .utf8) }

    @Test("show prints the stored output for a known transcript (golden)")
    func showGolden() throws {
        let sandbox = Sandbox()
        // A relative path, as the golden output shows it.
        try FileManager.default.createDirectory(atPath: sandbox.root + "/transcripts", withIntermediateDirectories: true)
        try fixtureText().write(toFile: sandbox.root + "/transcripts/interview.jsonl", atomically: true, encoding: .utf8)
        let result = try runBarraiser(["show", "transcripts/interview.jsonl"], stdin: "", in: sandbox)
        #expect(result.status == 0)
        let golden = Self.fixturesFolder + "/show.txt"
        if ProcessInfo.processInfo.environment["BARRAISER_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try String(contentsOfFile: golden, encoding: .utf8)),
                "show differs from Fixtures/show.txt; if intended, run the tests with BARRAISER_RECORD_GOLDEN=1")
    }

    @Test("a replayed file never drives the terminal: escapes are shown, not obeyed")
    func escapesAreHarmless() throws {
        let sandbox = Sandbox()
        for command in [["show", Self.fixture], ["replay", Self.fixture], ["replay", Self.fixture, "--rescore"]] {
            let result = try runBarraiser(command, stdin: "", in: sandbox)
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\u{1B}"), "\(command)")
            #expect(result.stdout.contains("␛[31mcontacts"), "\(command)")
        }
    }

    @Test("debriefs read back from a file are printed as the live ones, and cannot drive the terminal either")
    func debriefsFromAFileAreSafe() throws {
        let sandbox = Sandbox()
        let hostile = "\\u001b]0;owned\\u0007\\u001b[2J"
        let debrief = #"{"principles":[],"questions":[{"openGaps":[],"questionID":"q","rating":"inclined"}],"round":"bar-raiser","summary":["advice"# + hostile + #""],"inconsistencies":["note"# + hostile + #""],"type":"debrief","vote":"inclined"}"#
        let loop = #"{"decision":"inclined","inconsistencies":["loop"# + hostile + #""],"type":"loop-debrief","vetoed":false,"votes":[]}"#
        let text = try fixtureText().replacingOccurrences(of: #"{"status":"quit","type":"end"}"#, with: debrief + "\n" + loop + "\n" + #"{"status":"completed","type":"end"}"#)
        let path = try write(text, named: "debriefs.jsonl", in: sandbox)
        let result = try runBarraiser(["show", path], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("── Debrief: Bar Raiser ──") && result.stdout.contains("(1 answered, 0 skipped)"))
        #expect(result.stdout.contains("Flag: loop␛]0;owned"))
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
    }

    @Test("a corrupt line in the middle names FILE:LINE; --lenient skips it")
    func corruptMiddleLine() throws {
        let sandbox = Sandbox()
        var lines = try fixtureText().split(separator: "\n").map(String.init)
        lines.insert("{\"type\": \"answer\", \"text\": ", at: 3)
        let path = try write(lines.joined(separator: "\n") + "\n", named: "corrupt.jsonl", in: sandbox)
        let strict = try runBarraiser(["show", path], stdin: "", in: sandbox)
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("\(path):4:") && strict.stderr.contains("--lenient"))
        let lenient = try runBarraiser(["show", path, "--lenient"], stdin: "", in: sandbox)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("line 4"))
        #expect(lenient.stdout.contains("contacts"))
    }

    @Test("an answer of several lines, blank ones included, is shown with every line under the answer's bar")
    func multiLineAnswer() throws {
        let sandbox = Sandbox()
        var lines = try fixtureText().split(separator: "\n").map(String.init)
        lines.insert(#"{"seconds":3,"text":"first line\n\nthird line\n","type":"answer"}"#, at: 3)
        lines.insert(#"{"depth":2,"reason":"r","target":"metrics","text":"And then?","type":"probe"}"#, at: 3)
        let path = try write(lines.joined(separator: "\n") + "\n", named: "lines.jsonl", in: sandbox)
        let result = try runBarraiser(["show", path], stdin: "", in: sandbox)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  │ first line\n  │ \n  │ third line\n  │ \n"), "\(result.stdout)")
    }

    @Test("a line longer than a transcript line may hold is refused in one line naming FILE:LINE")
    func overlongLine() throws {
        let sandbox = Sandbox()
        var lines = try fixtureText().split(separator: "\n").map(String.init)
        lines.insert(#"{"seconds":3,"text":""# + String(repeating: "x", count: 17 << 20) + #"","type":"answer"}"#, at: 3)
        let path = try write(lines.joined(separator: "\n") + "\n", named: "long.jsonl", in: sandbox)
        let result = try runBarraiser(["show", path], stdin: "", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr == "barraiser: \(path):4: line 4 is longer than the 16 MB a transcript line may hold; is this a barraiser transcript?\n")
        let lenient = try runBarraiser(["show", path, "--lenient"], stdin: "", in: sandbox)
        #expect(lenient.status == 0 && lenient.stdout.contains("contacts"))
    }

    @Test("a last line cut off mid-write is a warning naming the line; the rest is used")
    func truncatedLastLine() throws {
        let sandbox = Sandbox()
        let text = try fixtureText()
        let path = try write(text + "{\"seconds\":3,\"text\":\"half wri", named: "cut.jsonl", in: sandbox)
        let lineCount = text.split(separator: "\n").count
        let result = try runBarraiser(["export", path, "--format", "json"], stdin: "", in: sandbox)
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(path):\(lineCount + 1): warning"), "\(result.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((document?["records"] as? [Any])?.count == lineCount)
    }

    @Test("a newer schema is a clear error; the older one reads")
    func newerSchema() throws {
        let sandbox = Sandbox()
        let newer = try fixtureText().replacingOccurrences(of: "\"schemaVersion\":1", with: "\"schemaVersion\":9")
        let path = try write(newer, named: "newer.jsonl", in: sandbox)
        let result = try runBarraiser(["show", path], stdin: "", in: sandbox)
        #expect(result.status != 0)
        #expect(result.stderr.contains("schema version 9 is newer"))
    }

    @Test("a newer schema whose header fields changed is named as newer by show and transcripts, not as corrupt")
    func newerSchemaWithChangedFields() throws {
        let sandbox = Sandbox()
        let newer = #"{"level":{"name":"L5"},"schemaVersion":2,"track":"pm","type":"header"}"# + "\n" + #"{"type":"note","text":"new"}"# + "\n"
        let path = try write(newer, named: "newer.jsonl", in: sandbox)
        let shown = try runBarraiser(["show", path], stdin: "", in: sandbox)
        #expect(shown.status == 1)
        #expect(shown.stderr == "barraiser: \(path): schema version 2 is newer than this build reads (1); update barraiser\n")
        let listed = try runBarraiser(["transcripts"], stdin: "", in: sandbox)
        #expect(listed.stderr == "barraiser: skipped \(path): schema version 2 is newer than this build reads (1); update barraiser\n")
    }

    @Test("export -o writes a private file; html is self-contained with a chart")
    func exportToFile() throws {
        let sandbox = Sandbox()
        let practice = try runBarraiser(["practice", "--seed", "2", "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts],
                                        stdin: Self.story + "\n\n", in: sandbox)
        #expect(practice.status == 0)
        for format in ["markdown", "html", "json"] {
            let out = sandbox.root + "/out.\(format)"
            let result = try runBarraiser(["export", "latest", "--transcripts", sandbox.transcripts, "--format", format, "-o", out], stdin: "", in: sandbox)
            #expect(result.status == 0)
            #expect(permissions(of: out) == 0o600, "\(format)")
        }
        let html = try String(contentsOfFile: sandbox.root + "/out.html", encoding: .utf8)
        #expect(html.contains("<svg") && !html.contains("<script"))
    }

    /// Runs `barraiser` with `arguments` in the sandbox through `/bin/sh -c script`, where the
    /// script runs the program as `"$0" "$@"` after its set-up (limits, redirections).
    func runThroughShell(_ script: String, _ arguments: [String], in sandbox: Sandbox) throws -> PipeResult {
        try runPiped("/bin/sh", ["-c", script, barraiser] + arguments, stdin: "", environment: sandbox.environment,
                     removing: Sandbox.removedVariables, workingDirectory: sandbox.root, timeout: 60)
    }

    @Test("export to a full standard output says so in one line and exits 1")
    func exportToAFullStandardOutput() throws {
        let sandbox = Sandbox()
        let result = try runThroughShell(#"exec "$0" "$@" > /dev/full"#, ["export", Self.fixture], in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr == "barraiser: cannot write standard output: No space left on device\n")
    }

    @Test("show, replay and transcripts to a full standard output exit 1 with one line", arguments: [
        ["show", fixture], ["replay", fixture], ["transcripts"], ["transcripts", "--json"],
    ])
    func fullStandardOutput(_ command: [String]) throws {
        let sandbox = Sandbox()
        _ = try write(fixtureText(), named: "interview.jsonl", in: sandbox)
        let result = try runThroughShell(#"exec "$0" "$@" > /dev/full"#, command, in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr == "barraiser: cannot write standard output: No space left on device\n")
    }

    @Test("a transcript saved with CRLF line endings is listed and read")
    func crlfTranscript() throws {
        let sandbox = Sandbox()
        let text = try fixtureText().replacingOccurrences(of: "\n", with: "\r\n")
        let path = try write(text, named: "crlf.jsonl", in: sandbox)
        let listed = try runBarraiser(["transcripts"], stdin: "", in: sandbox)
        #expect(listed.status == 0 && listed.stdout.contains(path), "\(listed.stderr)")
        let shown = try runBarraiser(["show", "1"], stdin: "", in: sandbox)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stderr.isEmpty)
        #expect(shown.stdout.contains("They dropped from 1,200 to 700 a week"))
    }

    @Test("export -o that fails part-way leaves the old file whole and no temporary file behind")
    func exportThatFailsKeepsTheOldFile() throws {
        let sandbox = Sandbox()
        let out = sandbox.root + "/exports/out.md"
        try FileManager.default.createDirectory(atPath: sandbox.root + "/exports", withIntermediateDirectories: true)
        try "the export from last week\n".write(toFile: out, atomically: false, encoding: .utf8)
        // 512 bytes: less than the export; SIGXFSZ ignored, so the write fails with EFBIG.
        let limited = try runThroughShell(#"ulimit -f 1; trap '' XFSZ; exec "$0" "$@""#, ["export", Self.fixture, "-o", out], in: sandbox)
        #expect(limited.status == 1)
        #expect(limited.stderr == "barraiser: cannot write \(out): File too large; \(out) is unchanged\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "the export from last week\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root + "/exports") == ["out.md"])

        let result = try runBarraiser(["export", Self.fixture, "-o", out], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("contacts"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root + "/exports") == ["out.md"])
        #expect(permissions(of: out) == 0o600)
    }

    @Test("export T -o T refuses to overwrite its own input, also through a link")
    func exportOntoItsOwnInput() throws {
        let sandbox = Sandbox()
        let path = try write(fixtureText(), named: "own.jsonl", in: sandbox)
        let link = sandbox.root + "/link.jsonl"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        for (input, output) in [(path, path), (path, link), (link, path)] {
            let result = try runBarraiser(["export", input, "--format", "json", "-o", output], stdin: "", in: sandbox)
            #expect(result.status == 1)
            #expect(result.stderr == "barraiser: -o \(output) is the transcript being exported; name another file\n")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == fixtureText())
    }

    @Test("kill -9 in the middle, then resume finishes it and the file reads as one interview")
    func killThenResume() throws {
        let sandbox = Sandbox()
        let session = try startBarraiser(["practice", "--seed", "4", "--questions", "2", "--depth", "1", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 2))
        try session.send(Self.story + Key.enter + Key.enter, thenPrompt: Prompt.followUp(1, of: 1, question: 1, of: 2))
        session.kill(SIGKILL)
        _ = try? session.waitForExit(timeout: patience)
        let before = try sandbox.onlyTranscript()
        #expect(before.endStatus == nil && before.answers.count == 1)

        let resumed = try runBarraiser(["resume", "latest", "--transcripts", sandbox.transcripts],
                                       stdin: "I measured it in the refund logs against the same quarter a year before.\n\n" + Self.story.replacingOccurrences(of: "returns", with: "search") + "\n\nWe checked it weekly.\n\n", in: sandbox)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let after = try sandbox.onlyTranscript()
        #expect(after.path == before.path)
        #expect(after.endStatus == "completed")
        #expect(after.types.filter { $0 == "header" }.count == 1)
        #expect(after.types.filter { $0 == "question" }.count == 2)
        #expect(after.answers.count == 4)
        #expect(permissions(of: after.path) == 0o600)
        let show = try runBarraiser(["show", after.path], stdin: "", in: sandbox)
        #expect(show.status == 0 && show.stderr.isEmpty)

        let again = try runBarraiser(["resume", after.path], stdin: "", in: sandbox)
        #expect(again.status != 0 && again.stderr.contains("already ended"))
    }

    /// A two-question interview answered once and left at the second question, its records as
    /// lines without newlines: header, question, answer, question, end (quit).
    func interviewLeftAtSecondQuestion(in sandbox: Sandbox) throws -> (path: String, lines: [String]) {
        let practice = try runBarraiser(["practice", "--seed", "2", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts],
                                        stdin: Self.story + "\n\n", in: sandbox)
        try #require(practice.status == 0, "\(practice.stderr)")
        let transcript = try sandbox.onlyTranscript()
        try #require(transcript.types == ["header", "question", "answer", "question", "end"])
        return (transcript.path, transcript.text.split(separator: "\n").map(String.init))
    }

    static let secondStory = story.replacingOccurrences(of: "returns", with: "search")

    @Test("resume keeps a complete last record that lacks its newline, and continues after it")
    func resumeKeepsAnUnterminatedLastRecord() throws {
        let sandbox = Sandbox()
        let (path, lines) = try interviewLeftAtSecondQuestion(in: sandbox)
        // The answer is the last record, whole, but without the newline after it.
        try lines.prefix(3).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let resumed = try runBarraiser(["resume", path], stdin: Self.secondStory + "\n\n", in: sandbox)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(!resumed.stderr.contains("warning"), "\(resumed.stderr)")
        let after = try Transcript(path: path)
        #expect(after.answers == [Self.story, Self.secondStory])
        #expect(after.types.prefix(4) == ["header", "question", "answer", "question"])
        #expect(after.endStatus == "completed")
    }

    @Test("resume drops a last line cut off mid-write, with a warning naming FILE:LINE")
    func resumeDropsACutOffLastLine() throws {
        let sandbox = Sandbox()
        let (path, lines) = try interviewLeftAtSecondQuestion(in: sandbox)
        try (lines.prefix(3).joined(separator: "\n") + "\n" + #"{"seconds":3,"text":"half wri"#).write(toFile: path, atomically: true, encoding: .utf8)

        let resumed = try runBarraiser(["resume", path], stdin: Self.secondStory + "\n\n", in: sandbox)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(path):4: warning"), "\(resumed.stderr)")
        let after = try Transcript(path: path)
        #expect(!after.text.contains("half wri"))
        #expect(after.answers == [Self.story, Self.secondStory])
        #expect(after.endStatus == "completed")
    }

    @Test("an answer time too large for whole seconds is shown, not a crash", arguments: ["1e19", "-1e19"])
    func hugeAnswerTimes(seconds: String) throws {
        let sandbox = Sandbox()
        let text = try fixtureText().replacingOccurrences(of: #"{"seconds":0,"#, with: #"{"seconds":\#(seconds),"#)
        let path = try write(text, named: "huge.jsonl", in: sandbox)
        let shown = seconds == "1e19" ? "1e+19 s" : "-1e+19 s"
        for command in [["show", path], ["replay", path], ["export", path, "--format", "markdown"], ["export", path, "--format", "html"]] {
            let result = try runBarraiser(command, stdin: "", in: sandbox)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.contains(shown), "\(command)")
        }
        let json = try runBarraiser(["export", path, "--format", "json"], stdin: "", in: sandbox)
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let answer = (document["records"] as? [[String: Any]])?.first { $0["type"] as? String == "answer" }
        #expect((answer?["seconds"] as? Double) == Double(seconds))
    }

    @Test("/time after resuming an answer with a huge time shows the round's time")
    func timeAfterAHugeAnswerTime() throws {
        let sandbox = Sandbox()
        let (path, lines) = try interviewLeftAtSecondQuestion(in: sandbox)
        var edited = lines
        edited[2] = try #require(edited[2].replacing(/"seconds":[0-9.]+/, with: #""seconds":1e19"#, maxReplacements: 1) as String?)
        try #require(edited[2].contains("1e19"))
        try (edited.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let resumed = try runBarraiser(["resume", path], stdin: "/time\n" + Self.secondStory + "\n\n", in: sandbox)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("this round: 1e+19 s of about "), "\(resumed.stdout)")
    }

    @Test("replay in a terminal: Enter, p, j N and q")
    func replayInATerminal() throws {
        let sandbox = Sandbox()
        let session = try startBarraiser(["replay", Self.fixture], in: sandbox)
        try session.waitForPrompt("[1/5] Enter/n next")
        try session.send(Key.enter, thenPrompt: "[2/5] Enter/n next")
        #expect(session.screenTextSinceMark.contains("follow-up 1 · metrics"))
        try session.send("p" + Key.enter, thenPrompt: "[1/5] Enter/n next", after: "[1/5]")
        try session.send("j 4" + Key.enter, thenPrompt: "[4/5] Enter/n next")
        #expect(session.screenTextSinceMark.contains("follow-up 3 · depth"))
        session.send("q" + Key.enter)
        #expect(try session.waitForExit(timeout: patience) == 0)
    }

    @Test("replay --rescore shows the follow-ups and ratings then and now")
    func rescore() throws {
        let sandbox = Sandbox()
        let result = try runBarraiser(["replay", Self.fixture, "--rescore"], stdin: "", in: sandbox)
        #expect(result.status == 0)
        #expect(result.stdout.contains("next follow-up then: metrics · now: metrics"))
        #expect(result.stdout.contains("Ratings then and now"))
        #expect(try String(contentsOfFile: Self.fixture, encoding: .utf8) == fixtureText())
    }

    @Test("practice --from asks the same questions, then compares the attempts")
    func practiseAgain() throws {
        let sandbox = Sandbox()
        let first = try runBarraiser(["practice", "--seed", "8", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts],
                                     stdin: "We did some stuff and it went well.\n\nI helped.\n\n", in: sandbox)
        #expect(first.status == 0)
        let original = try sandbox.onlyTranscript()
        let second = try runBarraiser(["practice", "--from", "latest", "--depth", "0", "--transcripts", sandbox.transcripts],
                                      stdin: Self.story + "\n\n" + Self.story.replacingOccurrences(of: "returns", with: "search") + "\n\n", in: sandbox)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("This attempt against the last"))
        let files = sandbox.transcriptFiles()
        #expect(files.count == 2)
        let newer = try Transcript(path: files.first { $0 != original.path } ?? "")
        let ids = { (t: Transcript) in t.records(ofType: "question").compactMap { $0["questionID"] as? String } }
        #expect(ids(newer) == ids(original))
    }

    @Test("practice --from a transcript with no rounds, or no questions, refuses in one line and starts nothing",
          arguments: ["no rounds", "no questions"])
    func practiceFromAnEmptyInterview(_ fault: String) throws {
        let sandbox = Sandbox()
        let header = try #require(try fixtureText().split(separator: "\n").first.map(String.init))
        let text = fault == "no rounds" ? try fixtureText().replacingOccurrences(of: #""rounds":["bar-raiser"]"#, with: #""rounds":[]"#) : header + "\n"
        let path = try write(text, named: "empty.jsonl", in: sandbox)
        let result = try runBarraiser(["practice", "--from", path, "--transcripts", sandbox.transcripts], stdin: Self.story + "\n\n", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr == "barraiser: \(path): no round with a question was recorded, so there is nothing to practise again; choose another transcript (`barraiser transcripts` lists them)\n")
        #expect(sandbox.transcriptFiles() == [path])
    }

    @Test("transcripts --json lists newest first with a rating")
    func listAsJSON() throws {
        let sandbox = Sandbox()
        for seed in ["1", "2"] {
            _ = try runBarraiser(["practice", "--seed", seed, "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts],
                                 stdin: Self.story + "\n\n", in: sandbox)
        }
        let result = try runBarraiser(["transcripts", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { ($0["rating"] as? String)?.isEmpty == false && $0["status"] as? String == "completed" })
        #expect(rows.allSatisfy { $0["answered"] as? Int == 1 && !($0["answered"] is String) })
        let order = rows.map { [$0["startedAt"] as? String ?? "", $0["path"] as? String ?? ""] }
        #expect(order[0].lexicographicallyPrecedes(order[1]) == false)
    }

    @Test("transcripts --json gives answered as a number and rating null before any debrief")
    func listAsJSONBeforeADebrief() throws {
        let sandbox = Sandbox()
        _ = try runBarraiser(["practice", "--seed", "2", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts],
                             stdin: Self.story + "\n\n", in: sandbox)
        let result = try runBarraiser(["transcripts", "--json", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""answered" : 1,"#), "\(result.stdout)")
        #expect(result.stdout.contains(#""rating" : null,"#), "\(result.stdout)")
    }
}
