import Foundation
import Testing

/// The stories file in a practice interview: `/stories`, and the debrief's flag when an answer
/// retells a story with other numbers.
@Suite struct StoriesInPracticeTests {
    let sandbox = Sandbox()

    /// One Invent and Simplify question, no follow-ups.
    var oneQuestion: [String] {
        ["practice", "--seed", "3", "--principle", "invent-and-simplify", "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts]
    }

    func writeStories(_ text: String = StoriesCommandTests.stories) throws {
        try FileManager.default.createDirectory(atPath: (sandbox.storiesFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.storiesFile))
    }

    /// The trial story as the file tells it, between its `Role:` line and the next story.
    static var trialStory: String {
        StoriesCommandTests.stories.components(separatedBy: "Role: PM\n\n")[1].components(separatedBy: "\n\n## ")[0]
    }

    @Test("/stories lists the stories that fit the question, the one claiming its first principle first; it is no answer")
    func storiesCommandLists() throws {
        try writeStories()
        let result = try runBarraiser(oneQuestion, stdin: "/stories\n" + Answers.script([Answers.stories[2]]), in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Your stories for Invent and Simplify") })
        #expect(lines[heading + 1] == "  1. Cut the trial sign-up to one screen (invent-and-simplify, deliver-results)")
        #expect(!lines.contains { $0.contains("The partner newsletter") }, "a story for other principles is not listed")
        #expect(try sandbox.onlyTranscript().answers == [Answers.stories[2]], "/stories is not recorded as an answer")
    }

    @Test("/stories without a stories file says how to start one; with a broken one, what is wrong, once at the start too")
    func storiesCommandWithoutAGoodFile() throws {
        let missing = try runBarraiser(oneQuestion, stdin: "/stories\n" + Answers.script([Answers.stories[2]]), in: sandbox)
        #expect(missing.status == 0, "\(missing.stderr)")
        #expect(missing.stdout.contains("No stories file at \(sandbox.storiesFile); `barraiser stories new` starts one"))

        try writeStories("## A\nPrinciples: dive-deeper\nI did it.\n")
        let broken = try runBarraiser(oneQuestion + ["--transcripts", sandbox.root + "/second"], stdin: "/stories\n" + Answers.script([Answers.stories[2]]), in: sandbox)
        #expect(broken.status == 0, "a broken stories file does not stop an interview: \(broken.stderr)")
        let problem = "\(sandbox.storiesFile):2: unknown principle `dive-deeper`"
        #expect(broken.stdout.components(separatedBy: problem).count == 3, "said at the start and on /stories: \(broken.stdout)")
    }

    @Test("an answer that retells a story with other numbers is flagged in the debrief and the transcript")
    func contradictionIsFlagged() throws {
        try writeStories()
        let retold = Self.trialStory.replacingOccurrences(of: "31%", with: "40%")
        try #require(retold != Self.trialStory)
        let result = try runBarraiser(oneQuestion, stdin: Answers.script([retold]), in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let flag = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Flag: The stories file's “Cut the trial sign-up to one screen”") })
        #expect(flag.contains("says 31%") && flag.contains("said 40%"), "\(flag)")
        let debrief = try #require(try sandbox.onlyTranscript().records(ofType: "debrief").first)
        #expect((debrief["inconsistencies"] as? [String])?.first == String(flag.dropFirst("Flag: ".count)))

        let same = try runBarraiser(oneQuestion + ["--transcripts", sandbox.root + "/same"], stdin: Answers.script([Self.trialStory]), in: sandbox)
        #expect(same.status == 0 && !same.stdout.contains("Flag: "), "the same numbers are no contradiction")
    }

    @Test("--stories chooses the file practice reads, as for the stories commands")
    func storiesFlag() throws {
        let elsewhere = sandbox.root + "/elsewhere.md"
        try Data(StoriesCommandTests.stories.utf8).write(to: URL(fileURLWithPath: elsewhere))
        let result = try runBarraiser(oneQuestion + ["--stories", elsewhere], stdin: "/stories\n" + Answers.script([Answers.stories[2]]), in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. Cut the trial sign-up to one screen"))
    }
}
