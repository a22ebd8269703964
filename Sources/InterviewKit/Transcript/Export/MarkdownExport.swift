import Foundation

/// A transcript as Markdown that reads well on GitHub: the questions, the answers, each follow-up
/// with its target and reason, and the debriefs.
public enum MarkdownExport {
    public static func render(_ interview: RecordedInterview) -> String {
        let header = interview.header
        var out: [String] = []
        out.append("# Interview: " + header.rounds.map(\.title).joined(separator: " → "))
        out.append("")
        if header.resolvedMode == .interviewer {
            out.append("A mock interview: the answers are the interviewer's notes of what you said.")
            out.append("")
        }
        out.append("\(header.track.title) (`\(header.track.rawValue)`) · \(header.level.rawValue) · started \(escape(header.startedAt)) · seed \(header.seed) · \(statusText(interview.status)) · barraiser \(escape(header.toolVersion))")
        var round: RoundKind?
        var questionNumber = 0
        var debriefs = interview.debriefs[...]
        var seenQuestions = Set<String>()
        for step in interview.steps {
            if step.round != round {
                if let finished = round, let debrief = debriefs.first, debrief.round == finished {
                    out += debriefLines(debrief)
                    debriefs = debriefs.dropFirst()
                }
                round = step.round
                questionNumber = 0
                out += ["", "## \(step.round.title)"]
            }
            if let probe = step.probe {
                out += ["", "**Follow-up** (`\(probe.target.id)`\(probe.principle.map { " · \($0.title)" } ?? "")\(sourceText(probe.source).map { " · " + $0 } ?? "")): \(escape(probe.text))", "",
                        "<sub>Why: \(escape(probe.reason))</sub>"]
            } else {
                if seenQuestions.insert(step.round.rawValue + "/" + step.questionID).inserted { questionNumber += 1 }
                let principles = step.principles.isEmpty ? "" : " — " + step.principles.map(\.title).joined(separator: ", ")
                let title = step.part.map { "Q\(questionNumber), part `\(escape($0))`" } ?? "Q\(questionNumber)"
                out += ["", "### \(title)\(principles)", ""]
                out += MarkupEscape.lines(step.prompt).map { "> " + escape(String($0)) }
            }
            if let answer = step.answer {
                out += ["", "**Answer** (\(DurationText.spoken(answer.seconds))):", ""]
                out += MarkupEscape.lines(answer.text).map { escape(String($0)) + "  " }
            }
            if step.skipped { out += ["", "_Skipped._"] }
        }
        for debrief in debriefs { out += debriefLines(debrief) }
        if let loop = interview.loopDebrief {
            out += ["", "## The loop", "", "| Round | Vote |", "|---|---|"]
            out += loop.votes.map { "| \($0.round.title) | \($0.vote.rawValue) |" }
            out += ["", "**Decision: \(loop.decision.rawValue)**" + (loop.vetoed ? " (the bar raiser's vote decides)" : "")]
            out += loop.inconsistencies.flatMap { ["", "⚠️ " + escape($0)] }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func debriefLines(_ debrief: TranscriptRecord.DebriefRecord) -> [String] {
        var out = ["", "### Debrief: \(debrief.round.title) — vote **\(debrief.vote.rawValue)**"]
        if !debrief.principles.isEmpty {
            out += ["", "| Principle | Rating | Evidence | Missing |", "|---|---|---|---|"]
            for assessment in debrief.principles {
                let evidence = assessment.evidence.map { "“" + escape($0).replacingOccurrences(of: "|", with: "\\|") + "”" }.joined(separator: "<br>")
                out.append("| \(assessment.principle.title) | \(assessment.rating.rawValue) | \(evidence) | \(assessment.missing.map(\.id).joined(separator: ", ")) |")
            }
        }
        if let vote = debrief.interviewerVote { out += ["", "Your interviewer's vote: **\(vote.rawValue)**"] }
        if let verdicts = debrief.questions, verdicts.contains(where: { $0.interviewerVote != nil }) {
            out += ["", "| Question | Engine | Interviewer |", "|---|---|---|"]
            out += verdicts.map { "| `\(escape($0.questionID))` | \($0.rating.rawValue) | \($0.interviewerVote?.rawValue ?? "–") |" }
        }
        for note in debrief.disagreements ?? [] { out += ["", "⚖️ " + escape(note)] }
        if let dodged = debrief.dodged, !dodged.isEmpty { out += ["", "Dodged when pressed: " + dodged.map { "`\($0.id)`" }.joined(separator: ", ")] }
        for note in debrief.inconsistencies ?? [] { out += ["", "⚠️ " + escape(note)] }
        if !debrief.summary.isEmpty {
            out += ["", "What would raise these answers most:", ""]
            out += debrief.summary.enumerated().map { "\($0.offset + 1). \(escape($0.element))" }
        }
        return out
    }

    /// Who chose a follow-up in a mock, in words; nil outside a mock.
    public static func sourceText(_ source: ProbeSource?) -> String? {
        switch source {
        case .engine: "suggested by barraiser"
        case .interviewer: "the interviewer's own"
        case nil: nil
        }
    }

    /// How the interview ended, in words.
    public static func statusText(_ status: EndStatus?) -> String {
        status.map { $0 == .completed ? "completed" : "ended early" } ?? "cut short (no end record)"
    }

    /// Keeps the candidate's text as text: no HTML, no control characters.
    static func escape(_ text: String) -> String {
        MarkupEscape.escape(SafeText.forTerminal(text), quotes: false)
    }
}
