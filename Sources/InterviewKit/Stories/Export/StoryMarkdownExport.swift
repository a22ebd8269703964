/// The stories' one-page summary as Markdown that reads well on GitHub.
public enum StoryMarkdownExport {
    public static func render(_ summary: StorySummary) -> String {
        let matrix = summary.matrix
        var out = ["# My stories, for the loop", ""]
        out.append("\(summary.track.title) (`\(summary.track.rawValue)`) · \(summary.level.rawValue) · \(summary.entries.count) stor\(summary.entries.count == 1 ? "y" : "ies")")
        out += ["", "## The principles they cover", "", "| | Principle | Cover | Stories |", "|---|---|---|---|"]
        for row in matrix.rows {
            let stories = row.entries.map { "\(cell($0.title)) (\($0.rating.rawValue))" }.joined(separator: "; ")
            out.append("| \(row.isEmphasised ? "★" : "") | \(row.principle.title) | \(row.status.rawValue) | \(stories) |")
        }
        out += ["", "★ the principles a \(summary.track.rawValue) loop weighs most."]
        if !matrix.missing.isEmpty { out += ["", "**No story yet:** " + matrix.missing.map(\.title).joined(separator: " · ")] }
        if !matrix.weakOnly.isEmpty { out += ["", "**Only weak stories:** " + matrix.weakOnly.map(\.title).joined(separator: " · ")] }
        for story in matrix.stretched {
            out += ["", "**Stretched:** “\(escape(story.title))” is claimed for \(story.principles.count) principles; keep the \(Story.principleLimit) it shows best."]
        }
        out += ["", "## The stories", "", "| # | Story | Principles | Rating | Impact | People it needed |", "|---|---|---|---|---|---|"]
        for entry in summary.entries {
            let review = entry.review
            let principles = review.principles.map(\.title).joined(separator: ", ") + (review.principlesGuessed && !review.principles.isEmpty ? " (guessed)" : "")
            let rating = review.rating.rawValue + (review.openGaps.isEmpty ? "" : "<br>open: " + review.openGaps.map(\.id).joined(separator: ", "))
            out.append("| \(entry.number) | \(cell(entry.story.title)) | \(principles.isEmpty ? "none" : principles) | \(rating) | \(entry.impact.map(cell) ?? "_no number_") | \(entry.people.isEmpty ? "_none named_" : cell(entry.people.joined(separator: ", "))) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text from the file as one table cell: no markup, no line breaks, no column breaks.
    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func escape(_ text: String) -> String {
        MarkdownExport.escape(text)
    }
}
