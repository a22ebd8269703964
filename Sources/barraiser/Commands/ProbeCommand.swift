import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// The follow-up engine without the REPL: reads one answer, prints the probe a bar raiser would ask.
    struct ProbeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "probe",
            abstract: "Print the follow-up a bar raiser would ask after an answer (read from standard input).",
            discussion: "Chain probes by hand with --history: the probe is chosen in the context of that transcript's last question."
        )

        @Option(help: "The question, as asked. Its principles are inferred from the wording when it is not in the bank.")
        var question: String?

        @Option(name: .customLong("question-id"), help: "A question from the bank, by id.")
        var questionID: String?

        @Option(name: .customLong("answer-file"), help: "Read the answer from this file instead of standard input.")
        var answerFile: String?

        @Option(help: "A transcript so far: the answer is read as the next reply in its last question's story.")
        var history: String?

        @Option(help: "Track: pm or pmm.")
        var track: Track = .pm

        @Option(help: "Round: screen, hiring-manager, functional or bar-raiser.")
        var round: RoundKind = .barRaiser

        @Option(help: "Level: L4 to L7.")
        var level: Level = .l5

        @Option(help: "Follow-ups allowed on this question, counting those in --history.")
        var depth: Int = 3

        @OptionGroup var bank: BankOptions

        @Flag(help: "Print one JSON object: probe, gaps, signals, rating, score.")
        var json = false

        func validate() throws {
            if question != nil && questionID != nil { throw ValidationError("give --question or --question-id, not both") }
            if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        }

        func run() throws {
            let renderer = Renderer(style: TextStyle(noColorFlag: true, environment: [:]))
            let answer: String
            if let answerFile {
                guard let data = FileManager.default.contents(atPath: answerFile) else {
                    renderer.error("\(answerFile): cannot read the answer file; check the path")
                    throw ExitCode(1)
                }
                answer = String(decoding: data, as: UTF8.self)
            } else {
                answer = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            }
            var story = TranscriptStory(records: [])
            if let history {
                guard let data = FileManager.default.contents(atPath: history) else {
                    renderer.error("\(history): cannot read the transcript; check the path")
                    throw ExitCode(1)
                }
                do {
                    story = TranscriptStory(records: try TranscriptCodec.decode(String(decoding: data, as: UTF8.self)).records)
                } catch {
                    renderer.error("\(history): \(error)")
                    throw ExitCode(1)
                }
            }
            let resolved = try resolveQuestion(story: story, renderer: renderer)
            var chain = story.chain
            chain.answers.append(answer.trimmingCharacters(in: .whitespacesAndNewlines))
            let context = FollowUpContext(
                question: resolved, round: story.question?.round ?? round, track: story.header?.track ?? track,
                level: story.header?.level ?? level, maxDepth: depth, earlierAnswers: RecentAnswers(story.earlierAnswers))
            var generator = SeededGenerator(seed: UInt64(chain.answers.count))
            let judgement = AnswerJudge.judge(chain, in: context, using: &generator)
            let decision = judgement.decision
            if json {
                print(try JudgementJSON.line(JudgementJSON.object(judgement, context: context)))
            } else if let probe = decision.probe {
                print(probe.text)
            } else {
                print("(no follow-up: the story holds up; move to the next question)")
            }
        }

        /// The question from the flags, the bank, or the transcript's last question.
        func resolveQuestion(story: TranscriptStory, renderer: Renderer) throws -> Question {
            let idToFind = questionID ?? (question == nil ? story.question?.questionID : nil)
            if let idToFind {
                let bank = try self.bank.load(renderer: renderer)
                if let found = bank.question(id: idToFind) { return found }
                if questionID != nil {
                    renderer.error("no question with id `\(idToFind)` in the bank; see `barraiser bank list`")
                    throw ExitCode(1)
                }
            }
            let text = question ?? story.question?.text ?? "Tell me about a time you made a difference."
            let principles = story.question?.principles.nonEmpty ?? PrincipleInference.principles(for: text)
            let kind: QuestionKind = round == .functional ? .case : round == .screen ? .screen : .behavioural
            return Question(id: "custom", kind: kind, text: text, principles: principles, rounds: [round], tracks: [track])
        }
    }
}

extension Array {
    var nonEmpty: Self? { isEmpty ? nil : self }
}
