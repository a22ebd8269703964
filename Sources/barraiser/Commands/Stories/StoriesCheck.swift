import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser.StoriesCommand {
    /// `barraiser stories check`: each story read by the engine as an answer to the question that fits it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Rate each story as the answer to the bar-raiser question of its first principle.",
            discussion: "For each story: its rating, the gaps it leaves open, the follow-up it would get first (with the words behind it), and what would strengthen it most."
        )

        @OptionGroup var stories: StoryFileOptions

        @Option(help: "The role, for stories without a `Role:` line: pm or pmm.")
        var track: Track = .pm

        @Option(help: "The level whose bar the stories are rated against: L4 to L7.")
        var level: Level = .l5

        @OptionGroup var output: OutputOptions

        @Flag(help: "Print a JSON array: per story its title, principles, and the keys `probe --json` prints.")
        var json = false

        func run() throws {
            let found = try stories.load()
            let bank = try stories.bank()
            let reviews = found.map { StoryReviewer.review($0, track: track, level: level, bank: bank) }
            if json {
                print(try JudgementJSON.line(reviews.map(Self.object)))
            } else {
                let renderer = output.renderer
                for (index, review) in reviews.enumerated() { show(review, number: index + 1, renderer: renderer) }
                let strong = reviews.filter(\.isStrong).count
                renderer.say()
                renderer.say("\(reviews.count) stor\(reviews.count == 1 ? "y" : "ies"): \(strong) that stand\(strong == 1 ? "s" : "") up, \(reviews.count - strong) with gaps to close. `barraiser stories matrix` shows the principles they cover.")
            }
        }

        /// The object `probe --json` prints for the story, with its title and claimed principles.
        static func object(_ review: StoryReview) -> [String: Any] {
            var object = JudgementJSON.object(review.judgement, context: review.context)
            object["title"] = review.story.title
            object["line"] = review.story.line
            object["principles"] = review.principles.map(\.id)
            object["question"] = review.question.id
            object["advice"] = review.advice
            return object
        }

        func show(_ review: StoryReview, number: Int, renderer: Renderer) {
            let style = renderer.style
            let story = review.story
            renderer.say()
            renderer.say(style.bold("\(number). \(SafeText.forTerminal(story.title))") + style.dim("  (line \(story.line))"))
            let ids = review.principles.map(\.id).joined(separator: ", ")
            if review.principles.isEmpty {
                renderer.say("principles: none named, and none its words point at; add a `Principles:` line under the heading", indent: "   ")
            } else if review.principlesGuessed {
                renderer.say("principles: \(ids) " + style.dim("(guessed from its words; add a `Principles:` line to choose)"), indent: "   ")
            } else {
                renderer.say("principles: \(ids)", indent: "   ")
            }
            if story.isStretched {
                renderer.say(style.warning("stretched: ") + "claimed for \(story.principles.count) principles; a story that fits everything proves none. Keep the \(Story.principleLimit) it shows best.", indent: "   ")
            }
            renderer.say("asked as: " + style.dim("\(review.question.text) [\(review.question.id), \(review.track.rawValue)]"), indent: "   ")
            renderer.say("rating: " + renderer.paint(review.rating), indent: "   ")
            renderer.say("open gaps: " + (review.openGaps.isEmpty ? "none" : review.openGaps.map(\.id).joined(separator: ", ")), indent: "   ")
            if let probe = review.judgement.probe {
                renderer.say("first follow-up: " + style.accent(SafeText.forTerminal(probe.text)), indent: "   ")
                if let quote = probe.quote {
                    renderer.say(style.dim("behind it: “\(SafeText.forTerminal(quote))”"), indent: "     ")
                }
            }
            renderer.say("to strengthen it: " + review.advice, indent: "   ")
        }
    }
}
