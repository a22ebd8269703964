// A transcript must survive the program dying at any moment: each record is on disk before the
// next prompt appears, so whatever was answered by then is kept.
import Foundation
import Testing

@Suite("Crash safety")
struct CrashSafetyTests {
    let sandbox = Sandbox()

    @Test("kill -9 after an answer leaves every record written so far, each a whole JSON line")
    func killedMidInterview() throws {
        let session = try startBarraiser(["practice", "--seed", "3", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 4))
        try session.send("I shipped the feature." + Key.enter, thenPrompt: Prompt.continuation)
        // The follow-up prompt appears only after the answer and probe records are on disk.
        try session.send(Key.enter, thenPrompt: Prompt.followUp(1, of: 3, question: 1, of: 4))
        session.send("half a reply that is never submitted")
        session.kill(SIGKILL)
        #expect(try session.waitForExit(timeout: patience) == 128 + SIGKILL)

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.text.hasSuffix("\n"), "the last record must be a whole line")
        #expect(transcript.types == ["header", "question", "answer", "probe"])
        #expect(transcript.answers == ["I shipped the feature."])
        #expect(transcript.records(ofType: "end").isEmpty)
        #expect(!transcript.text.contains("half a reply"))
    }

    @Test("kill -9 at the first prompt leaves the header and the question")
    func killedAtFirstPrompt() throws {
        let session = try startBarraiser(["practice", "--seed", "3", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 4))
        session.kill(SIGKILL)
        #expect(try session.waitForExit(timeout: patience) == 128 + SIGKILL)

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.types == ["header", "question"])
        #expect(permissions(of: transcript.path) == 0o600)
    }

    /// A long answer: its record alone is bigger than what the file-size limit leaves after the
    /// header and the question.
    static let longAnswer = (1...60).map { "Sentence \($0) of an answer that must not be lost." }.joined(separator: " ")

    /// Limits files to 1,024 bytes (two 512-byte blocks) and ignores SIGXFSZ, so that writing the
    /// answer's record fails with EFBIG instead of killing the program.
    static let fileSizeLimit = "ulimit -f 2; trap '' XFSZ; exec \"$0\" \"$@\""

    @Test("A transcript that cannot be written mid-interview ends the run, showing the answer so it is not lost")
    func writeFailsMidInterviewPiped() throws {
        let result = try runPiped(
            "/bin/sh", ["-c", Self.fileSizeLimit, barraiser, "practice", "--seed", "3", "--questions", "1", "--depth", "0",
                        "--transcripts", sandbox.transcripts],
            stdin: Answers.script([Self.longAnswer]), environment: sandbox.environment,
            removing: Sandbox.removedVariables, workingDirectory: sandbox.root, timeout: 60)

        try #require(result.stdout.contains("Q1/1"), "the header and question should fit under the limit: \(result.stderr)")
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("barraiser: "))
        #expect(result.stderr.contains(Self.longAnswer), "the unsaved answer must be shown")
        #expect(!result.stdout.contains("Interview complete."))
    }

    @Test("A transcript that cannot be written mid-interview still restores the terminal")
    func writeFailsMidInterviewInTerminal() throws {
        let session = try startBarraiser(
            ["practice", "--seed", "3", "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts],
            in: sandbox, shellScript: Self.fileSizeLimit)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        #expect(session.output.contains("\u{1B}[?2004h"))
        try session.send(Self.longAnswer + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.mark(after: "Your answer was not saved", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) != 0)
        #expect(session.screenTextSinceMark.contains(Self.longAnswer))
        // Bracketed paste was switched on at start; left on, it garbles pastes into the shell.
        let pasteModeOff = leavesBracketedPasteOff(session.output)
        #expect(pasteModeOff, "bracketed paste (ESC [?2004h) is still on after the program ended")
    }
}
