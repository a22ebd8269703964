import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Writes a saved interview as Markdown, HTML or JSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a saved interview as Markdown, a self-contained HTML page, or one JSON document.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case markdown, html, json
        }

        @OptionGroup var transcript: TranscriptArgument
        @Option(help: "markdown, html or json.") var format: Format = .markdown
        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (0600, replaced only once the new text is on disk) instead of standard output.", valueName: "path"))
        var output: String?
        @OptionGroup var transcripts: TranscriptOptions

        func run() throws {
            let renderer = Renderer(style: TextStyle(noColorFlag: true, environment: [:]))
            let (path, records, interview) = try transcript.interview(folder: transcripts.resolvedFolder, renderer: renderer)
            if let output, OutputFile.isSameFile(output, as: path) {
                renderer.error("-o \(output) is the transcript being exported; name another file")
                throw ExitCode(1)
            }
            let text: String
            switch format {
            case .markdown: text = MarkdownExport.render(interview)
            case .html: text = HTMLExport.render(interview)
            case .json: text = JSONExport.render(records: records)
            }
            do {
                if let output {
                    try OutputFile.write(text, to: output)
                    Renderer.writeToStandardError("Wrote \(output)\n")
                } else {
                    try OutputFile.writeToStandardOutput(text)
                }
            } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
        }
    }
}
