import Foundation
import Testing

/// One process at a time appends to a transcript: a second one (a resume of an interview still
/// running, or two resumes) says so in one line and leaves the file as it was.
@Suite struct TranscriptLockTests {
    let sandbox = Sandbox()

    func openElsewhere(_ path: String) -> String {
        "barraiser: \(path) is open in another barraiser (the interview is running or being resumed elsewhere); leave it there with /quit or Ctrl-D, then resume it\n"
    }

    func bytes(of path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("resume of an interview still running says it is open elsewhere, and both keep every record")
    func resumeWhileRunning() throws {
        let session = try startBarraiser(["practice", "--seed", "2", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 2))
        let path = try sandbox.onlyTranscript().path
        let before = bytes(of: path)

        let second = try runBarraiser(["resume", path], stdin: ReviewCommandTests.story + "\n\n", in: sandbox)
        #expect(second.status == 1)
        #expect(second.stderr == openElsewhere(path))
        #expect(bytes(of: path) == before)

        try session.send(ReviewCommandTests.story + Key.enter, thenPrompt: Prompt.continuation)
        try session.send(Key.enter, thenPrompt: Prompt.question(2, of: 2))
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)
        let transcript = try Transcript(path: path)
        #expect(transcript.types == ["header", "question", "answer", "question", "end"])
        #expect(transcript.answers == [ReviewCommandTests.story])
    }

    @Test("a second resume of the same interview says it is open elsewhere; the first finishes it")
    func twoResumes() throws {
        let (path, _) = try ReviewCommandTests().interviewLeftAtSecondQuestion(in: sandbox)
        let first = try startBarraiser(["resume", path], in: sandbox)
        try first.waitForPrompt(Prompt.question(2, of: 2))
        let before = bytes(of: path)

        let second = try runBarraiser(["resume", path], stdin: ReviewCommandTests.secondStory + "\n\n", in: sandbox)
        #expect(second.status == 1)
        #expect(second.stderr == openElsewhere(path))
        #expect(bytes(of: path) == before)

        try first.send(ReviewCommandTests.secondStory + Key.enter, thenPrompt: Prompt.continuation)
        first.mark()
        first.send(Key.enter)
        try first.waitFor("Interview complete.", timeout: patience)
        #expect(try first.waitForExit(timeout: patience) == 0)
        let transcript = try Transcript(path: path)
        #expect(transcript.answers == [ReviewCommandTests.story, ReviewCommandTests.secondStory])
        #expect(transcript.endStatus == "completed")
        #expect(transcript.records(ofType: "header").count == 1)
    }
}
