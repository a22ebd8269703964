import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Lists saved transcripts, newest first.
    struct Transcripts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "transcripts", abstract: "List saved interviews, newest first.")

        @Flag(help: "Print the list as JSON.")
        var json = false

        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let renderer = output.renderer
            let (summaries, problems) = TranscriptFolder.list(transcripts.resolvedFolder)
            for problem in problems { renderer.error("skipped \(problem)") }
            if json {
                if summaries.isEmpty { renderer.error("no transcripts in \(transcripts.resolvedFolder)") }
                // `answered` is a number and `rating` null before any debrief, as a JSON reader expects.
                let rows = summaries.map { summary -> [String: Any] in
                    ["path": summary.path, "startedAt": summary.startedAt, "track": summary.track.rawValue,
                     "level": summary.level.rawValue, "mode": summary.mode.rawValue, "rounds": summary.rounds.map(\.rawValue).joined(separator: ","),
                     "answered": summary.answered, "rating": summary.rating?.rawValue ?? NSNull(), "status": summary.status]
                }
                let data = try JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys, .prettyPrinted])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            guard !summaries.isEmpty else {
                renderer.say("No transcripts in \(transcripts.resolvedFolder) yet. Start one with: barraiser practice")
                return
            }
            for (index, summary) in summaries.enumerated() {
                let rounds = summary.rounds.map(\.rawValue).joined(separator: "+")
                let rating = summary.rating.map(renderer.paint) ?? "-"
                renderer.say("\(index + 1). \(SafeText.forTerminal(summary.startedAt))  \(summary.track.rawValue) \(summary.level.rawValue)  \(rounds)  \(summary.mode.rawValue)  \(summary.answered) answered  \(rating)  \(summary.status)  \(SafeText.forTerminal(summary.path))")
            }
        }
    }
}
