// The program run from a script: standard input and output are pipes, so there is no line editor,
// no colour and no pause between rounds.
import Foundation
import Testing

/// Answers long and concrete enough to count as stories, but with gaps a follow-up can probe.
enum Answers {
    static let stories = [
        """
        At my last company I owned the checkout flow of our mobile app. Conversion had dropped after a redesign \
        and leadership wanted to roll it back. I pulled the funnel data myself, interviewed eight customers, \
        and found that the new address form broke autofill. I proposed a two-week fix instead of the rollback.
        """,
        """
        I wrote the fix plan, got engineering to agree to pause one feature, and we shipped it in two sprints. \
        Conversion recovered and then rose a little above the old baseline.
        """,
        """
        Our team was asked to build a full rules engine for partner pricing. I thought that was far too much, \
        so I looked at what partners actually changed and proposed a spreadsheet import instead. \
        My manager was sceptical but I ran a pilot with three partners.
        """,
        """
        The pilot worked, the partners were happy, and we saved about four months of engineering time. \
        I learned to question the first proposal before we commit a team to it.
        """,
        """
        When a launch date slipped I told the vice president the same day, explained the root cause, \
        and offered two options with their costs. She picked the smaller scope and we launched on the new date.
        """,
        """
        I disagreed with my director about pricing for a new tier. I gathered churn data and a survey, \
        presented it, and when she still chose her option I committed fully and helped make it work.
        """,
        """
        We had a data quality problem in our weekly metrics. I traced it to a logging change, \
        fixed the query, and set up an alert so it would not happen again.
        """,
        """
        I mentored a junior product manager who struggled with stakeholder updates. \
        We practised together every week and after a quarter she ran the review on her own.
        """,
    ]

    /// `answers` as a script: each answer followed by the empty line that submits it.
    static func script(_ answers: [String]) -> String {
        answers.map { $0 + "\n\n" }.joined()
    }
}

@Suite("Piped interviews")
struct PipedInterviewTests {
    let sandbox = Sandbox()

    @Test("A scripted interview prints plain text and writes a complete, private transcript")
    func scriptedInterview() throws {
        let answers = ["My first answer, about a product launch.", "My second answer, about a hard decision."]
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--questions", "2", "--transcripts", sandbox.transcripts],
            stdin: Answers.script(answers), in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "piped output must hold no escape sequences")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "barraiser · Bar Raiser · Product Manager (pm) · L5 · seed 3")
        #expect(lines.count > 1 && lines[1].hasPrefix("Saving to \(sandbox.transcripts)/") && lines[1].hasSuffix("-pm-bar-raiser.jsonl"))
        #expect(result.stdout.contains("── Bar Raiser round ──"))
        #expect(lines.contains { $0.hasPrefix("Q1/2 ") })
        #expect(lines.contains { $0.hasPrefix("Q2/2 ") })
        #expect(!lines.contains { $0.hasPrefix("↳ ") }, "--depth 0 asks no follow-ups")
        #expect(result.stdout.contains("── Debrief: Bar Raiser ──"))
        #expect(lines.contains { $0.hasPrefix("Vote: ") })
        #expect(result.stdout.contains("Interview complete. Transcript: "))

        let path = try #require(transcriptPath(in: result.stdout))
        #expect(lines.count > 1 && lines[1] == "Saving to \(path)")
        let transcript = try Transcript(path: path)
        #expect(transcript.text.hasSuffix("\n"))
        #expect(transcript.types == ["header", "question", "answer", "question", "answer", "debrief", "end"])
        #expect(transcript.endStatus == "completed")
        #expect(transcript.answers == answers)

        #expect(transcript.keysAreSorted)
        #expect(transcript.fileName.wholeMatch(of: /[0-9]{8}-[0-9]{6}-pm-bar-raiser\.jsonl/) != nil, "\(transcript.fileName)")

        let header = try #require(transcript.records.first)
        #expect(header["schemaVersion"] as? Int == 1)
        #expect(header["track"] as? String == "pm")
        #expect(header["level"] as? String == "L5")
        #expect(header["seed"] as? Int == 3)
        #expect(header["rounds"] as? [String] == ["bar-raiser"])
        #expect(header["toolVersion"] is String)
        let startedAt = try #require(header["startedAt"] as? String)
        #expect(ISO8601DateFormatter().date(from: startedAt) != nil, "startedAt: \(startedAt)")
        let config = try #require(header["config"] as? [String: Any])
        #expect(config["seed"] as? Int == 3)
        #expect(config["questionsPerRound"] as? Int == 2)
        #expect(config["depth"] as? Int == 0)
        for question in transcript.records(ofType: "question") {
            #expect(question["round"] as? String == "bar-raiser")
            #expect((question["questionID"] as? String)?.isEmpty == false)
            #expect((question["text"] as? String)?.isEmpty == false)
        }
        let debrief = try #require(transcript.records(ofType: "debrief").first)
        #expect(debrief["round"] as? String == "bar-raiser")
        #expect(debrief["vote"] is String)
        #expect(debrief["summary"] is [String])
        #expect(debrief["principles"] is [Any])
        for question in transcript.records(ofType: "question") {
            #expect(question["principles"] is [String])
        }

        #expect(permissions(of: path) == 0o600)
        #expect(permissions(of: sandbox.transcripts) == 0o700)
    }

    @Test("End of input before the interview is over saves it as quit, with every answer")
    func endOfInputQuits() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--transcripts", sandbox.transcripts],
            stdin: "first answer\n\nsecond answer\n\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Interview saved. Transcript: "))
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.answers == ["first answer", "second answer"])
        #expect(transcript.types.last == "end")
        #expect(transcript.endStatus == "quit")
    }

    @Test("Blank lines before an answer are ignored, and a last answer without its empty line is kept")
    func blankLinesAndUnfinishedAnswer() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--questions", "2", "--transcripts", sandbox.transcripts],
            stdin: "\n\n   \nfirst line\nsecond line\n\n\n\nunfinished answer\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.answers == ["first line\nsecond line", "unfinished answer"])
        #expect(transcript.endStatus == "completed")
    }

    @Test("The same seed and the same answers give the same records")
    func sameSeedSameRecords() throws {
        let script = Answers.script(Answers.stories)
        var runs: [Transcript] = []
        for run in 1...2 {
            let folder = sandbox.root + "/run\(run)"
            let result = try runBarraiser(["practice", "--seed", "7", "--transcripts", folder], stdin: script, in: sandbox)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            runs.append(try Transcript(path: try #require(transcriptPath(in: result.stdout))))
        }
        #expect(!runs[0].records(ofType: "probe").isEmpty, "the answers should draw follow-ups, or this proves little")
        #expect(runs[0].keysAreSorted)
        // Follow-ups on one question count up from 1, and each says what it probes and why.
        var expectedDepth = 1
        for record in runs[0].records {
            switch record["type"] as? String {
            case "question": expectedDepth = 1
            case "probe":
                #expect(record["depth"] as? Int == expectedDepth)
                #expect((record["depth"] as? Int ?? 0) <= 3, "the bar raiser round asks up to 3 follow-ups")
                #expect((record["text"] as? String)?.isEmpty == false)
                #expect((record["target"] as? String)?.isEmpty == false)
                #expect((record["reason"] as? String)?.isEmpty == false)
                expectedDepth += 1
            default: break
            }
        }
        #expect(runs[0].answers.count == Answers.stories.count)
        #expect(runs[0].recordsWithoutTimes == runs[1].recordsWithoutTimes)
    }

    @Test("Interviews started back to back in one folder each get a file of their own")
    func neverOverwrites() throws {
        for run in 1...3 {
            let result = try runBarraiser(
                ["practice", "--seed", "3", "--depth", "0", "--questions", "1", "--transcripts", sandbox.transcripts],
                stdin: Answers.script(["answer from run \(run)"]), in: sandbox)
            #expect(result.status == 0, "stderr: \(result.stderr)")
        }
        let answers = try sandbox.transcriptFiles().map { try Transcript(path: $0).answers }
        #expect(answers.count == 3)
        #expect(Set(answers.flatMap { $0 }) == ["answer from run 1", "answer from run 2", "answer from run 3"])
    }

    @Test("Different seeds choose different first questions")
    func differentSeedsDifferentQuestions() throws {
        var firstQuestions: [String] = []
        for seed in ["1", "2"] {
            let result = try runBarraiser(
                ["practice", "--seed", seed, "--transcripts", sandbox.root + "/seed\(seed)"], stdin: "", in: sandbox)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
            let first = try #require(transcript.records(ofType: "question").first)
            firstQuestions.append(try #require(first["questionID"] as? String))
        }
        #expect(firstQuestions[0] != firstQuestions[1])
    }

    @Test("/skip as the first line records a skip and no answer for that question")
    func skipCommand() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--questions", "2", "--transcripts", sandbox.transcripts],
            stdin: "/skip\nthe answer to the second question\n\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.types == ["header", "question", "skip", "question", "answer", "debrief", "end"])
        let firstQuestion = try #require(transcript.records(ofType: "question").first)
        let skip = try #require(transcript.records(ofType: "skip").first)
        #expect(skip["questionID"] as? String == firstQuestion["questionID"] as? String)
        #expect(transcript.answers == ["the answer to the second question"])
        #expect(transcript.endStatus == "completed")
    }

    @Test("An unknown /word is reported and never recorded as an answer")
    func unknownCommand() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--questions", "1", "--transcripts", sandbox.transcripts],
            stdin: "/bogus\nthe real answer\n\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let notices = result.stdout.split(separator: "\n").filter { $0.contains("is not a command") }
        #expect(notices.count == 1)
        #expect(notices.first?.contains("/bogus") == true)
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(!transcript.answers.contains { $0.contains("/bogus") })
        #expect(!transcript.text.contains("/bogus"))
        #expect(transcript.answers == ["the real answer"])
    }

    @Test("/help me on the first line gets one line of help and is never recorded as an answer")
    func commandWithWords() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--questions", "1", "--transcripts", sandbox.transcripts],
            stdin: "/help me\nthe real answer\n\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let notices = result.stdout.split(separator: "\n").filter { $0.contains("/help takes nothing after it") }
        #expect(notices.count == 1, "\(result.stdout)")
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(!transcript.text.contains("help me"))
        #expect(transcript.answers == ["the real answer"])
    }

    @Test("The question pasted back as the answer is not taken as one; the answer after it is")
    func questionPastedBack() throws {
        let arguments = ["practice", "--seed", "3", "--depth", "0", "--questions", "1"]
        let first = try runBarraiser(arguments + ["--transcripts", sandbox.transcripts], stdin: "an answer\n\n", in: sandbox)
        let asked = try Transcript(path: try #require(transcriptPath(in: first.stdout)))
        let question = try #require(asked.records(ofType: "question").first?["text"] as? String)

        let other = Sandbox()
        let result = try runBarraiser(arguments + ["--transcripts", other.transcripts], stdin: question + "\n\nthe real answer\n\n", in: other)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("(that is the question itself, so it was not taken as an answer;"), "\(result.stdout)")
        #expect(try other.onlyTranscript().answers == ["the real answer"])
    }

    @Test("/quit as the first line ends the interview at once, saved as quit")
    func quitCommand() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--transcripts", sandbox.transcripts],
            stdin: "/quit\nthis is never read as an answer\n\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Interview saved. Transcript: "))
        #expect(!result.stdout.contains("Q2/"))
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.types == ["header", "question", "end"])
        #expect(transcript.endStatus == "quit")
    }

    @Test("/end closes the round at once and shows its debrief")
    func endCommand() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--transcripts", sandbox.transcripts],
            stdin: "the only answer\n\n/end\nnever read\n\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("── Debrief: Bar Raiser ──"))
        #expect(!result.stdout.contains("Q3/4"))
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.types == ["header", "question", "answer", "question", "debrief", "end"])
        #expect(transcript.answers == ["the only answer"])
        #expect(transcript.endStatus == "completed")
    }

    @Test("Plain `barraiser` runs a practice interview")
    func practiceIsTheDefault() throws {
        let result = try runBarraiser(
            ["--seed", "3", "--depth", "0", "--questions", "1", "--transcripts", sandbox.transcripts],
            stdin: Answers.script(["an answer"]), in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("barraiser · Bar Raiser · Product Manager (pm) · L5 · seed 3\n"))
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.answers == ["an answer"])
        #expect(transcript.endStatus == "completed")
    }

    @Test("Informational commands run at once and are not recorded", arguments: ["/help", "/hint", "/why", "/time", "/repeat"])
    func informationalCommand(_ command: String) throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--questions", "1", "--transcripts", sandbox.transcripts],
            stdin: "\(command)\nthe real answer\n\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.answers == ["the real answer"])
        #expect(transcript.types == ["header", "question", "answer", "debrief", "end"])
        #expect(transcript.endStatus == "completed")
    }

    @Test("A whole loop runs its four rounds in order without repeating a question", arguments: ["pm", "pmm"])
    func wholeLoop(track: String) throws {
        // More answers than the loop needs (4 + 4 + a case's parts + 4); the rest are never read.
        let answers = (0..<24).map { Answers.stories[$0 % Answers.stories.count] + " (answer \($0 + 1))" }
        let result = try runBarraiser(
            ["practice", "--round", "loop", "--track", track, "--depth", "0", "--seed", "5", "--transcripts", sandbox.transcripts],
            stdin: Answers.script(answers), in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("Press Enter"), "a piped loop must not wait between rounds")
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.endStatus == "completed")
        #expect(transcript.fileName.hasSuffix("-\(track)-loop.jsonl"), "\(transcript.fileName)")

        let header = try #require(transcript.records.first)
        #expect(header["rounds"] as? [String] == ["screen", "hiring-manager", "functional", "bar-raiser"])

        let questions = transcript.records(ofType: "question")
        var roundOrder: [String] = []
        for round in questions.compactMap({ $0["round"] as? String }) where roundOrder.last != round {
            roundOrder.append(round)
        }
        #expect(roundOrder == ["screen", "hiring-manager", "functional", "bar-raiser"])
        #expect(transcript.records(ofType: "debrief").compactMap { $0["round"] as? String }
                == ["screen", "hiring-manager", "functional", "bar-raiser"])

        // Case parts are asked one by one under the case's questionID: collapse each run of them.
        var asked: [(round: String, id: String)] = []
        for question in questions {
            let entry = (round: question["round"] as? String ?? "", id: question["questionID"] as? String ?? "")
            if let last = asked.last, last.round == entry.round, last.id == entry.id { continue }
            asked.append(entry)
        }
        let ids = asked.map(\.id)
        #expect(Set(ids).count == ids.count, "a question was asked twice: \(ids)")

        let functional = questions.filter { $0["round"] as? String == "functional" }
        #expect(functional.count > 1, "the case should be asked part by part")
        let parts = functional.compactMap { $0["part"] as? String }
        #expect(parts.count == functional.count && Set(parts).count == parts.count)
        #expect(transcript.answers.count == questions.count, "every question and case part gets its own answer")
    }

    @Test("Control characters in an answer are recorded as typed but never reach the output")
    func controlCharacters() throws {
        let answer = "We \u{1B}[31mshipped\u{1B}[0m it and \u{1B}[2Jwe improved things a lot for \u{07}everyone.\tTabs\u{08} too."
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--questions", "1", "--transcripts", sandbox.transcripts],
            stdin: Answers.script([answer, answer + " Again."]), in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.answers == [answer, answer + " Again."])
    }

    @Test("Windows line endings in a script work like plain ones")
    func crlfScript() throws {
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--depth", "0", "--questions", "2", "--transcripts", sandbox.transcripts],
            stdin: "first line\r\nsecond line\r\n\r\n/skip\r\n", in: sandbox)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.answers == ["first line\nsecond line"])
        #expect(transcript.types == ["header", "question", "answer", "question", "skip", "debrief", "end"])
    }

    @Test("A 50,000-word answer is recorded whole")
    func hugeAnswer() throws {
        let words = ["I", "led", "the", "launch", "and", "we", "grew", "revenue", "by", "20", "percent.", "Customers", "said", "so."]
        let answer = (0..<50_000).map { words[($0 * 7 + $0 / 3) % words.count] }.joined(separator: " ")
        let result = try runBarraiser(
            ["practice", "--seed", "3", "--questions", "1", "--transcripts", sandbox.transcripts],
            stdin: Answers.script([answer]), in: sandbox, timeout: 120)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        #expect(transcript.answers == [answer])
    }

    @Test("A transcripts folder that cannot be used fails before the first question",
          arguments: [FolderProblem.cannotCreate, .underARegularFile, .notWritable])
    func unusableTranscriptsFolder(_ problem: FolderProblem) throws {
        let folder: String
        switch problem {
        case .cannotCreate:
            folder = "/proc/forbidden/x"
        case .underARegularFile:
            let file = sandbox.root + "/a-file"
            #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
            folder = file + "/transcripts"
        case .notWritable:
            folder = "/proc"
        }
        let result = try runBarraiser(["practice", "--seed", "3", "--transcripts", folder],
                                      stdin: "an answer that must not be taken\n\n", in: sandbox)

        #expect(result.status != 0)
        let errorLines = result.stderr.split(separator: "\n")
        #expect(errorLines.count == 1, "stderr: \(result.stderr)")
        #expect(errorLines.first?.hasPrefix("barraiser: ") == true)
        #expect(result.stderr.contains(folder))
        #expect(!result.stdout.contains("Q1/"))
    }

    enum FolderProblem: String, CustomTestStringConvertible, CaseIterable, Sendable {
        case cannotCreate, underARegularFile, notWritable
        var testDescription: String { rawValue }
    }
}
