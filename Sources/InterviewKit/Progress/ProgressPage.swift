/// The progress report as one self-contained, printable HTML page (`barraiser progress --html`): no
/// scripts, nothing fetched, the style inline and every chart inline SVG, each with a title, a
/// description and a table of its figures beside it. Built from the same `ProgressReport` as the
/// terminal and the JSON, so the three never disagree. The page is well-formed XML too (every
/// element closed, no named entities), so tests can read it with a plain parser.
public enum ProgressPage {
    /// Charts draw at most this many columns: a longer history puts several interviews, in order,
    /// in each, so the page stays the same size however long the history grows.
    public static let maxColumns = 120
    /// Tables beside the charts list at most this many rows, the latest.
    public static let maxTableRows = 30

    /// The page for `report`. `filter` is what the command was asked for (shown under the heading);
    /// `filesNote` is the line about files left out or read only in part, when there is one.
    public static func render(_ report: ProgressReport, filter: ProgressReport.Filter = .init(), filesNote: String? = nil) -> String {
        let axis = InterviewAxis(interviews: report.interviews)
        var body: [String] = ["<header>", "<h1>Progress</h1>", "<p class=\"meta\">\(metaLine(report, filter: filter).map { "<span>\(escape($0))</span>" }.joined(separator: " · "))</p>"]
        if report.interviews > 0 { body.append(tiles(report)) }
        if report.mocks > 0 {
            body.append("<p class=\"note\">\(report.mocks) mock interview\(report.mocks == 1 ? "" : "s") (interviewer mode) counted apart: their answers are an interviewer's notes and their votes a friend's, so they move none of the figures below.</p>")
        }
        body.append("</header>")

        if report.interviews == 0 {
            let filtered = filter.since != nil || filter.track != nil
            body.append("<section class=\"empty\"><h2>No interviews yet</h2><p>\(filtered ? "No saved interview matches what was asked for." : "There are no saved interviews to read yet.") Start one with <code>barraiser practice</code>, then write this page again.</p></section>")
        } else {
            body.append(principlesSection(report, axis: axis))
            body.append(gapsSection(report, axis: axis))
            body.append(timeSection(report, axis: axis))
        }
        if !report.neglected.isEmpty { body.append(neglectedSection(report)) }
        body.append("<footer>")
        if let filesNote { body.append("<p class=\"files\">\(escape(filesNote))</p>") }
        body.append("<p>Written by <code>barraiser progress --html</code> from the transcripts on this machine.</p>")
        body.append("</footer>")

        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>barraiser progress\(report.interviews == 0 ? "" : " · " + escape(span(report)))</title>
            <style>\(style)</style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    // MARK: - The heading

    /// The counts, the span and the filter under the heading; each kept whole on one line.
    private static func metaLine(_ report: ProgressReport, filter: ProgressReport.Filter) -> [String] {
        var parts = ["\(report.interviews) interview\(report.interviews == 1 ? "" : "s")", "\(report.answers) answer\(report.answers == 1 ? "" : "s")"]
        if report.interviews > 0 { parts.append(span(report)) }
        if let track = filter.track { parts.append("track \(track.rawValue)") }
        if let since = filter.since { parts.append("since \(since)") }
        return parts
    }

    /// `2026-11-28 to 2026-12-01`, or one day.
    private static func span(_ report: ProgressReport) -> String {
        let days = [report.from, report.to].compactMap { $0.map { day($0) } }
        return days.first == days.last ? days.first ?? "" : days.joined(separator: " to ")
    }

    private static func day(_ startedAt: String) -> String { String(startedAt.prefix(10)) }

    private static func tiles(_ report: ProgressReport) -> String {
        var items = [("Interviews", "\(report.interviews)"), ("Answers", "\(report.answers)")]
        if let median = report.timing.medianSeconds { items.append(("Median answer", DurationText.spoken(median))) }
        items.append(("Past the soft limit", "\(report.timing.pastSoftLimit.count)"))
        items.append(("Mock interviews", "\(report.mocks)"))
        return "<dl class=\"tiles\">" + items.map { "<div><dt>\($0.0)</dt><dd>\(escape($0.1))</dd></div>" }.joined() + "</dl>"
    }

    // MARK: - Ratings per principle

    /// The plot's rows, top to bottom: strong-hire to strong-no-hire, then too little said.
    private static func ratingY(_ score: Double?) -> Double {
        guard let score else { return 94 }
        return 8 + (4 - score) * 24
    }

    private static func principlesSection(_ report: ProgressReport, axis: InterviewAxis) -> String {
        var html = ["<section id=\"principles\"><h2>Ratings per principle</h2>"]
        if report.principles.isEmpty {
            html.append("<p class=\"note\">No answer has been rated yet: an interview's ratings come with its debrief, at the end of a round.</p></section>")
            return html.joined(separator: "\n")
        }
        html.append("<p class=\"legend\">Each dot is an interview's rating for the principle, oldest on the left\(axis.grouped ? " (each column up to \(axis.perColumn) interviews in a row, their mean)" : ""): <span class=\"key strong-hire\">4 strong-hire</span> <span class=\"key inclined\">3 inclined</span> <span class=\"key not-inclined\">2 not-inclined</span> <span class=\"key strong-no-hire\">1 strong-no-hire</span> <span class=\"key insufficient-evidence\">too little said (the row below 1)</span>. The trend compares the later half of the last \(ProgressReport.trendWindow) rated attempts with the earlier half.</p>")
        html.append("<div class=\"cards\">")
        for item in report.principles { html.append(principleCard(item, report: report, axis: axis)) }
        html.append("</div></section>")
        return html.joined(separator: "\n")
    }

    private static func principleCard(_ item: ProgressReport.PrincipleProgress, report: ProgressReport, axis: InterviewAxis) -> String {
        let id = "rating-\(item.principle.id)"
        let trend = item.trend.map { "<span class=\"trend \($0.rawValue)\">\($0.rawValue)</span>" } ?? "<span class=\"trend\">too few to say</span>"
        let latest = item.latest.map { "latest <span class=\"rating \($0.rawValue)\">\($0.rawValue)</span>" } ?? ""
        var card = ["<figure class=\"card\" aria-labelledby=\"\(id)-caption\">"]
        card.append("<figcaption id=\"\(id)-caption\"><b>\(escape(item.principle.title))</b> <span class=\"facts\">\(item.count) attempt\(item.count == 1 ? "" : "s") · \(latest) · \(trend)</span></figcaption>")

        // One mark per column: the mean of the rated attempts there, or a grey dot when none was rated.
        var columns: [Int: [Rating]] = [:]
        for attempt in item.attempts { columns[axis.column(of: attempt.interview), default: []].append(attempt.rating) }
        var svg: [String] = []
        for score in [4.0, 3, 2, 1] { svg.append("<line class=\"grid\" x1=\"0\" y1=\"\(number(ratingY(score)))\" x2=\"1000\" y2=\"\(number(ratingY(score)))\"/>") }
        var line: [String] = []
        var dots: [String] = []
        for column in columns.keys.sorted() {
            let scores = (columns[column] ?? []).compactMap(\.score).map(Double.init)
            let mean: Double? = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            let x = axis.x(ofColumn: column)
            let y = ratingY(mean)
            if mean != nil { line.append("\(number(x)),\(number(y))") }
            let rating = mean.map { Rating(score: $0) } ?? .insufficientEvidence
            dots.append(dot(x: x, y: y, width: axis.dotWidth, class: "dot \(rating.rawValue)"))
        }
        if line.count > 1 { svg.append("<polyline class=\"trace\" points=\"\(line.joined(separator: " "))\"/>") }
        svg += dots

        let ratings = item.attempts.map(\.rating.rawValue)
        let description = "\(item.count) attempt\(item.count == 1 ? "" : "s") from \(day(item.attempts.first?.startedAt ?? "")) to \(day(item.attempts.last?.startedAt ?? "")), oldest first: \(ratings.suffix(maxTableRows).joined(separator: ", "))\(ratings.count > maxTableRows ? " (the latest \(maxTableRows))" : ""). Latest \(item.latest?.rawValue ?? "none"); trend \(item.trend?.rawValue ?? "too few to say")."
        card.append(plot(id: id, title: "\(item.principle.title): each interview's rating, oldest first", description: description,
                         height: 88, axisLabels: [("4", ratingY(4)), ("3", ratingY(3)), ("2", ratingY(2)), ("1", ratingY(1)), ("·", ratingY(nil))],
                         shapes: svg, report: report))

        let rows = item.attempts.suffix(maxTableRows).map { "<tr><td>\(escape(day($0.startedAt)))</td><td>\(escape($0.questionID))</td><td class=\"rating \($0.rating.rawValue)\">\($0.rating.rawValue)</td></tr>" }
        card.append(table(summary: item.attempts.count > maxTableRows ? "The latest \(maxTableRows) of \(item.attempts.count) attempts" : "The attempts",
                          head: ["Day", "Question", "Rating"], rows: rows))
        card.append("</figure>")
        return card.joined(separator: "\n")
    }

    // MARK: - Recurring gaps

    private static func gapsSection(_ report: ProgressReport, axis: InterviewAxis) -> String {
        var html = ["<section id=\"gaps\"><h2>Gaps that keep coming back</h2>"]
        if report.firstProbes.isEmpty {
            html.append("<p class=\"note\">No follow-up went after a gap yet.</p>")
        } else {
            html.append("<p class=\"legend\">The gap each question's first follow-up went after, most often first; a dot for each interview it came up in, oldest on the left, larger for more questions. The count is how many times in how many interviews, and in how many of the last \(min(ProgressReport.trendWindow, report.interviews)).</p>")
            html.append(gapChart(id: "first-probes", title: "The first follow-up's target, per interview", gaps: report.firstProbes, report: report, axis: axis))
        }
        html.append("<h3>Dodged in more than one interview</h3>")
        if report.dodgedRepeatedly.isEmpty {
            html.append("<p class=\"note\">No gap was dodged in more than one interview: when a follow-up was asked twice, it was answered.</p>")
        } else {
            html.append("<p class=\"legend\">Gaps a debrief recorded as dodged (asked twice and still not answered), in more than one interview.</p>")
            html.append(gapChart(id: "dodged", title: "Gaps dodged, per interview", gaps: report.dodgedRepeatedly, report: report, axis: axis))
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    private static let gapRowHeight = 30

    private static func gapChart(id: String, title: String, gaps: [ProgressReport.GapCount], report: ProgressReport, axis: InterviewAxis) -> String {
        let height = gaps.count * gapRowHeight
        var shapes: [String] = []
        var columnCounts: [[Int: Int]] = []
        for gap in gaps {
            var counts: [Int: Int] = [:]
            for occurrence in gap.timeline { counts[axis.column(of: occurrence.interview), default: 0] += occurrence.count }
            columnCounts.append(counts)
        }
        let largest = max(1, columnCounts.flatMap(\.values).max() ?? 1)
        for (row, counts) in columnCounts.enumerated() {
            let y = Double(row * gapRowHeight) + Double(gapRowHeight) / 2
            shapes.append("<line class=\"grid\" x1=\"0\" y1=\"\(number(y))\" x2=\"1000\" y2=\"\(number(y))\"/>")
            for column in counts.keys.sorted() {
                let share = (Double(counts[column] ?? 0) / Double(largest)).squareRoot()
                shapes.append(dot(x: axis.x(ofColumn: column), y: y, width: max(axis.dotWidth * 0.6, axis.dotWidth * share), class: "dot gap"))
            }
        }
        let labels = gaps.enumerated().map { row, gap in
            "<div class=\"gap-label\" style=\"grid-row:\(row + 1)\">\(escape(gap.gap.id))</div><div class=\"gap-count\" style=\"grid-row:\(row + 1)\">\(gap.count)× in \(gap.interviews)</div>"
        }
        let description = gaps.map { "\($0.gap.id): \($0.count) time\($0.count == 1 ? "" : "s") in \($0.interviews) interview\($0.interviews == 1 ? "" : "s"), \($0.recentInterviews) of the last \(min(ProgressReport.trendWindow, report.interviews)), last on \(day($0.lastSeen))" }.joined(separator: "; ") + "."
        var html = ["<figure class=\"gaps\" aria-labelledby=\"\(id)-caption\">"]
        html.append("<figcaption id=\"\(id)-caption\" class=\"hidden-caption\">\(escape(title))</figcaption>")
        html.append("<div class=\"gap-grid\" style=\"grid-template-rows:repeat(\(gaps.count),\(gapRowHeight)px) auto\">")
        html += labels
        html.append("<div class=\"gap-plot\" style=\"grid-row:1 / span \(gaps.count);height:\(height)px\">")
        html.append(svg(id: id, title: title, description: description, viewHeight: height, shapes: shapes))
        html.append("</div>")
        html.append(xAxis(report, row: gaps.count + 1))
        html.append("</div>")
        let rows = gaps.map { "<tr><td>\(escape($0.gap.id))</td><td>\($0.count)</td><td>\($0.interviews)</td><td>\($0.recentInterviews)</td><td>\(escape(day($0.lastSeen)))</td></tr>" }
        html.append(table(summary: "As a table", head: ["Gap", "Times", "Interviews", "Of the last \(min(ProgressReport.trendWindow, report.interviews))", "Last seen"], rows: rows))
        html.append("</figure>")
        return html.joined(separator: "\n")
    }

    // MARK: - Time per answer

    private static func timeSection(_ report: ProgressReport, axis: InterviewAxis) -> String {
        let timing = report.timing
        var html = ["<section id=\"time\"><h2>Time per answer</h2>"]
        guard !timing.perInterview.isEmpty else {
            html.append("<p class=\"note\">No answer has been timed yet.</p></section>")
            return html.joined(separator: "\n")
        }
        html.append("<p class=\"legend\">A bar for each interview's mean time per answer\(axis.grouped ? " (each column up to \(axis.perColumn) interviews)" : ""), oldest on the left; <span class=\"key long\">a red dot</span> for the longest answer there that ran past its soft limit, and <span class=\"key limit\">a dashed line</span> at each soft limit that was passed. Median answer: \(timing.medianSeconds.map(DurationText.spoken) ?? "none").</p>")

        var means: [Int: (total: Double, answers: Int)] = [:]
        for item in timing.perInterview {
            let column = axis.column(of: item.interview)
            let sofar = means[column] ?? (0, 0)
            means[column] = (sofar.total + finite(item.meanSeconds) * Double(item.answers), sofar.answers + item.answers)
        }
        var longest: [Int: Double] = [:]
        for answer in timing.pastSoftLimit {
            let column = axis.column(of: answer.interview)
            longest[column] = max(longest[column] ?? 0, finite(answer.seconds))
        }
        let limits = Set(timing.pastSoftLimit.map { finite($0.limitSeconds) }).sorted()
        let meanValues = means.values.map { $0.answers > 0 ? $0.total / Double($0.answers) : 0 }
        let scale = TimeScale(largest: (meanValues + Array(longest.values) + limits).max() ?? 0)
        let height = 100.0
        func y(_ seconds: Double) -> Double { height - min(1, max(0, seconds / scale.top)) * (height - 4) }

        var shapes: [String] = []
        for tick in scale.ticks { shapes.append("<line class=\"grid\" x1=\"0\" y1=\"\(number(y(tick)))\" x2=\"1000\" y2=\"\(number(y(tick)))\"/>") }
        shapes.append("<line class=\"baseline\" x1=\"0\" y1=\"\(number(height))\" x2=\"1000\" y2=\"\(number(height))\"/>")
        let barWidth = max(1, 1000 / Double(axis.columns) * 0.6)
        for column in means.keys.sorted() {
            guard let entry = means[column], entry.answers > 0 else { continue }
            let top = y(entry.total / Double(entry.answers))
            shapes.append("<rect class=\"bar\" x=\"\(number(axis.x(ofColumn: column) - barWidth / 2))\" y=\"\(number(top))\" width=\"\(number(barWidth))\" height=\"\(number(height - top))\"/>")
        }
        for limit in limits { shapes.append("<line class=\"limit\" x1=\"0\" y1=\"\(number(y(limit)))\" x2=\"1000\" y2=\"\(number(y(limit)))\"/>") }
        for column in longest.keys.sorted() { shapes.append(dot(x: axis.x(ofColumn: column), y: y(longest[column] ?? 0), width: axis.dotWidth, class: "dot long")) }

        let recent = timing.perInterview.suffix(ProgressReport.trendWindow).map { DurationText.spoken($0.meanSeconds) }.joined(separator: ", ")
        let description = "\(timing.answers) answer\(timing.answers == 1 ? "" : "s") in \(timing.perInterview.count) interview\(timing.perInterview.count == 1 ? "" : "s"); median \(timing.medianSeconds.map(DurationText.spoken) ?? "none"); mean per interview, latest last: \(recent). \(timing.pastSoftLimit.count) answer\(timing.pastSoftLimit.count == 1 ? "" : "s") ran past the soft limit."
        html.append("<figure class=\"time\" aria-labelledby=\"time-caption\">")
        html.append("<figcaption id=\"time-caption\" class=\"hidden-caption\">Time per answer, per interview</figcaption>")
        html.append(plot(id: "time", title: "Mean time per answer in each interview, oldest first, and the answers past the soft limit", description: description,
                         height: 176, viewHeight: height, axisLabels: scale.ticks.map { (scale.label($0), y($0)) }, shapes: shapes, report: report))
        let rows = timing.perInterview.suffix(maxTableRows).map { item -> String in
            let long = timing.pastSoftLimit.filter { $0.interview == item.interview }.count
            return "<tr><td>\(escape(day(item.startedAt)))</td><td>\(item.answers)</td><td>\(escape(DurationText.spoken(item.meanSeconds)))</td><td>\(long)</td></tr>"
        }
        html.append(table(summary: timing.perInterview.count > maxTableRows ? "The latest \(maxTableRows) of \(timing.perInterview.count) interviews as a table" : "As a table",
                          head: ["Day", "Answers", "Mean", "Past the limit"], rows: rows))
        html.append("</figure>")

        if timing.pastSoftLimit.isEmpty {
            html.append("<p>No answer ran past its soft limit.</p>")
        } else {
            let shown = timing.pastSoftLimit.suffix(10)
            html.append("<h3>\(timing.pastSoftLimit.count) answer\(timing.pastSoftLimit.count == 1 ? "" : "s") ran past the soft limit\(shown.count < timing.pastSoftLimit.count ? ", the latest \(shown.count)" : "")</h3>")
            html.append("<table class=\"long\"><thead><tr><th>Day</th><th>Question</th><th>Time</th><th>Limit</th></tr></thead><tbody>")
            html += shown.map { "<tr><td>\(escape(day($0.startedAt)))</td><td>\(escape($0.questionID))</td><td class=\"over\">\(escape(DurationText.spoken($0.seconds)))</td><td>\(escape(DurationText.spoken($0.limitSeconds)))</td></tr>" }
            html.append("</tbody></table>")
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    /// Gridlines at round steps of time, and their labels. The scale stops at `ceiling`: a longer
    /// answer (a clock left running, a hand-edited file) is drawn at the top rather than flattening
    /// every other bar.
    private struct TimeScale {
        static let ceiling: Double = 4 * 3600
        var step: Double
        var top: Double

        init(largest: Double) {
            let value = min(max(largest, 1), Self.ceiling)
            let steps: [Double] = [15, 30, 60, 120, 300, 600, 900, 1800, 3600]
            step = steps.first { value / $0 <= 5 } ?? 3600
            top = max(step, (value / step).rounded(.up) * step)
        }

        var ticks: [Double] {
            let count = Int(min(10, (top / step).rounded()))
            return count < 1 ? [] : (1...count).map { Double($0) * step }
        }

        func label(_ seconds: Double) -> String {
            let whole = Int(seconds)
            return whole % 60 == 0 ? "\(whole / 60) min" : "\(whole) s"
        }
    }

    // MARK: - What to practise

    private static func neglectedSection(_ report: ProgressReport) -> String {
        var html = ["<section id=\"next\"><h2>Practise next</h2>"]
        html.append("<p class=\"legend\">The principles the track weighs most with fewer than \(ProgressReport.rarelyPractisedBelow) attempts on it, least practised first; <code>barraiser practice --next</code> chooses a round from them.</p>")
        html.append("<ul class=\"next\">")
        for item in report.neglected {
            let attempts = item.attempts == 0 ? "never practised" : "\(item.attempts) attempt\(item.attempts == 1 ? "" : "s")"
            let meter = "<svg class=\"meter\" viewBox=\"0 0 30 6\" aria-hidden=\"true\"><rect class=\"meter-track\" x=\"0\" y=\"0\" width=\"30\" height=\"6\"/><rect class=\"meter-fill\" x=\"0\" y=\"0\" width=\"\(min(item.attempts, ProgressReport.rarelyPractisedBelow) * 30 / ProgressReport.rarelyPractisedBelow)\" height=\"6\"/></svg>"
            html.append("<li><b>\(escape(item.principle.title))</b> <span class=\"facts\">\(item.track.rawValue) · \(meter) \(attempts)</span><code>barraiser practice --track \(item.track.rawValue) --principle \(item.principle.id)</code></li>")
        }
        html.append("</ul></section>")
        return html.joined(separator: "\n")
    }

    // MARK: - Drawing

    /// Where interviews go along a chart: one column each, or several in a row per column past `maxColumns`.
    private struct InterviewAxis {
        var interviews: Int
        var columns: Int

        init(interviews: Int) {
            self.interviews = interviews
            columns = max(1, min(interviews, ProgressPage.maxColumns))
        }

        var grouped: Bool { interviews > columns }
        var perColumn: Int { (interviews + columns - 1) / columns }

        func column(of interview: Int) -> Int {
            guard interviews > 0 else { return 0 }
            return min(columns - 1, max(0, interview * columns / interviews))
        }

        /// The column's middle, on a width of 1000.
        func x(ofColumn column: Int) -> Double { (Double(column) + 0.5) * 1000 / Double(columns) }

        /// A dot's width in screen pixels: smaller as the columns get narrower.
        var dotWidth: Double { min(11, max(4, 330 / Double(columns))) }
    }

    /// A chart stretched to the width of the page: the SVG's coordinates are 1000 wide and
    /// `viewHeight` high whatever the screen, and its strokes and dots keep their size in pixels
    /// (`non-scaling-stroke`), so the chart reads the same on a phone and a laptop while its labels
    /// are page text at the page's size.
    private static func plot(id: String, title: String, description: String, height: Int, viewHeight: Double = 100,
                             axisLabels: [(text: String, y: Double)], shapes: [String], report: ProgressReport) -> String {
        let labels = axisLabels.map { "<span style=\"top:\(number($0.y / viewHeight * 100))%\">\(escape($0.text))</span>" }.joined()
        return """
            <div class="plot"><div class="y-axis" aria-hidden="true" style="height:\(height)px">\(labels)</div><div class="area" style="height:\(height)px">\(svg(id: id, title: title, description: description, viewHeight: Int(viewHeight), shapes: shapes))</div></div>
            \(xAxis(report))
            """
    }

    private static func svg(id: String, title: String, description: String, viewHeight: Int, shapes: [String]) -> String {
        "<svg viewBox=\"0 0 1000 \(viewHeight)\" preserveAspectRatio=\"none\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\"><title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>\(shapes.joined())</svg>"
    }

    /// The first and last day under a chart; in the gap chart's grid, in its own `row`.
    private static func xAxis(_ report: ProgressReport, row: Int? = nil) -> String {
        let first = report.from.map(day) ?? ""
        let last = report.to.map(day) ?? ""
        let ends = first == last ? "<span class=\"only\">\(escape(first))</span>" : "<span>\(escape(first))</span><span>\(escape(last))</span>"
        let place = row.map { " style=\"grid-row:\($0)\"" } ?? ""
        return "<div class=\"x-axis\"\(place) aria-hidden=\"true\">\(ends)</div>"
    }

    /// A dot that stays round when the chart is stretched: a line of no length with round ends,
    /// its width in screen pixels.
    private static func dot(x: Double, y: Double, width: Double, class name: String) -> String {
        "<path class=\"\(name)\" d=\"M\(number(x)) \(number(y))h0\" style=\"stroke-width:\(number(width))px\"/>"
    }

    private static func table(summary: String, head: [String], rows: [String]) -> String {
        "<details><summary>\(escape(summary))</summary><table><thead><tr>\(head.map { "<th>\(escape($0))</th>" }.joined())</tr></thead><tbody>\(rows.joined())</tbody></table></details>"
    }

    /// A coordinate with at most one decimal; what a hand-edited file can hold (infinities, NaN)
    /// becomes 0 rather than breaking the drawing.
    static func number(_ value: Double) -> String {
        let tenths = (finite(value) * 10).rounded()
        guard abs(tenths) < 1e12 else { return "0" }
        let whole = Int(tenths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    private static func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }

    static func escape(_ text: String) -> String {
        HTMLExport.escape(text)
    }

    static let style = """
        :root{color-scheme:light}
        body{font:16px/1.5 -apple-system,system-ui,"Segoe UI",sans-serif;max-width:62rem;margin:2rem auto;padding:0 1.25rem;color:#1d2328;background:#fff}
        h1{font-size:1.9rem;margin:0}h2{font-size:1.3rem;margin:2.2rem 0 .4rem;border-bottom:1px solid #dde2e6;padding-bottom:.2rem}
        h3{font-size:1.05rem;margin:1.4rem 0 .3rem}
        .meta,.note,.legend,.facts,footer{color:#5b6670}.meta span{white-space:nowrap}.legend,.note{font-size:.92rem;margin:.3rem 0 .8rem}
        code{font:.88em ui-monospace,SFMono-Regular,Menlo,monospace;background:#f1f3f5;border-radius:3px;padding:0 .25em;overflow-wrap:anywhere}
        .tiles{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
        .tiles div{flex:1 1 auto;border:1px solid #dde2e6;border-radius:6px;padding:.45rem .7rem}.tiles dt{font-size:.8rem;color:#5b6670;white-space:nowrap}.tiles dd{margin:0;font-size:1.25rem;font-weight:600;white-space:nowrap}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem}
        figure{margin:0 0 1rem}.card{margin:0;border:1px solid #dde2e6;border-radius:6px;padding:.6rem .7rem .4rem}
        figcaption{margin-bottom:.35rem}figcaption b{display:block}.facts{font-size:.85rem}
        .hidden-caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        .plot{display:flex}.y-axis{position:relative;flex:0 0 2.6rem;font-size:.75rem;color:#5b6670}
        .y-axis span{position:absolute;right:.4rem;transform:translateY(-50%);white-space:nowrap}
        .area{flex:1;min-width:0;padding:0 6px}.area svg,.gap-plot svg{display:block;width:100%;height:100%;overflow:visible}
        .x-axis{display:flex;justify-content:space-between;font-size:.75rem;color:#5b6670;margin-top:.4rem}
        .plot + .x-axis{padding:0 6px 0 calc(2.6rem + 6px)}.gap-grid .x-axis{grid-column:2;margin-top:.1rem;padding:0 8px}.x-axis .only{margin:0 auto}
        .gap-grid{display:grid;grid-template-columns:minmax(8.5rem,max-content) 1fr auto;align-items:center}
        .gap-label{grid-column:1;font-weight:600;padding-right:.5rem;white-space:nowrap}
        .gap-count{grid-column:3;font-size:.85rem;color:#5b6670;text-align:right;white-space:nowrap;padding-left:.4rem}
        .gap-plot{grid-column:2;min-width:0;padding:0 8px}
        .grid{stroke:#e3e7ea;stroke-width:1px;vector-effect:non-scaling-stroke}
        .trace{fill:none;stroke:#8fa3b3;stroke-width:1.5px;vector-effect:non-scaling-stroke}
        .dot{fill:none;stroke-linecap:round;vector-effect:non-scaling-stroke}
        .dot.gap{stroke:#3d6e9e}.dot.long{stroke:#c62828}
        .bar{fill:#a9c2d6}.limit{stroke:#c62828;stroke-width:1.5px;stroke-dasharray:6 4;vector-effect:non-scaling-stroke}
        .strong-hire{color:#176a2b;stroke:#2e9e4f}.inclined{color:#3c7d3c;stroke:#6fbf73}.not-inclined{color:#a64b00;stroke:#ef9a4a}
        .strong-no-hire{color:#a11;stroke:#d9534f}.insufficient-evidence{color:#6b747c;stroke:#b8bec4}
        .key{white-space:nowrap}.key::before{content:"";display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.25em;vertical-align:-.05em;background:currentColor}
        .key.strong-hire::before{background:#2e9e4f}.key.inclined::before{background:#6fbf73}.key.not-inclined::before{background:#ef9a4a}
        .key.strong-no-hire::before{background:#d9534f}.key.insufficient-evidence::before{background:#b8bec4}
        .key.long::before{background:#c62828}.key.limit::before{border-radius:0;height:0;border-top:2px dashed #c62828;background:none;vertical-align:.25em}
        .trend.better{color:#176a2b;font-weight:600}.trend.worse{color:#a11;font-weight:600}
        table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #e3e7ea;padding:.3rem .4rem;vertical-align:top;text-align:left}
        th{font-weight:600;color:#3b454d}.over{color:#c62828;font-weight:600}
        details{margin-top:.4rem;font-size:.85rem}summary{cursor:pointer;color:#3d6e9e}
        .next{list-style:none;padding:0;margin:0}.next li{padding:.45rem 0;border-bottom:1px solid #e3e7ea}.next code{display:block;width:fit-content;margin-top:.2rem}
        .long td:not(:nth-child(2)){white-space:nowrap}.baseline{stroke:#8a959e;stroke-width:1px;vector-effect:non-scaling-stroke}
        .meter{width:2.2rem;height:.5rem;vertical-align:middle}.meter-track{fill:#e3e7ea}.meter-fill{fill:#3d6e9e}
        .empty{border:1px dashed #c3cad0;border-radius:6px;padding:.2rem 1rem 1rem;margin-top:1.5rem}.empty h2{border:0}
        footer{margin-top:2.5rem;font-size:.85rem;border-top:1px solid #dde2e6;padding-top:.5rem}.files{color:#a64b00}
        @media (max-width:40rem){
        body{margin:1rem auto;padding:0 .8rem;font-size:15px}h1{font-size:1.6rem}
        .cards{grid-template-columns:1fr}
        .gap-grid{grid-template-columns:max-content 1fr auto}.gap-label{font-size:.92rem}
        .tiles dd{font-size:1.1rem}
        }
        @page{margin:14mm}
        @media print{
        body{margin:0;max-width:none;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .cards{grid-template-columns:repeat(2,1fr)}.card,figure,tr,.tiles div{break-inside:avoid}h2,h3{break-after:avoid}
        details{display:none}summary{display:none}
        }
        """
}
