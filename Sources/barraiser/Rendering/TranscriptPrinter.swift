import InterviewKit

/// Prints a saved interview for reading: every piece of text from the file passes through
/// `SafeText`, so a transcript someone sent you cannot drive the terminal.
struct TranscriptPrinter {
    let renderer: Renderer

    private var style: TextStyle { renderer.style }

    func header(_ interview: RecordedInterview, path: String) {
        let header = interview.header
        renderer.say(style.bold(header.rounds.map(\.title).joined(separator: " → ")) + " · \(header.track.title) · \(header.level.rawValue) · seed \(header.seed)"
                     + (header.resolvedMode == .interviewer ? " · mock: answers are the interviewer's notes" : ""))
        renderer.say(style.dim("\(SafeText.forTerminal(path)) · started \(SafeText.forTerminal(header.startedAt)) · \(MarkdownExport.statusText(interview.status))"))
    }

    /// One step: the prompt, the answer, its time, and for a follow-up its target and reason.
    func step(_ step: RecordedInterview.Step, number: Int, of total: Int, rescored: Rescorer.ProbeComparison? = nil) {
        renderer.say()
        let position = style.dim("[\(number)/\(total)] \(step.round.title)")
        if let probe = step.probe {
            renderer.say(position + style.dim(" · follow-up \(probe.depth) · \(probe.target.id)\(probe.principle.map { " · \($0.title)" } ?? "")\(MarkdownExport.sourceText(probe.source).map { " · " + $0 } ?? "")"))
            renderer.say(style.accent("↳ ") + SafeText.forTerminal(probe.text))
            renderer.say(style.dim("why: " + SafeText.forTerminal(probe.reason)), indent: "  ")
        } else {
            renderer.say(position + style.dim(" · \(SafeText.forTerminal(step.questionID))\(step.part.map { " · part \(SafeText.forTerminal($0))" } ?? "")"))
            renderer.say(SafeText.forTerminal(step.prompt))
        }
        if let answer = step.answer {
            renderer.say(style.dim("answer, \(DurationText.spoken(answer.seconds)):"))
            renderer.say(SafeText.forTerminal(answer.text), indent: "  │ ")
        } else if step.skipped {
            renderer.say(style.warning("skipped"))
        } else {
            renderer.say(style.dim("(no answer)"))
        }
        if let rescored {
            let then = rescored.thenTarget.map(\.id) ?? "none"
            let now = rescored.nowTarget.map(\.id) ?? "none"
            renderer.say(style.dim("next follow-up then: ") + then + style.dim(" · now: ") + (then == now ? now : style.warning(now)))
            if then != now, let text = rescored.nowText { renderer.say(style.dim("now it would ask: ") + SafeText.forTerminal(text), indent: "  ") }
        }
    }

    func debriefs(_ interview: RecordedInterview) {
        for debrief in interview.debriefs {
            let counts = debrief.questions.map { verdicts in
                (answered: verdicts.filter { $0.skipped != true }.count, skipped: verdicts.filter { $0.skipped == true }.count)
            }
            renderer.debrief(round: debrief.round, vote: debrief.vote, counts: counts, principles: debrief.principles,
                             dodged: debrief.dodged ?? [], inconsistencies: debrief.inconsistencies ?? [], improvements: debrief.summary,
                             interviewerVote: debrief.interviewerVote,
                             questionVotes: (debrief.questions ?? []).compactMap { verdict in
                                 verdict.interviewerVote.map { QuestionVote(questionID: verdict.questionID, engine: verdict.rating, interviewer: $0) }
                             },
                             disagreements: debrief.disagreements ?? [])
        }
        if let loop = interview.loopDebrief { renderer.loopDebrief(loop) }
    }

    func rescoreSummary(_ comparisons: [Rescorer.QuestionComparison]) {
        renderer.say()
        renderer.say(style.bold("Ratings then and now") + style.dim(" (now: today's engine on the same answers)"))
        for comparison in comparisons {
            let then = comparison.ratingThen.map(renderer.paint) ?? style.dim("not recorded")
            renderer.say("\(SafeText.forTerminal(comparison.questionID)): \(then) → \(renderer.paint(comparison.ratingNow))")
        }
    }
}
