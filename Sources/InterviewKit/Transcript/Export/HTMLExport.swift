import Foundation

/// A transcript as one self-contained HTML page: no scripts, nothing fetched from elsewhere,
/// printable, with a chart of each principle's rating drawn in inline SVG.
public enum HTMLExport {
    public static func render(_ interview: RecordedInterview) -> String {
        let header = interview.header
        var body: [String] = []
        body.append("<h1>Interview: \(escape(header.rounds.map(\.title).joined(separator: " → ")))</h1>")
        body.append("<p class=\"meta\">\(escape(header.track.title)) · \(header.level.rawValue) · started \(escape(header.startedAt)) · seed \(header.seed) · \(escape(MarkdownExport.statusText(interview.status)))</p>")
        let assessments = perPrinciple(interview.debriefs.flatMap(\.principles))
        if !assessments.isEmpty { body.append(chart(assessments)) }
        var round: RoundKind?
        for step in interview.steps {
            if step.round != round {
                round = step.round
                body.append("<h2>\(escape(step.round.title))</h2>")
            }
            if let probe = step.probe {
                body.append("<div class=\"probe\"><p><span class=\"tag\">\(escape(probe.target.id))</span>\(MarkdownExport.sourceText(probe.source).map { " <span class=\"tag\">\($0)</span>" } ?? "") \(escape(probe.text))</p><p class=\"why\">Why: \(escape(probe.reason))</p></div>")
            } else {
                let principles = step.principles.isEmpty ? "" : "<p class=\"principles\">\(escape(step.principles.map(\.title).joined(separator: ", ")))</p>"
                body.append("<div class=\"question\">\(principles)<p>\(paragraphs(step.prompt))</p></div>")
            }
            if let answer = step.answer {
                body.append("<div class=\"answer\"><p class=\"time\">\(DurationText.spoken(answer.seconds))</p><p>\(paragraphs(answer.text))</p></div>")
            }
            if step.skipped { body.append("<p class=\"skipped\">Skipped.</p>") }
        }
        for debrief in interview.debriefs {
            body.append("<section class=\"debrief\"><h2>Debrief: \(escape(debrief.round.title)) — <span class=\"rating \(debrief.vote.rawValue)\">\(debrief.vote.rawValue)</span></h2>")
            if !debrief.principles.isEmpty {
                body.append("<table><tr><th>Principle</th><th>Rating</th><th>Evidence</th><th>Missing</th></tr>")
                for assessment in debrief.principles {
                    let evidence = assessment.evidence.map { "“\(escape($0))”" }.joined(separator: "<br>")
                    body.append("<tr><td>\(escape(assessment.principle.title))</td><td class=\"rating \(assessment.rating.rawValue)\">\(assessment.rating.rawValue)</td><td>\(evidence)</td><td>\(escape(assessment.missing.map(\.id).joined(separator: ", ")))</td></tr>")
                }
                body.append("</table>")
            }
            if let vote = debrief.interviewerVote { body.append("<p>Your interviewer's vote: <span class=\"rating \(vote.rawValue)\">\(vote.rawValue)</span></p>") }
            for note in (debrief.inconsistencies ?? []) + (debrief.disagreements ?? []) { body.append("<p class=\"flag\">\(escape(note))</p>") }
            if !debrief.summary.isEmpty {
                body.append("<ol>" + debrief.summary.map { "<li>\(escape($0))</li>" }.joined() + "</ol>")
            }
            body.append("</section>")
        }
        if let loop = interview.loopDebrief {
            body.append("<section class=\"debrief\"><h2>The loop — <span class=\"rating \(loop.decision.rawValue)\">\(loop.decision.rawValue)</span>\(loop.vetoed ? " (the bar raiser's vote decides)" : "")</h2><ul>")
            body.append(loop.votes.map { "<li>\(escape($0.round.title)): \($0.vote.rawValue)</li>" }.joined())
            body.append("</ul></section>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>barraiser interview \(escape(header.startedAt))</title>
            <style>\(style)</style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    /// Each principle once, in the interview's order, rated by the mean of its ratings across rounds.
    static func perPrinciple(_ assessments: [PrincipleAssessment]) -> [(principle: Principle, rating: Rating)] {
        var order: [Principle] = []
        var scores: [Principle: [Int]] = [:]
        for assessment in assessments {
            if scores[assessment.principle] == nil { order.append(assessment.principle) }
            scores[assessment.principle, default: []] += assessment.rating.score.map { [$0] } ?? []
        }
        return order.map { principle in
            let values = scores[principle] ?? []
            return (principle, values.isEmpty ? .insufficientEvidence : Rating(score: Double(values.reduce(0, +)) / Double(values.count)))
        }
    }

    /// One bar per principle: 1 (strong-no-hire) to 4 (strong-hire); insufficient evidence shows empty.
    static func chart(_ assessments: [(principle: Principle, rating: Rating)]) -> String {
        let rowHeight = 22
        let height = assessments.count * rowHeight + 24
        var svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 \(height)\" width=\"100%\" role=\"img\" aria-label=\"Ratings per principle\">"
        for (index, assessment) in assessments.enumerated() {
            let y = index * rowHeight
            let width = (assessment.rating.score ?? 0) * 80
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(escape(assessment.principle.title))</text>"
            svg += "<rect x=\"300\" y=\"\(y + 3)\" width=\"320\" height=\"16\" fill=\"#eee\"/>"
            svg += "<rect x=\"300\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\" class=\"bar \(assessment.rating.rawValue)\"/>"
            svg += "<text x=\"\(306 + width)\" y=\"\(y + 15)\" font-size=\"11\">\(assessment.rating.rawValue)</text>"
        }
        svg += "<text x=\"300\" y=\"\(height - 4)\" font-size=\"10\">1 strong-no-hire · 2 not-inclined · 3 inclined · 4 strong-hire</text></svg>"
        return svg + "<figcaption>Ratings per principle</figcaption></figure>"
    }

    static func paragraphs(_ text: String) -> String {
        MarkupEscape.escape(SafeText.forTerminal(text), quotes: true, breakAs: "<br>")
    }

    static func escape(_ text: String) -> String {
        MarkupEscape.escape(SafeText.forTerminal(text), quotes: true)
    }

    static let style = """
        body{font:15px/1.5 -apple-system,system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ddd}.meta,.time,.why,.principles{color:#666;font-size:.9em}
        .question{margin-top:1.5em;font-weight:600}.answer{margin-left:1em;padding-left:1em;border-left:3px solid #9ab}
        .probe{margin:1em 0 0 1em}.tag{background:#eef;border-radius:3px;padding:0 .3em;font-size:.85em}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3em;vertical-align:top;text-align:left}
        .strong-hire{color:#176a2b;fill:#2e9e4f}.inclined{color:#3c7d3c;fill:#7cc47f}.not-inclined{color:#a64b00;fill:#f0a05a}
        .strong-no-hire{color:#a11;fill:#d9534f}.insufficient-evidence{color:#777;fill:#bbb}.flag{color:#a64b00}
        @media print{body{margin:0;max-width:none}.answer{break-inside:avoid}h2{break-after:avoid}}
        """
}
