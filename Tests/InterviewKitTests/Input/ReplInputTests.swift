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

    @Test func aSlashInsideASentenceIsText() {
        #expect(ReplInput.decode("/ that was a typo", isFirstLine: true) == .answerLine("/ that was a typo"))
        #expect(ReplInput.decode("I used A/B tests", isFirstLine: true) == .answerLine("I used A/B tests"))
    }

    @Test func blankLinesSubmit() {
        #expect(ReplInput.decode("", isFirstLine: false) == .blank)
        #expect(ReplInput.decode("   \t", isFirstLine: true) == .blank)
    }
}
