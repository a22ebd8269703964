// `barraiser interviewer` from a script: notes lines, an empty line, then one choice line.
import Foundation
import Testing

@Suite("Interviewer mode through pipes")
struct InterviewerCommandTests {
    let sandbox = Sandbox()

    static let notes = "led redesign, we shipped, conv up a lot, no baseline"
    static let banner = "You are the interviewer. Ask the question aloud, type notes of what the candidate says, an empty line when they stop."

    func mock(_ script: [String], questions: Int = 1, depth: Int = 3) throws -> PipeResult {
        try runBarraiser(["interviewer", "--seed", "2", "--questions", String(questions), "--depth", String(depth),
                          "--transcripts", sandbox.transcripts],
                         stdin: script.map { $0 + "\n" }.joined(), in: sandbox)
    }

    /// The gap of each suggestion in the output's `n`th block of suggestions (1-based), in order.
    static func suggestedGaps(in output: String, block: Int = 1) -> [String] {
        var blocks: [[String]] = []
        var current: [String] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, let number = Int(fields[0]), number == current.count + 1, line.hasPrefix("\(number)  ") {
                current.append(String(fields[1]))
            } else if !current.isEmpty, !line.hasPrefix(" ") {
                blocks.append(current)
                current = []
            }
        }
        return blocks.indices.contains(block - 1) ? blocks[block - 1] : []
    }

    @Test("Notes get numbered suggestions; choosing 2 records that probe, /ask the interviewer's own, /vote reaches the debrief")
    func choosingAskingAndVoting() throws {
        let result = try mock([Self.notes, "", "2", "not sure of the number, team was happy", "",
                               "/ask What did you do yourself?", "I wrote the spec and ran the tests", "", "/next", "/vote strong-hire"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(Self.banner))
        #expect(result.stdout.contains("A strong answer holds") && result.stdout.contains("The bar at L5"))
        let gaps = Self.suggestedGaps(in: result.stdout)
        #expect((2...3).contains(gaps.count), "\(result.stdout)")

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.records(ofType: "header").first?["mode"] as? String == "interviewer")
        let probes = transcript.records(ofType: "probe")
        try #require(probes.count == 2, "\(transcript.text)")
        #expect(probes[0]["target"] as? String == gaps[1], "suggestion 2 is the probe recorded")
        #expect(probes[0]["source"] as? String == "engine")
        #expect(probes[1]["source"] as? String == "interviewer")
        #expect(probes[1]["text"] as? String == "What did you do yourself?")
        #expect(transcript.answers.first == Self.notes)

        let debrief = try #require(transcript.records(ofType: "debrief").first)
        #expect(debrief["interviewerVote"] as? String == "strong-hire")
        let verdicts = try #require(debrief["questions"] as? [[String: Any]])
        #expect(verdicts.first?["interviewerVote"] as? String == "strong-hire")
        #expect(result.stdout.contains("Score card: Q1/1") && result.stdout.contains("Engine's rating: "))
        #expect(result.stdout.contains("Interviewer's vote: strong-hire"))
        let questionID = try #require(verdicts.first?["questionID"] as? String)
        let engine = try #require(verdicts.first?["rating"] as? String)
        let both = "\(questionID): engine \(engine) · interviewer strong-hire"
        #expect(result.stdout.contains(both), "the debrief shows both votes")
        let shown = try runBarraiser(["show", "latest", "--transcripts", sandbox.transcripts], stdin: "", in: sandbox)
        #expect(shown.stdout.contains(both), "and so does show")
        #expect(transcript.endStatus == "completed")
    }

    @Test("Enter alone takes suggestion 1; /next moves on to the next question without a vote")
    func enterAndNext() throws {
        let result = try mock([Self.notes, "", "", "they did not know the number", "", "/next", "",
                               "owned the pricing page, cut two fields", "", "/next", ""], questions: 2)
        #expect(result.status == 0, "\(result.stderr)")
        let first = Self.suggestedGaps(in: result.stdout).first
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.records(ofType: "question").count == 2)
        #expect(result.stdout.contains("Q2/2"))
        let probes = transcript.records(ofType: "probe")
        #expect(probes.count == 1, "/next asked nothing more: \(transcript.text)")
        #expect(probes.first?["target"] as? String == first)
        #expect(transcript.answers == [Self.notes, "they did not know the number", "owned the pricing page, cut two fields"])
        let debrief = try #require(transcript.records(ofType: "debrief").first)
        #expect(debrief["interviewerVote"] == nil)
        #expect(transcript.endStatus == "completed")
    }

    @Test("A dodged probe is pointed out, with the gap's firm re-ask as the one suggestion")
    func dodgeIsPointedOut() throws {
        // The same seed and notes give the same suggestions: a first run finds the metrics one.
        let first = try mock([Self.notes, ""])
        let number = try #require(Self.suggestedGaps(in: first.stdout).firstIndex(of: "metrics"), "\(first.stdout)") + 1
        let result = try mock([Self.notes, "", String(number), "said the team liked it, moved on to the next launch", "", "", "/next", ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("They did not answer it: ask again, firmer: "))
        #expect(Self.suggestedGaps(in: result.stdout, block: 2) == ["metrics"])
        let transcript = try Transcript(path: try #require(transcriptPath(in: result.stdout)))
        let probes = transcript.records(ofType: "probe")
        #expect(probes.map { $0["target"] as? String } == ["metrics", "metrics"])
        #expect(probes.last?["firm"] as? Bool == true && probes.last?["source"] as? String == "engine")
    }

    @Test("A mistyped command, a choice not offered and a vote that is not one are explained, and the mock goes on")
    func wrongChoices() throws {
        let result = try mock(["/next", Self.notes, "", "7", "/vote strong-hire", "/next", "/vote great", "/vote not-inclined"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("/next is not a command while you type notes"))
        #expect(try sandbox.onlyTranscript().answers == [Self.notes], "a command is never recorded as notes")
        #expect(result.stdout.contains("there is no suggestion 7"))
        #expect(result.stdout.contains("vote once the question's score card is shown"))
        #expect(result.stdout.contains("/vote takes one of strong-hire, inclined, not-inclined, strong-no-hire"))
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.records(ofType: "probe").isEmpty)
        #expect(transcript.records(ofType: "debrief").first?["interviewerVote"] as? String == "not-inclined")
    }

    @Test("transcripts lists the mode; show and export say who chose each follow-up")
    func reviewCommands() throws {
        _ = try mock([Self.notes, "", "1", "no idea", "", "/ask Who decided?", "my manager", "", "/next", ""])
        let folder = ["--transcripts", sandbox.transcripts]
        let listed = try runBarraiser(["transcripts"] + folder, stdin: "", in: sandbox)
        #expect(listed.stdout.contains("  bar-raiser  interviewer  "), "\(listed.stdout)")
        let json = try runBarraiser(["transcripts", "--json"] + folder, stdin: "", in: sandbox)
        #expect(json.stdout.contains(#""mode" : "interviewer""#), "\(json.stdout)")
        let shown = try runBarraiser(["show", "latest"] + folder, stdin: "", in: sandbox)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("mock: answers are the interviewer's notes"))
        #expect(shown.stdout.contains("suggested by barraiser") && shown.stdout.contains("the interviewer's own"))
        let exported = try runBarraiser(["export", "latest"] + folder, stdin: "", in: sandbox)
        #expect(exported.stdout.contains("suggested by barraiser") && exported.stdout.contains("the interviewer's own"))
        let resumed = try runBarraiser(["resume", "latest"] + folder, stdin: "", in: sandbox)
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("cannot be resumed") && resumed.stderr.split(separator: "\n").count == 1)
    }

    @Test("The stories file on the interviewer's machine is not the candidate's: it is read only when --stories names one")
    func storiesOnlyWhenNamed() throws {
        let file = sandbox.storiesFile
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "no heading here, so this file has a problem\n".write(toFile: file, atomically: true, encoding: .utf8)
        let warning = "The stories file has a problem"
        let practice = try runBarraiser(["practice", "--seed", "2", "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts],
                                        stdin: "an answer\n\n", in: sandbox)
        try #require(practice.stdout.contains(warning), "practice reads the default file: \(practice.stdout)")
        let unnamed = try mock([Self.notes, "", "/next", ""])
        #expect(!unnamed.stdout.contains(warning))
        let named = try runBarraiser(["interviewer", "--seed", "2", "--questions", "1", "--stories", file, "--transcripts", sandbox.transcripts],
                                     stdin: Self.notes + "\n\n/next\n\n", in: sandbox)
        #expect(named.stdout.contains(warning))
    }

    @Test("interviewer takes practice's flags and checks them the same way")
    func sharedFlags() throws {
        let result = try runBarraiser(["interviewer", "--questions", "0"], stdin: "", in: sandbox)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--questions must be 1 or more"))
        let help = try runBarraiser(["interviewer", "--help"], stdin: "", in: sandbox)
        for flag in ["--track", "--level", "--round", "--principle", "--questions", "--depth", "--bank", "--seed", "--transcripts", "--no-color", "--stories"] {
            #expect(help.stdout.contains(flag), "\(flag) missing from interviewer --help")
        }
    }
}
