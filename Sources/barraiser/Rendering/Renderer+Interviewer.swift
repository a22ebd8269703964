import InterviewKit

/// What a mock shows the interviewer: what a strong answer holds, the suggested follow-ups and
/// each question's score card. Text that can come from a bank file passes through `SafeText`.
extension Renderer {
    static let interviewerBanner = "You are the interviewer. Ask the question aloud, type notes of what the candidate says, an empty line when they stop."

    /// For the interviewer's eyes only: the question's hint, its principles and the level's bar.
    func strongAnswer(_ asked: AskedQuestion, level: Level) {
        guard !asked.isRepeat else { return }
        let hint = asked.part.map(\.expects).flatMap { $0.isEmpty ? nil : $0 } ?? asked.question.hint
        say(style.bold("A strong answer holds") + style.dim(" (for your eyes):"))
        if !hint.isEmpty { say("• " + SafeText.forTerminal(hint), indent: "  ") }
        if !asked.question.principles.isEmpty {
            say("• Principles: " + asked.question.principles.map(\.title).joined(separator: ", "), indent: "  ")
        }
        say("• The bar at " + level.bar, indent: "  ")
        say(style.dim("Ask it aloud, then type notes of the answer."))
    }

    /// The follow-ups to choose from, most important first; a firm re-ask is pointed out as one.
    func suggestions(_ probes: [Probe]) {
        say()
        if let first = probes.first, first.isFirm {
            say(style.warning("They did not answer it: ask again, firmer: ") + SafeText.forTerminal(first.text))
        }
        let width = probes.map(\.target.id.count).max() ?? 0
        let hang = String(repeating: " ", count: width + 6)
        for (index, probe) in probes.enumerated() {
            let gap = probe.target.id.padding(toLength: width, withPad: " ", startingAt: 0)
            hanging(style.accent("\(index + 1)") + "  \(gap)   ", Self.suggestionReason(probe), under: hang)
            hanging(hang + style.dim("ask: "), SafeText.forTerminal(probe.text), under: hang + "     ")
        }
        say(style.dim("Type 1\(probes.count > 1 ? "-\(probes.count)" : "") (Enter takes 1), /ask YOUR QUESTION, or /next to move on."))
    }

    /// `text` after `head`, wrapped so that its later lines start under `indent`: the columns of
    /// numbers and gaps stay clear in a narrow terminal.
    private func hanging(_ head: String, _ text: String, under indent: String) {
        let lines = TextWrapper.wrap(text, width: style.width.map { max($0 - indent.count, 20) })
            .split(separator: "\n", omittingEmptySubsequences: false)
        print(lines.enumerated().map { ($0.offset == 0 ? head : indent) + $0.element }.joined(separator: "\n"))
    }

    /// One line: the notes' words the engine found (when it found some) and why the gap matters.
    static func suggestionReason(_ probe: Probe) -> String {
        let why = probe.issue != nil ? probe.reason : GapSpec.of(probe.target).reason
        guard let quote = probe.quote else { return SafeText.forTerminal(why) }
        return "'\(SafeText.forTerminal(quote))': " + SafeText.forTerminal(why)
    }

    /// The follow-up the interviewer chose, to put to the candidate.
    func chosenProbe(_ probe: Probe) {
        say()
        say(style.accent("Ask: ") + SafeText.forTerminal(probe.text))
    }

    /// The engine's view of the question just finished, before the interviewer votes.
    func scoreCard(_ outcome: QuestionOutcome, number: Int, total: Int) {
        say()
        say(style.bold("── Score card: Q\(number)/\(total) ──"))
        say("Engine's rating: " + paint(outcome.rating.rating))
        for quote in outcome.rating.evidence.prefix(3) { say(style.dim("“\(SafeText.forTerminal(quote))”"), indent: "    ") }
        if outcome.openGaps.isEmpty {
            say(style.good("Nothing important missing."), indent: "  ")
        } else {
            say("Missing:")
            for gap in outcome.openGaps.prefix(4) { say("\(gap.id): " + SafeText.forTerminal(GapSpec.of(gap).advice), indent: "  ") }
        }
        say(style.dim("Your vote: /vote " + InterviewerInput.votes.map(\.rawValue).joined(separator: "|") + ", or Enter to go on without one."))
    }

    /// The interviewer's commands, for `/help` in a mock.
    func interviewerHelp() {
        say(style.bold("In a mock") + style.dim(" (you type notes; the candidate talks):"))
        say("notes, then an empty line   the engine reads them and suggests follow-ups", indent: "  ")
        say("1, 2, 3 (Enter: 1)          ask that suggestion", indent: "  ")
        say("/ask TEXT                   ask your own follow-up", indent: "  ")
        say("/next                       no more follow-ups on this question", indent: "  ")
        say("/vote RATING                after the score card: " + InterviewerInput.votes.map(\.rawValue).joined(separator: ", "), indent: "  ")
        say("/skip /hint /why /quit      as in practice, on the first line of notes", indent: "  ")
    }
}
