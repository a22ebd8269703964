import InterviewKit
import Testing

@Suite struct ReplInputTests {
    @Test(arguments: ReplCommand.allCases)
    func everyCommandDecodesOnTheFirstLine(_ command: ReplCommand) {
        #expect(ReplInput.decode(command.typed, isFirstLine: true) == .command(command))
        #expect(ReplInput.decode("  " + command.typed.uppercased() + " ", isFirstLine: true) == .command(command))
    }

    @Test func onLaterLinesOnlyDoneIsACommand() {
        #expect(ReplInput.decode("/done", isFirstLine: false) == .command(.done))
        #expect(ReplInput.decode("/skip", isFirstLine: false) == .answerLine("/skip"))
    }

    @Test func unknownSlashWordIsNeverAnAnswer() {
        #expect(ReplInput.decode("/bogus", isFirstLine: true) == .unknownCommand("/bogus"))
    }

    @Test func aCommandWithWordsIsNeverAnAnswer() {
        #expect(ReplInput.decode("/help me", isFirstLine: true) == .commandWithWords(.help, typed: "/help me"))
        #expect(ReplInput.decode("  /SKIP this one ", isFirstLine: true) == .commandWithWords(.skip, typed: "/SKIP this one"))
        #expect(ReplInput.decode("/bogus words", isFirstLine: true) == .answerLine("/bogus words"))
        #expect(ReplInput.decode("/help me", isFirstLine: false) == .answerLine("/help me"))
    }

    @Test func aSlashInsideASentenceIsText() {
        #expect(ReplInput.decode("/ that was a typo", isFirstLine: true) == .answerLine("/ that was a typo"))
        #expect(ReplInput.decode("I used A/B tests", isFirstLine: true) == .answerLine("I used A/B tests"))
    }

    @Test func blankLinesSubmit() {
        #expect(ReplInput.decode("", isFirstLine: false) == .blank)
        #expect(ReplInput.decode("   \t", isFirstLine: true) == .blank)
    }
}
