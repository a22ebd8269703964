// `barraiser interviewer` as a friend runs it: in a terminal, through libedit.
import Foundation
import Testing

@Suite("Interviewer mode in a terminal")
struct InterviewerTerminalTests {
    let sandbox = Sandbox()

    @Test("Notes, a suggestion taken with Enter, the reply's notes, /next and a vote, each at its own prompt")
    func aMockInATerminal() throws {
        let session = try startBarraiser(["interviewer", "--seed", "2", "--questions", "1", "--depth", "2", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt("[Bar Raiser · Q1/1] notes › ")
        try session.send("led redesign, we shipped, conv up a lot, no baseline" + Key.enter, thenPrompt: Prompt.continuation)
        try session.send(Key.enter, thenPrompt: ", /ask, /next › ")
        #expect(session.screenTextSinceMark.contains("1  "))
        try session.send(Key.enter, thenPrompt: "[Bar Raiser · Q1/1 · follow-up 1/2] notes › ")
        #expect(session.screenTextSinceMark.contains("Ask: "))
        try session.send("no number, said team liked it" + Key.enter, thenPrompt: Prompt.continuation)
        try session.send(Key.enter, thenPrompt: ", /ask, /next › ")
        try session.send("/next" + Key.enter, thenPrompt: "/vote or Enter › ")
        #expect(session.screenTextSinceMark.contains("Score card: Q1/1"))
        session.mark()
        session.send("/vote inclined" + Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.records(ofType: "probe").map { $0["source"] as? String } == ["engine"])
        #expect(transcript.records(ofType: "debrief").first?["interviewerVote"] as? String == "inclined")
    }
}
