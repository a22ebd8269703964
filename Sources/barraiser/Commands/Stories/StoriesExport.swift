import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser.StoriesCommand {
    /// `barraiser stories export`: the stories on one page, for the night before the loop.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "A one-page summary of your stories: the principles they cover, and each story's rating, impact number and the people it needed.",
            discussion: "Markdown that reads well on GitHub, or one self-contained, printable HTML page (no scripts, nothing fetched)."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case markdown, html
        }

        @OptionGroup var stories: StoryFileOptions

        @Option(help: "markdown or html.")
        var format: Format = .markdown

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (0600) instead of standard output.", valueName: "path"))
        var output: String?

        @Option(help: "The role you are interviewing for: pm or pmm. Also the role of stories without a `Role:` line.")
        var track: Track = .pm

        @Option(help: "The level whose bar the stories are rated against: L4 to L7.")
        var level: Level = .l5

        func run() throws {
            let renderer = Renderer(style: TextStyle(noColorFlag: true, environment: [:]))
            if let output, OutputFile.isSameFile(output, as: stories.resolvedFile) {
                renderer.error("-o \(SafeText.forTerminal(output)) is the stories file being summarised; name another file")
                throw ExitCode(1)
            }
            let summary = StorySummary(stories: try stories.load(), track: track, level: level, bank: try stories.bank())
            let text = switch format {
            case .markdown: StoryMarkdownExport.render(summary)
            case .html: StoryHTMLExport.render(summary)
            }
            do {
                if let output {
                    try OutputFile.write(text, to: output)
                    Renderer.writeToStandardError("Wrote \(SafeText.forTerminal(output))\n")
                } else {
                    try OutputFile.writeToStandardOutput(text)
                }
            } catch {
                renderer.error(SafeText.forTerminal(error.description))
                throw ExitCode(1)
            }
        }
    }
}
