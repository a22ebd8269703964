import Dispatch
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
        print(text(of: step, number: number, of: total, rescored: rescored), terminator: "")
    }

    /// Every step in order, as `step` prints each one, with `rescored[index]` beside step `index`
    /// when there is one. The steps' text is made in batches, `stepsPerWorker` steps on each of up
    /// to `workers` threads at once, and each batch is printed before the next is made.
    func steps(_ steps: [RecordedInterview.Step], rescored: [Rescorer.ProbeComparison?] = [], workers: Int) {
        let batch = max(1, workers) * Self.stepsPerWorker
        for start in stride(from: 0, to: steps.count, by: batch) {
            let count = min(batch, steps.count - start)
            var texts = [String](repeating: "", count: count)
            texts.withUnsafeMutableBufferPointer { buffer in
                // Each run writes only its own steps' slots.
                nonisolated(unsafe) let slots = buffer
                let runs = max(1, min(workers, count / Self.stepsPerWorker))
                DispatchQueue.concurrentPerform(iterations: runs) { run in
                    for offset in (count * run / runs)..<(count * (run + 1) / runs) {
                        let index = start + offset
                        slots[offset] = text(of: steps[index], number: index + 1, of: steps.count,
                                              rescored: index < rescored.count ? rescored[index] : nil)
                    }
                }
            }
            for text in texts { print(text, terminator: "") }
        }
    }

    /// Steps one thread makes the text of in a batch.
    static let stepsPerWorker = 256

    /// What `step` prints, each line ended by a newline: made apart from printing, so that the
    /// steps of a long interview can be made at once and printed in order.
    func text(of step: RecordedInterview.Step, number: Int, of total: Int, rescored: Rescorer.ProbeComparison? = nil) -> String {
        var text = ""
        func say(_ line: String = "", indent: String = "") {
            text += TextWrapper.wrap(line, width: style.width, indent: indent)
            text += "\n"
        }
        say()
        let position = style.dim("[\(number)/\(total)] \(step.round.title)")
        if let probe = step.probe {
            say(position + style.dim(" · follow-up \(probe.depth) · \(probe.target.id)\(probe.principle.map { " · \($0.title)" } ?? "")\(MarkdownExport.sourceText(probe.source).map { " · " + $0 } ?? "")"))
            say(style.accent("↳ ") + SafeText.forTerminal(probe.text))
            say(style.dim("why: " + SafeText.forTerminal(probe.reason)), indent: "  ")
        } else {
            say(position + style.dim(" · \(SafeText.forTerminal(step.questionID))\(step.part.map { " · part \(SafeText.forTerminal($0))" } ?? "")"))
            say(SafeText.forTerminal(step.prompt))
        }
        if let answer = step.answer {
            say(style.dim("answer, \(DurationText.spoken(answer.seconds)):"))
            say(SafeText.forTerminal(answer.text), indent: "  │ ")
        } else if step.skipped {
            say(style.warning("skipped"))
        } else {
            say(style.dim("(no answer)"))
        }
        if let rescored {
            let then = rescored.thenTarget.map(\.id) ?? "none"
            let now = rescored.nowTarget.map(\.id) ?? "none"
            say(style.dim("next follow-up then: ") + then + style.dim(" · now: ") + (then == now ? now : style.warning(now)))
            if then != now, let nowText = rescored.nowText { say(style.dim("now it would ask: ") + SafeText.forTerminal(nowText), indent: "  ") }
        }
        return text
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
