import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser.StoriesCommand {
    /// `barraiser stories matrix`: the sixteen principles against the stories, for one role.
    struct Matrix: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "matrix",
            abstract: "Show which principles your stories cover: strong, weak (gaps open) or missing.",
            discussion: "The principles the role weighs most come first. Each story counts for every principle it claims, checked against that principle's question."
        )

        @OptionGroup var stories: StoryFileOptions

        @Option(help: "The role you are interviewing for: pm or pmm. Also the role of stories without a `Role:` line.")
        var track: Track = .pm

        @Option(help: "The level whose bar the stories are rated against: L4 to L7.")
        var level: Level = .l5

        @OptionGroup var output: OutputOptions

        @Flag(help: "Print one JSON object: track, principles (id, stories, status), stretched.")
        var json = false

        func run() throws {
            let found = try stories.load()
            let matrix = StoryMatrix(stories: found, track: track, level: level, bank: try stories.bank())
            if json {
                print(try JudgementJSON.line(Self.object(matrix)))
            } else {
                show(matrix, storyCount: found.count, renderer: output.renderer)
            }
        }

        static func object(_ matrix: StoryMatrix) -> [String: Any] {
            [
                "track": matrix.track.rawValue,
                "principles": matrix.rows.map { row -> [String: Any] in
                    ["id": row.principle.id, "status": row.status.rawValue,
                     "stories": row.entries.map { ["title": $0.title, "rating": $0.rating.rawValue] }]
                },
                "stretched": matrix.stretched.map(\.title),
            ]
        }

        func show(_ matrix: StoryMatrix, storyCount: Int, renderer: Renderer) {
            let style = renderer.style
            renderer.say(style.bold("Your stories against the 16 principles") + " · \(matrix.track.title) (\(matrix.track.rawValue)) · \(level.rawValue) · \(storyCount) stor\(storyCount == 1 ? "y" : "ies")")
            renderer.say(style.dim("(* marks the principles a \(matrix.track.rawValue) loop weighs most)"))
            renderer.say()
            for row in matrix.rows {
                let mark = row.isEmphasised ? "* " : "  "
                let status: String
                switch row.status {
                case .strong: status = style.good("strong ")
                case .weak: status = style.warning("weak   ")
                case .missing: status = style.bad("missing")
                }
                let entries = row.entries.map { "\(SafeText.forTerminal($0.title)) (\($0.rating.rawValue))" }.joined(separator: "; ")
                renderer.say(mark + status + "  " + row.principle.title + (entries.isEmpty ? "" : ": " + entries))
            }
            renderer.say()
            if !matrix.missing.isEmpty {
                renderer.say("No story yet: " + matrix.missing.map(\.title).joined(separator: " · "))
            }
            if !matrix.weakOnly.isEmpty {
                renderer.say("Only weak stories: " + matrix.weakOnly.map(\.title).joined(separator: " · ") + " (`barraiser stories check` says what each lacks)")
            }
            for story in matrix.stretched {
                renderer.say(style.warning("Stretched: ") + "“\(SafeText.forTerminal(story.title))” is claimed for \(story.principles.count) principles; a story that fits everything proves none. Keep the \(Story.principleLimit) it shows best.")
            }
            for story in matrix.unplaced {
                renderer.say("Not counted: “\(SafeText.forTerminal(story.title))” names no principle, and its words point at none; add a `Principles:` line (line \(story.line)).")
            }
        }
    }
}
