import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser.StoriesCommand {
    /// `barraiser stories new`: a stories file with the format explained and one example story.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "Write a stories file with an example story to replace (never overwrites one).")

        @OptionGroup var stories: StoryFileOptions

        func run() throws {
            let path = stories.resolvedFile
            do {
                try StoryFile.create(path, text: StoryTemplate.text)
            } catch {
                FileHandle.standardError.write(Data("barraiser: \(error.description)\n".utf8))
                throw ExitCode(1)
            }
            print("Wrote \(path) with an example story. Replace it with your own, then run `barraiser stories check`.")
        }
    }
}
