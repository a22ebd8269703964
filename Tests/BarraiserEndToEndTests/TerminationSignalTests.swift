// SIGTERM and SIGHUP while the line editor reads: what was typed is saved, the transcript ends as
// `quit`, the terminal is restored, and only the program leaves (128 + the signal).
import Foundation
import Glibc
import Testing

@Suite struct TerminationSignalTests {
    let sandbox = Sandbox()

    /// A shell that runs the program as a child in its own process group and outlives it: it
    /// prints the child's pid, then the child's exit status once it ends.
    static let parentShell = #"exec 3<&0; "$0" "$@" <&3 & echo "child $!"; wait $!; echo "status $?""#

    @Test("SIGTERM or SIGHUP while typing saves the answer, ends as quit, restores the terminal and spares the process group",
          arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func signalWhileTyping(signal: Int32, status: Int) throws {
        let session = try startBarraiser(["practice", "--seed", "2", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts],
                                         in: sandbox, shellScript: Self.parentShell)
        try session.waitFor("child ", timeout: patience)
        try session.waitForPrompt(Prompt.question(1, of: 2))
        let child = try #require(childPID(in: session.screenText))
        try session.send("first line" + Key.enter, thenPrompt: Prompt.continuation)
        session.send("half typed")
        try session.waitFor("half typed", timeout: patience)

        _ = Glibc.kill(child, signal)
        try session.waitFor("status \(status)", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0, "the shell that started the program was killed too")
        #expect(leavesBracketedPasteOff(session.output))

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.answers == ["first line\nhalf typed"])
        #expect(transcript.types == ["header", "question", "answer", "question", "end"])
        #expect(transcript.endStatus == "quit")
    }

    @Test("Closing the terminal while typing keeps what was typed and ends the transcript as quit")
    func terminalClosedWhileTyping() throws {
        let session = try startBarraiser(["practice", "--seed", "2", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 2))
        try session.send("first line" + Key.enter, thenPrompt: Prompt.continuation)
        session.send("half typed")
        try session.waitFor("half typed", timeout: patience)
        session.hangUp()
        #expect(try session.waitForExit(timeout: patience) == 129)
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.answers == ["first line\nhalf typed"])
        #expect(transcript.endStatus == "quit")
    }

    @Test("SIGTERM at a prompt with nothing typed ends the transcript as quit with no answer")
    func signalAtAnEmptyPrompt() throws {
        let session = try startBarraiser(["practice", "--seed", "2", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 2))
        session.kill(SIGTERM)
        #expect(try session.waitForExit(timeout: patience) == 143)
        #expect(leavesBracketedPasteOff(session.output))
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.types == ["header", "question", "end"])
        #expect(transcript.endStatus == "quit")
    }

    func childPID(in screen: String) -> pid_t? {
        guard let range = screen.range(of: "child ") else { return nil }
        return pid_t(screen[range.upperBound...].prefix { $0.isNumber })
    }
}
