import ArgumentParser
import Foundation
import InterviewKit
import LineEditing
#if canImport(Glibc)
import Glibc
#endif

extension BarRaiser {
    /// Steps through a saved interview turn by turn.
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: "Step through a saved interview: Enter or n next, p previous, j N jump, q quit.",
            discussion: "Not in a terminal, the whole interview is printed. --rescore shows, beside each answer, the follow-up asked then and the one today's engine would ask, and the ratings then and now; the file is never changed."
        )

        @OptionGroup var transcript: TranscriptArgument
        @Flag(help: "Compare with today's engine: follow-ups and ratings then and now.")
        var rescore = false
        @OptionGroup var bank: BankOptions
        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let renderer = output.renderer
            let (path, _, interview) = try transcript.interview(folder: transcripts.resolvedFolder, renderer: renderer)
            let printer = TranscriptPrinter(renderer: renderer)
            var comparisons: [Rescorer.QuestionComparison] = []
            if rescore {
                comparisons = Rescorer.rescore(interview, bank: try bank.load(renderer: renderer), workers: ProcessInfo.processInfo.activeProcessorCount)
            }
            let rescored = Self.probeComparisons(for: interview, from: comparisons)
            printer.header(interview, path: path)
            let steps = interview.steps
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, !steps.isEmpty,
                  let editor = LineEditor(programName: "barraiser", historyPath: nil, completions: []) else {
                printer.steps(steps, rescored: rescored, workers: ProcessInfo.processInfo.activeProcessorCount)
                printer.debriefs(interview)
                if rescore { printer.rescoreSummary(comparisons) }
                return
            }
            defer { editor.close() }
            var index = 0
            var shown: Int?
            while true {
                if shown != index {
                    printer.step(steps[index], number: index + 1, of: steps.count, rescored: rescored[index])
                    shown = index
                }
                let event = editor.readLine(prompt: renderer.style.dim("[\(index + 1)/\(steps.count)] Enter/n next · p previous · j N jump · q quit") + " › ")
                guard case .line(let line) = event else {
                    if case .terminated(let signal, _) = event { throw ExitCode(128 + signal) }
                    if event == .endOfInput { break } else { continue }
                }
                switch ReplayCommand.parse(line) {
                case .next:
                    if index + 1 < steps.count { index += 1 } else {
                        printer.debriefs(interview)
                        if rescore { printer.rescoreSummary(comparisons) }
                        return
                    }
                case .previous:
                    index = max(0, index - 1)
                    if index == shown { renderer.say(renderer.style.dim("(this is the first step)")) }
                case .jump(let target):
                    if (1...steps.count).contains(target) { index = target - 1; shown = nil } else {
                        renderer.say(renderer.style.warning("There are steps 1 to \(steps.count)."))
                    }
                case .quit:
                    return
                case .unknown:
                    renderer.say(renderer.style.dim("Enter or n: next · p: previous · j N: jump to step N · q: quit"))
                }
            }
        }

        /// For each step, the rescored follow-up after its answer, if there is one.
        static func probeComparisons(for interview: RecordedInterview, from comparisons: [Rescorer.QuestionComparison]) -> [Rescorer.ProbeComparison?] {
            var queues: [String: [Rescorer.ProbeComparison]] = [:]
            for comparison in comparisons { queues[comparison.round.rawValue + "/" + comparison.questionID, default: []] += comparison.probes }
            return interview.steps.map { step in
                let key = step.round.rawValue + "/" + step.questionID
                guard step.answer != nil, var queue = queues[key], !queue.isEmpty else { return nil }
                let first = queue.removeFirst()
                queues[key] = queue
                return first
            }
        }
    }
}

/// A key typed while replaying.
enum ReplayCommand: Equatable {
    case next, previous, jump(Int), quit, unknown

    static func parse(_ line: String) -> ReplayCommand {
        let words = line.lowercased().split(separator: " ")
        switch words.first {
        case nil, "n", "next": return .next
        case "p", "prev", "previous": return .previous
        case "q", "quit", "/quit": return .quit
        case "j", "jump": return words.count > 1 ? Int(words[1]).map(ReplayCommand.jump) ?? .unknown : .unknown
        default: return .unknown
        }
    }
}
