import Foundation
import Testing

/// `barraiser stories drill`: one story retold in a bar-raiser round, through pipes.
@Suite struct StoriesDrillTests {
    let sandbox = Sandbox()

    /// A retelling vaguer than the notes, and short replies that leave the follow-ups something to press on.
    static let retelling = [
        "We had a trial sign-up that lost people. I looked into it and we changed the flow, and it went a lot better.",
        "I watched the recordings myself and saw the bank step lost most people.",
        "We kept the old flow for accountants.",
        "Next time I would test it in one country first.",
    ]

    func writeStories(_ text: String = StoriesCommandTests.stories) throws {
        try FileManager.default.createDirectory(atPath: (sandbox.storiesFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.storiesFile))
    }

    func drill(_ arguments: [String], answers: [String] = retelling) throws -> PipeResult {
        try runBarraiser(["stories", "drill"] + arguments + ["--seed", "5", "--transcripts", sandbox.transcripts],
                         stdin: Answers.script(answers), in: sandbox)
    }

    /// The question `stories check --json` reads each story against, by title.
    func checkedQuestions() throws -> [String: String] {
        let check = try runBarraiser(["stories", "check", "--json"], stdin: "", in: sandbox)
        let stories = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: stories.map { ($0["title"] as? String ?? "", $0["question"] as? String ?? "") })
    }

    @Test("drill N: the question check chose, the retelling, follow-ups chained on it, and a transcript like any round's")
    func drillByNumber() throws {
        try writeStories()
        let result = try drill(["1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "plain text through a pipe")
        #expect(result.stdout.contains("Drill: “Cut the trial sign-up to one screen” (line 3 of \(sandbox.storiesFile))"))
        #expect(result.stdout.contains("── Bar Raiser round ── 1 question"))
        #expect(result.stdout.contains("── Debrief: Bar Raiser ──"))

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.fileName.hasSuffix("-pm-drill.jsonl"))
        #expect(transcript.keysAreSorted)
        #expect(transcript.types.first == "header" && transcript.types.suffix(2) == ["debrief", "end"])
        #expect(transcript.endStatus == "completed")
        let questions = transcript.records(ofType: "question")
        #expect(questions.count == 1)
        let asked = try #require(questions.first?["questionID"] as? String)
        #expect(asked == (try checkedQuestions())["Cut the trial sign-up to one screen"], "the same choice stories check makes")
        #expect(transcript.answers.first == Self.retelling[0])

        let probes = transcript.records(ofType: "probe")
        #expect((1...3).contains(probes.count), "follow-ups, three at most by default")
        #expect(probes.compactMap { $0["depth"] as? Int } == Array(1...probes.count), "each one chained on the last")
        #expect(transcript.answers.count == probes.count + 1)
        for probe in probes { #expect(result.stdout.contains("↳ " + (probe["text"] as? String ?? "?"))) }
        let header = try #require(transcript.records.first)
        #expect((header["config"] as? [String: Any])?["questionIDs"] as? [String] == [asked])
    }

    @Test("--depth 1 allows one follow-up; a title's words and the story's Role: line choose the story and the role")
    func drillByTitleWithDepth() throws {
        try writeStories(StoriesCommandTests.stories.replacingOccurrences(of: "Principles: Earn Trust\n", with: "Principles: Earn Trust\nRole: PMM\n"))
        let result = try drill(["partner NEWSLETTER", "--depth", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.fileName.hasSuffix("-pmm-drill.jsonl"))
        #expect(transcript.records.first?["track"] as? String == "pmm")
        #expect(transcript.records(ofType: "probe").count == 1)
        let question = try #require(transcript.records(ofType: "question").first)
        #expect((question["principles"] as? [String])?.contains("earn-trust") == true)
    }

    @Test("a drill cut short resumes at its follow-up, in the same file")
    func drillResumes() throws {
        try writeStories()
        let first = try drill(["1"], answers: [Self.retelling[0]])
        #expect(first.status == 0, "\(first.stderr)")
        let cut = try sandbox.onlyTranscript()
        #expect(cut.endStatus == "quit" && cut.types.contains("probe"))

        let resumed = try runBarraiser(["resume", "latest", "--transcripts", sandbox.transcripts],
                                       stdin: Answers.script(Array(Self.retelling.dropFirst())), in: sandbox)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let whole = try sandbox.onlyTranscript()
        #expect(whole.path == cut.path)
        #expect(whole.endStatus == "completed")
        #expect(whole.records(ofType: "question").count == 1, "the same question, not a new one")
        #expect(whole.answers.first == Self.retelling[0] && whole.answers.count > 1)
    }

    @Test("a story that is not there: one line naming the file and what to give, exit 1, no transcript")
    func unknownStory() throws {
        try writeStories()
        for reference in ["9", "holidays", "the"] {
            let result = try drill([reference])
            #expect(result.status == 1, "\(reference)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines.first?.hasPrefix("barraiser: \(sandbox.storiesFile): ") == true, "\(reference): \(result.stderr)")
        }
        #expect(try drill(["9"]).stderr.contains("not a number from 1 to 4"))
        #expect(try drill(["the"]).stderr.contains("several titles"))
        #expect(sandbox.transcriptFiles().isEmpty)
    }

    @Test("a story with no principle, and words that point at none, names its line and the fix")
    func storyWithoutPrinciple() throws {
        try writeStories("## Hmm\nIt was fine.\n")
        let result = try drill(["Hmm"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(sandbox.storiesFile):1: ") && result.stderr.contains("add a `Principles:` line"))
        #expect(sandbox.transcriptFiles().isEmpty)
    }

    @Test("a title with escape sequences reaches the terminal as symbols")
    func titleIsMadeSafe() throws {
        try writeStories("## Refunds \u{1B}[2J fast\nPrinciples: customer-obsession\nI cut refunds from nine days to one for our customers myself.\n")
        let result = try drill(["1"], answers: ["I cut the refund time myself."])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}") && result.stdout.contains("Refunds ␛[2J fast"))
    }
}
