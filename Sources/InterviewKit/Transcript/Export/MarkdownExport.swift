import Foundation

/// A transcript as Markdown that reads well on GitHub: the questions, the answers, each follow-up
/// with its target and reason, and the debriefs.
public enum MarkdownExport {
    public static func render(_ interview: RecordedInterview) -> String {
        let header = interview.header
        var out = Document()
        // Room for the recorded text and each step's headings, so the text is not copied as it grows.
        out.text.reserveCapacity(interview.steps.reduce(4096) { $0 + 160 + $1.prompt.utf8.count + ($1.answer?.text.utf8.count ?? 0) })
        out.line("# Interview: " + header.rounds.map(\.title).joined(separator: " → "))
        out.line()
        if header.resolvedMode == .interviewer {
            out.line("A mock interview: the answers are the interviewer's notes of what you said.")
            out.line()
        }
        out.line("\(header.track.title) (`\(header.track.rawValue)`) · \(header.level.rawValue) · started \(escape(header.startedAt)) · seed \(header.seed) · \(statusText(interview.status)) · barraiser \(escape(header.toolVersion))")
        var round: RoundKind?
        var questionNumber = 0
        var debriefs = interview.debriefs[...]
        var seenQuestions = Set<String>()
        for step in interview.steps {
            if step.round != round {
                if let finished = round, let debrief = debriefs.first, debrief.round == finished {
                    out.lines(debriefLines(debrief))
                    debriefs = debriefs.dropFirst()
                }
                round = step.round
                questionNumber = 0
                out.line()
                out.line("## \(step.round.title)")
            }
            if let probe = step.probe {
                out.line()
                out.line("**Follow-up** (`\(probe.target.id)`\(probe.principle.map { " · \($0.title)" } ?? "")\(sourceText(probe.source).map { " · " + $0 } ?? "")): \(escape(probe.text))")
                out.line()
                out.line("<sub>Why: \(escape(probe.reason))</sub>")
            } else {
                if seenQuestions.insert(step.round.rawValue + "/" + step.questionID).inserted { questionNumber += 1 }
                let principles = step.principles.isEmpty ? "" : " — " + step.principles.map(\.title).joined(separator: ", ")
                let title = step.part.map { "Q\(questionNumber), part `\(escape($0))`" } ?? "Q\(questionNumber)"
                out.line()
                out.line("### \(title)\(principles)")
                out.line()
                out.escapedLines(of: step.prompt, after: "> ")
            }
            if let answer = step.answer {
                out.line()
                out.line("**Answer** (\(DurationText.spoken(answer.seconds))):")
                out.line()
                out.escapedLines(of: answer.text, before: "  ")
            }
            if step.skipped {
                out.line()
                out.line("_Skipped._")
            }
        }
        for debrief in debriefs { out.lines(debriefLines(debrief)) }
        if let loop = interview.loopDebrief {
            out.lines(["", "## The loop", "", "| Round | Vote |", "|---|---|"])
            out.lines(loop.votes.map { "| \($0.round.title) | \($0.vote.rawValue) |" })
            out.lines(["", "**Decision: \(loop.decision.rawValue)**" + (loop.vetoed ? " (the bar raiser's vote decides)" : "")])
            out.lines(loop.inconsistencies.flatMap { ["", "⚠️ " + escape($0)] })
        }
        return out.text
    }

    /// The export as it is written: one string that each line goes into with its line break. A
    /// long interview's lines gathered in a list and joined at the end were copied twice more.
    struct Document {
        var text = ""

        mutating func line(_ line: String = "") {
            text += line
            text += "\n"
        }

        mutating func lines(_ lines: [String]) {
            for line in lines { self.line(line) }
        }

        /// Each line of `text` (as `MarkupEscape.lines` splits it) escaped, between `prefix` and
        /// `suffix`. Most text holds nothing to escape, and its lines are copied as they are.
        mutating func escapedLines(of text: String, after prefix: String = "", before suffix: String = "") {
            let plain = plainLines(text)
            for line in plain ?? MarkupEscape.lines(text) {
                self.text += prefix
                if plain != nil { self.text += line } else { self.text += escape(String(line)) }
                self.text += suffix
                self.text += "\n"
            }
        }
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

    /// The lines of `text` as `MarkupEscape.lines` splits it when `escape` leaves each as it is;
    /// nil when one holds something to escape. One pass over the bytes tells both: looking for
    /// line breaks, controls and markup in three was a fifth of a long interview's export.
    static func plainLines(_ text: String) -> [Substring]? {
        var text = text
        let kinds = byteKinds
        let lineBreaks: [Int]? = text.withUTF8 { bytes in
            var lineBreaks: [Int] = []
            var previous: UInt8 = 0
            var beforePrevious: UInt8 = 0
            for (offset, byte) in bytes.enumerated() {
                let kind = kinds[Int(byte)]
                // Nearly every byte is plain: that one test, before a switch the compiler makes a
                // jump through a table for every byte.
                if kind != .plain {
                    switch kind {
                    case .plain:
                        break
                    case .lineBreak:
                        if previous != 0x0D { lineBreaks.append(offset) }
                    case .escaped:
                        return nil
                    case .mayBeControl:
                        if SafeText.endsReplacedScalar(byte, after: previous, beforePrevious) { return nil }
                    }
                }
                beforePrevious = previous
                previous = byte
            }
            return lineBreaks
        }
        return lineBreaks.map { MarkupEscape.lines(text, breakingAt: $0) }
    }

    /// What a byte can mean to `plainLines`, looked up rather than tested range by range; which
    /// controls `SafeText` replaces, it says itself.
    private enum ByteKind { case plain, lineBreak, escaped, mayBeControl }

    private static let byteKinds: [ByteKind] = (0...255).map { byte in
        switch byte {
        case 0x0A: .lineBreak
        case 0x09: .plain
        // Markup, escaped as entities.
        case 0x26, 0x3C, 0x3E: .escaped
        // A C0 control, DEL, or a continuation byte that may end a C1 or bidirectional control.
        case 0x00...0x1F, 0x7F, 0x80...0xAE: .mayBeControl
        default: .plain
        }
    }
}
