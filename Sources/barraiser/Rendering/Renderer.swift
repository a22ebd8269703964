import Foundation
import InterviewKit

/// Turns what the interview does into text on standard output.
struct Renderer {
    let style: TextStyle

    func say(_ text: String = "", indent: String = "") {
        print(TextWrapper.wrap(text, width: style.width, indent: indent))
    }

    /// Errors often name a file or quote it (a question id, a path), so they pass through `SafeText`.
    func error(_ text: String) {
        Self.writeToStandardError("barraiser: " + SafeText.forTerminal(text) + "\n")
    }

    /// Writes to standard error, and goes on when it cannot: there is nowhere left to report that.
    static func writeToStandardError(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    func banner(config: InterviewConfig, plan: [PlannedRound], transcriptPath: String, interactive: Bool) {
        let rounds = plan.map(\.kind.title).joined(separator: " → ")
        say(style.bold("barraiser") + " · \(rounds) · \(config.track.title) (\(config.track.rawValue)) · \(config.level.rawValue) · seed \(config.seed)")
        if config.isInterviewer {
            say(Self.interviewerBanner)
            if interactive { say(style.dim("/help lists commands; Ctrl-D saves and leaves.")) }
        } else if interactive {
            say(style.dim("Answer in full sentences. Enter starts a new line; an empty line (or /done) submits. /help lists commands; Ctrl-D saves and leaves."))
        }
        say(style.dim("Saving to \(SafeText.forTerminal(transcriptPath))"))
    }

    func roundStart(_ round: PlannedRound) {
        say()
        say(style.bold("── \(round.kind.title) round ──") + style.dim(" \(round.questions.count) question\(round.questions.count == 1 ? "" : "s"), about \(round.settings.budgetMinutes) minutes"))
    }

    func ask(_ asked: AskedQuestion) {
        say()
        let label = style.accent("Q\(asked.number)/\(asked.total)") + (asked.isRepeat ? style.dim(" (again)") : "")
        if let part = asked.part {
            if asked.question.parts.first?.id == part.id || asked.isRepeat {
                say(label + " " + SafeText.forTerminal(asked.question.text))
            }
            let index = (asked.question.parts.firstIndex(of: part) ?? 0) + 1
            say(style.accent("Part \(index)/\(asked.question.parts.count): ") + SafeText.forTerminal(part.prompt), indent: "")
        } else {
            // A question's text comes from a bank file or, with --from, from a transcript.
            say(label + " " + SafeText.forTerminal(asked.question.text))
        }
        if !asked.question.principles.isEmpty && asked.round == .barRaiser {
            say(style.dim("(" + asked.question.principles.map(\.title).joined(separator: ", ") + ")"))
        }
    }

    func probe(_ probe: Probe) {
        say()
        say(style.accent("↳ ") + SafeText.forTerminal(probe.text))
    }

    func debrief(_ written: RoundDebrief) {
        debrief(round: written.round, vote: written.vote, counts: (written.answered, written.skipped),
                principles: written.principles, dodged: written.dodged, inconsistencies: written.inconsistencies,
                improvements: written.improvements, interviewerVote: written.interviewerVote, questionVotes: written.questionVotes,
                disagreements: written.disagreements)
    }

    /// A round's write-up, live or read back from a transcript. Text passes through `SafeText`,
    /// since a transcript someone sent you may carry escape sequences.
    func debrief(round: RoundKind, vote: Rating, counts: (answered: Int, skipped: Int)?, principles: [PrincipleAssessment],
                 dodged: [Gap], inconsistencies: [String], improvements: [String],
                 interviewerVote: Rating? = nil, questionVotes: [QuestionVote] = [], disagreements: [String] = []) {
        say()
        say(style.bold("── Debrief: \(round.title) ──"))
        say("Vote: " + paint(vote) + (counts.map { style.dim("  (\($0.answered) answered, \($0.skipped) skipped)") } ?? ""))
        if let interviewerVote { say("Interviewer's vote: " + paint(interviewerVote)) }
        for vote in questionVotes {
            say("\(SafeText.forTerminal(vote.questionID)): engine " + paint(vote.engine) + " · interviewer " + paint(vote.interviewer), indent: "  ")
        }
        for note in disagreements { say(style.warning("Votes differ: ") + SafeText.forTerminal(note)) }
        for assessment in principles {
            say("• \(assessment.principle.title): " + paint(assessment.rating))
            for quote in assessment.evidence.prefix(2) { say(style.dim("“\(SafeText.forTerminal(quote))”"), indent: "    ") }
            if !assessment.missing.isEmpty {
                say(style.dim("missing: " + assessment.missing.map(\.id).joined(separator: ", ")), indent: "    ")
            }
        }
        if !dodged.isEmpty {
            say(style.warning("Dodged when pressed: ") + dodged.map(\.id).joined(separator: ", "))
        }
        for note in inconsistencies { say(style.warning("Flag: ") + SafeText.forTerminal(note)) }
        if !improvements.isEmpty {
            say("What would raise these answers most:")
            for (index, advice) in improvements.enumerated() { say("\(index + 1). \(SafeText.forTerminal(advice))", indent: "  ") }
        }
    }

    func loopDebrief(_ loop: LoopDebrief) {
        say()
        say(style.bold("── The loop ──"))
        for vote in loop.votes { say("\(vote.round.title): " + paint(vote.vote), indent: "  ") }
        say("Decision: " + paint(loop.decision) + (loop.vetoed ? style.warning("  (the bar raiser's vote decides)") : ""))
        for note in loop.inconsistencies { say(style.warning("Flag: ") + SafeText.forTerminal(note)) }
    }

    func comparison(_ comparison: AttemptComparison) {
        say()
        say(style.bold("── This attempt against the last ──") + style.dim(" (both rated by today's engine)"))
        for row in comparison.rows {
            say("\(SafeText.forTerminal(row.questionID)): " + paint(row.ratingThen) + " → " + paint(row.ratingNow))
            if !row.closed.isEmpty { say(style.good("closed: ") + row.closed.map(\.id).joined(separator: ", "), indent: "    ") }
            if !row.stillOpen.isEmpty { say(style.warning("still open: ") + row.stillOpen.map(\.id).joined(separator: ", "), indent: "    ") }
            if !row.newlyOpen.isEmpty { say(style.bad("newly open: ") + row.newlyOpen.map(\.id).joined(separator: ", "), indent: "    ") }
        }
    }

    func paint(_ rating: Rating) -> String {
        switch rating {
        case .strongHire, .inclined: style.good(rating.rawValue)
        case .notInclined, .strongNoHire: style.bad(rating.rawValue)
        case .insufficientEvidence: style.warning(rating.rawValue)
        }
    }

    /// `/stories`: the candidate's stories that count for the question's principles.
    func stories(_ stories: InterviewStories, fitting question: Question) {
        switch stories {
        case .none(let path):
            say("No stories file at \(SafeText.forTerminal(path)); `barraiser stories new` starts one and `barraiser stories add` adds to it.")
        case .unreadable(_, let problem):
            say(style.warning("The stories file has a problem: ") + SafeText.forTerminal(problem))
        case .shelf(_, let shelf):
            let principles = question.principles.map(\.title)
            let fitting = shelf.fitting(question)
            guard !principles.isEmpty else {
                say("This question tests no principle, so no story is picked for it; tell the one that answers it best.")
                return
            }
            guard !fitting.isEmpty else {
                say("None of your \(shelf.items.count) stor\(shelf.items.count == 1 ? "y counts" : "ies count") for \(principles.joined(separator: " or ")); `barraiser stories matrix` shows what they cover.")
                return
            }
            say(style.bold("Your stories for \(principles.joined(separator: ", ")):"))
            for item in fitting {
                let ids = item.principles.map(\.id).joined(separator: ", ") + (item.guessed ? ", guessed" : "")
                say("\(item.number). \(SafeText.forTerminal(item.story.title)) " + style.dim("(\(ids))"), indent: "  ")
            }
        }
    }

    func help() {
        say(style.bold("Commands") + style.dim(" (type one as the first line of an answer):"))
        for command in ReplCommand.allCases { say("\(command.typed.padding(toLength: 8, withPad: " ", startingAt: 0)) \(command.summary)", indent: "  ") }
        say(style.dim("Keys: Up/Down recall lines, Tab completes commands, Ctrl-C discards the line, Ctrl-D saves and leaves."))
    }

    func finish(status: EndStatus, path: String) {
        say()
        say((status == .completed ? "Interview complete. " : "Interview saved. ") + "Transcript: \(SafeText.forTerminal(path))")
    }
}
