/// The stories' one-page summary as one self-contained HTML page: no scripts, nothing fetched,
/// laid out to print on one sheet.
public enum StoryHTMLExport {
    public static func render(_ summary: StorySummary) -> String {
        let matrix = summary.matrix
        var body: [String] = []
        body.append("<h1>My stories, for the loop</h1>")
        body.append("<p class=\"meta\">\(escape(summary.track.title)) (\(summary.track.rawValue)) · \(summary.level.rawValue) · \(summary.entries.count) stor\(summary.entries.count == 1 ? "y" : "ies")</p>")
        body.append("<h2>The principles they cover</h2>")
        body.append("<table class=\"matrix\"><tr><th></th><th>Principle</th><th>Cover</th><th>Stories</th></tr>")
        for row in matrix.rows {
            let stories = row.entries.map { "\(escape($0.title)) <span class=\"rating \($0.rating.rawValue)\">\($0.rating.rawValue)</span>" }.joined(separator: "<br>")
            body.append("<tr><td>\(row.isEmphasised ? "★" : "")</td><td>\(escape(row.principle.title))</td><td class=\"cover \(row.status.rawValue)\">\(row.status.rawValue)</td><td>\(stories)</td></tr>")
        }
        body.append("</table>")
        body.append("<p class=\"note\">★ the principles a \(summary.track.rawValue) loop weighs most.</p>")
        if !matrix.missing.isEmpty { body.append("<p class=\"flag\"><b>No story yet:</b> \(escape(matrix.missing.map(\.title).joined(separator: " · ")))</p>") }
        if !matrix.weakOnly.isEmpty { body.append("<p class=\"flag\"><b>Only weak stories:</b> \(escape(matrix.weakOnly.map(\.title).joined(separator: " · ")))</p>") }
        for story in matrix.stretched {
            body.append("<p class=\"flag\"><b>Stretched:</b> “\(escape(story.title))” is claimed for \(story.principles.count) principles; keep the \(Story.principleLimit) it shows best.</p>")
        }
        body.append("<h2>The stories</h2>")
        body.append("<table class=\"stories\"><tr><th>#</th><th>Story</th><th>Principles</th><th>Rating</th><th>Impact</th><th>People it needed</th></tr>")
        for entry in summary.entries {
            let review = entry.review
            let principles = review.principles.isEmpty ? "none" : escape(review.principles.map(\.title).joined(separator: ", ")) + (review.principlesGuessed ? " <span class=\"note\">(guessed)</span>" : "")
            let gaps = review.openGaps.isEmpty ? "" : "<br><span class=\"note\">open: \(escape(review.openGaps.map(\.id).joined(separator: ", ")))</span>"
            let impact = entry.impact.map(escape) ?? "<span class=\"note\">no number</span>"
            let people = entry.people.isEmpty ? "<span class=\"note\">none named</span>" : escape(entry.people.joined(separator: ", "))
            body.append("<tr><td>\(entry.number)</td><td>\(escape(entry.story.title))</td><td>\(principles)</td><td><span class=\"rating \(review.rating.rawValue)\">\(review.rating.rawValue)</span>\(gaps)</td><td>\(impact)</td><td>\(people)</td></tr>")
        }
        body.append("</table>")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>barraiser stories · \(summary.track.rawValue) · \(summary.level.rawValue)</title>
            <style>\(style)</style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    static func escape(_ text: String) -> String {
        HTMLExport.escape(text)
    }

    static let style = """
        body{font:13px/1.4 -apple-system,system-ui,sans-serif;max-width:60em;margin:1.5em auto;padding:0 1em;color:#222}
        h1{font-size:1.4em;margin-bottom:0}h2{font-size:1.1em;margin:1.2em 0 .4em;border-bottom:1px solid #ddd}
        .meta,.note{color:#666;font-size:.9em}.flag{color:#a64b00;margin:.3em 0}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2em .35em;vertical-align:top;text-align:left}
        .matrix td:first-child{width:1em;text-align:center}.cover.strong{color:#176a2b;font-weight:600}.cover.weak{color:#a64b00}.cover.missing{color:#a11}
        .strong-hire{color:#176a2b}.inclined{color:#3c7d3c}.not-inclined{color:#a64b00}.strong-no-hire{color:#a11}.insufficient-evidence{color:#777}
        @page{size:A4;margin:12mm}
        @media print{body{margin:0;max-width:none;font-size:10px}tr{break-inside:avoid}h2{break-after:avoid}}
        """
}
