import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Reads every saved interview together: what is improving, what keeps coming back, what to practise.
    struct ProgressCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "progress",
            abstract: "Show progress across saved interviews: ratings per principle, recurring gaps, time, what to practise next.")

        @Option(help: ArgumentHelp("Only interviews started on or after this day (YYYY-MM-DD, UTC) or time (ISO 8601).", valueName: "date"))
        var since: String?

        @Option(help: "Only interviews on this track: pm or pmm.")
        var track: Track?

        @Flag(help: "Print the progress as one JSON document.")
        var json = false

        @Flag(help: "Write the progress as one self-contained, printable HTML page with charts.")
        var html = false

        @Option(name: .shortAndLong, help: ArgumentHelp("With --html: write the page to this file (0600, replaced only once the new page is on disk); '-' or none for standard output.", valueName: "path"))
        var output: String?

        @Flag(help: "Skip corrupt lines instead of leaving the whole file out.")
        var lenient = false

        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var display: OutputOptions

        func validate() throws {
            if let since, since.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?Z)?/) == nil {
                throw ValidationError("--since takes a day as YYYY-MM-DD (or a UTC time as 2026-12-01T09:30:00Z), not '\(since)'")
            }
            if html && json { throw ValidationError("--html and --json each print the whole progress; choose one") }
            if output != nil && !html { throw ValidationError("-o writes the page --html makes; add --html") }
        }

        func run() throws {
            let renderer = display.renderer
            let folder = transcripts.resolvedFolder
            let history = TranscriptHistory.read(folder, lenient: lenient)
            let kinds = Dictionary(BankFiles.builtIn().questions.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
            let report = ProgressReport(interviews: history.interviews, filter: .init(since: since, track: track), questionKinds: kinds)
            if html {
                try writePage(ProgressPage.render(report, filter: .init(since: since, track: track), filesNote: history.problemsLine),
                              folder: folder, renderer: renderer)
            } else if json {
                print(try document(report, history: history))
            } else if report.interviews == 0 {
                let filtered = history.interviews.isEmpty ? "" : " matching " + ([since.map { "--since \($0)" }, track.map { "--track \($0.rawValue)" }].compactMap { $0 }.joined(separator: " "))
                renderer.say("No interviews\(filtered) in \(SafeText.forTerminal(folder)) yet. Start one with: barraiser practice")
            } else {
                show(report, renderer: renderer)
            }
            if let line = history.problemsLine { renderer.error(SafeText.forTerminal(line)) }
        }

        private func show(_ report: ProgressReport, renderer: Renderer) {
            let style = renderer.style
            let span = [report.from, report.to].compactMap { $0.map { String($0.prefix(10)) } }
            let days = span.first == span.last ? span.first ?? "" : span.joined(separator: " to ")
            renderer.say(style.bold("Progress") + " · \(report.interviews) interview\(report.interviews == 1 ? "" : "s"), \(report.answers) answers · \(SafeText.forTerminal(days))")
            if report.mocks > 0 {
                renderer.say("\(report.mocks) mock interview\(report.mocks == 1 ? "" : "s") (interviewer mode) counted apart: their answers are an interviewer's notes.")
            }

            renderer.say()
            renderer.say(style.bold("── Principles ──") + style.dim(" each answer's rating, oldest first (▁ strong-no-hire … ▇ strong-hire, · too little said)"))
            let width = report.principles.map(\.principle.title.count).max() ?? 0
            for item in report.principles {
                let title = item.principle.title.padding(toLength: width, withPad: " ", startingAt: 0)
                let trend = item.trend.map { trend -> String in
                    switch trend {
                    case .better: style.good("better")
                    case .same: "same"
                    case .worse: style.bad("worse")
                    }
                } ?? style.dim("too few to say")
                let latest = item.latest.map(renderer.paint) ?? "-"
                renderer.say("\(title)  \(item.count)×  \(item.sparkline)  latest \(latest)  \(trend)")
            }

            renderer.say()
            renderer.say(style.bold("── Gaps that keep coming back ──") + style.dim(" the first follow-up's target"))
            if report.firstProbes.isEmpty { renderer.say(style.dim("No follow-ups yet.")) }
            for gap in report.firstProbes.prefix(5) {
                renderer.say("\(gap.gap.id): \(gap.count) time\(gap.count == 1 ? "" : "s") in \(gap.interviews) interview\(gap.interviews == 1 ? "" : "s"), \(gap.recentInterviews) of the last \(min(ProgressReport.trendWindow, report.interviews))")
            }
            if !report.dodgedRepeatedly.isEmpty {
                renderer.say(style.warning("Dodged in more than one interview: ") + report.dodgedRepeatedly.map { "\($0.gap.id) (\($0.interviews))" }.joined(separator: ", "))
            }

            renderer.say()
            renderer.say(style.bold("── Time per answer ──"))
            if let median = report.timing.medianSeconds {
                let recent = report.timing.perInterview.suffix(ProgressReport.trendWindow).map { DurationText.spoken($0.meanSeconds) }
                renderer.say("Median \(DurationText.spoken(median)); mean per interview, latest last: " + recent.joined(separator: ", "))
            }
            if report.timing.pastSoftLimit.isEmpty {
                renderer.say("No answer ran past its soft limit.")
            } else {
                renderer.say("\(report.timing.pastSoftLimit.count) answer\(report.timing.pastSoftLimit.count == 1 ? "" : "s") ran past the soft limit:")
                for answer in report.timing.pastSoftLimit.suffix(5) {
                    renderer.say("\(SafeText.forTerminal(String(answer.startedAt.prefix(10)))) \(SafeText.forTerminal(answer.questionID)): \(DurationText.spoken(answer.seconds)) (limit \(DurationText.spoken(answer.limitSeconds)))", indent: "  ")
                }
            }

            if !report.neglected.isEmpty {
                renderer.say()
                renderer.say(style.bold("── Practise next ──") + style.dim(" what the track weighs most, least practised"))
                for item in report.neglected {
                    let count = item.attempts == 0 ? "never practised" : "\(item.attempts) attempt\(item.attempts == 1 ? "" : "s")"
                    renderer.say("\(item.principle.title) (\(item.track.rawValue)): \(count) · barraiser practice --track \(item.track.rawValue) --principle \(item.principle.id)")
                }
            }
        }

        /// The page to `-o`'s file, through a temporary one as `export -o` does, or to standard output.
        /// A transcript in the folder is never written over: it would be lost, and the page with it.
        private func writePage(_ page: String, folder: String, renderer: Renderer) throws {
            do {
                guard let output, output != "-" else { return try OutputFile.writeToStandardOutput(page) }
                let transcripts = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".jsonl") }
                if transcripts.contains(where: { OutputFile.isSameFile(output, as: folder + "/" + $0) }) {
                    renderer.error("-o \(SafeText.forTerminal(output)) is a transcript in \(SafeText.forTerminal(folder)); name another file")
                    throw ExitCode(1)
                }
                try OutputFile.write(page, to: output)
                Renderer.writeToStandardError("Wrote \(SafeText.forTerminal(output))\n")
            } catch let error as FileError {
                renderer.error(error.description)
                throw ExitCode(1)
            }
        }

        /// The report, the filter and the files, as one JSON document with sorted keys.
        private func document(_ report: ProgressReport, history: TranscriptHistory) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var object = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any] ?? [:]
            object["schemaVersion"] = 1
            object["filter"] = ["since": since ?? NSNull(), "track": track?.rawValue ?? NSNull()] as [String: Any]
            object["files"] = [
                "read": history.read,
                "skipped": history.skipped.map { ["file": $0.file, "line": $0.line ?? NSNull(), "problem": $0.problem] as [String: Any] },
                "cutShort": history.cutShort.map { ["file": $0.file, "line": $0.line] as [String: Any] },
                "skippedLines": history.skippedLines.map { ["file": $0.file, "lines": $0.lines] as [String: Any] },
                "unfinished": history.unfinished,
                "olderSchema": history.older,
            ] as [String: Any]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
    }
}
