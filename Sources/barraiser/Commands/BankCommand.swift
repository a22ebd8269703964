import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Looks at and checks question banks.
    struct BankCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bank",
            abstract: "Check, list and show the questions in the banks.",
            subcommands: [Validate.self, List.self, Show.self]
        )
    }
}

extension BarRaiser.BankCommand {
    /// `barraiser bank validate FILE…`: every problem as FILE:LINE:COLUMN: message.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check bank files; every problem is printed as FILE:LINE:COLUMN: what to fix.")

        @Argument(help: "Bank files to check.")
        var files: [String]

        func run() throws {
            var problems = 0
            for file in files {
                guard let text = BankFiles.readText(file) else {
                    print("\(SafeText.forTerminal(file)):1:1: cannot read this file; check the path and its permissions")
                    problems += 1
                    continue
                }
                let findings = BankParser.findings(in: text, source: file)
                findings.forEach { print(SafeText.forTerminal($0.description)) }
                problems += findings.count
                if findings.isEmpty, let document = try? BankParser.parse(text, source: file) {
                    print("\(SafeText.forTerminal(file)): OK, \(document.questions.count) question\(document.questions.count == 1 ? "" : "s")\(document.replace ? " (replaces the built-in bank)" : "")")
                }
            }
            if problems > 0 { throw ExitCode(1) }
        }
    }

    /// `barraiser bank list`: the questions available, filtered.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the questions in the built-in and your banks.")

        @Option(help: "Only questions for this track.") var track: Track?
        @Option(help: "Only questions for this round.") var round: RoundKind?
        @Option(help: "Only questions testing this principle.") var principle: Principle?
        @Option(help: "Only questions for this level.") var level: Level?
        @OptionGroup var bank: BankOptions

        func run() throws {
            let bank = try self.bank.load(renderer: Renderer(style: TextStyle(noColorFlag: true, environment: [:])))
            let questions = bank.questions.filter { question in
                (track.map { question.tracks.contains($0) } ?? true)
                    && (round.map { question.rounds.contains($0) } ?? true)
                    && (principle.map { question.principles.contains($0) } ?? true)
                    && (level.map { question.levels.contains($0) } ?? true)
            }
            for question in questions {
                let rounds = question.rounds.map(\.rawValue).joined(separator: ",")
                let tracks = question.tracks.map(\.rawValue).joined(separator: ",")
                let principles = question.principles.map(\.rawValue).joined(separator: ",")
                // Ids and texts come from the user's bank files.
                print("\(SafeText.forTerminal(question.id))\t\(rounds)\t\(tracks)\t\(principles.isEmpty ? "-" : principles)\t\(SafeText.forTerminal(question.text))")
            }
            Renderer.writeToStandardError("\(questions.count) question\(questions.count == 1 ? "" : "s")\n")
        }
    }

    /// `barraiser bank show ID`: one question in full.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one question in full: text, hint, follow-ups and parts.")

        @Argument(help: "The question's id (see `barraiser bank list`).") var id: String
        @OptionGroup var bank: BankOptions

        func run() throws {
            let bank = try self.bank.load(renderer: Renderer(style: TextStyle(noColorFlag: true, environment: [:])))
            guard let question = bank.question(id: id) else {
                Renderer.writeToStandardError("barraiser: no question with id `\(SafeText.forTerminal(id))`; see `barraiser bank list`\n")
                throw ExitCode(1)
            }
            // Everything but the fixed vocabulary (rounds, tracks, levels, principles) comes from a bank file.
            let safe = SafeText.forTerminal
            print("\(safe(question.id)) (\(question.kind.rawValue))")
            print("rounds: \(question.rounds.map(\.rawValue).joined(separator: ", "))")
            print("tracks: \(question.tracks.map(\.rawValue).joined(separator: ", "))  levels: \(question.levels.map(\.rawValue).joined(separator: ", "))")
            if !question.principles.isEmpty { print("principles: \(question.principles.map(\.rawValue).joined(separator: ", "))") }
            print("\n\(safe(question.text))")
            if !question.hint.isEmpty { print("\nhint: \(safe(question.hint))") }
            if !question.followUps.isEmpty {
                print("\nfollow-ups:")
                question.followUps.forEach { print("  - \(safe($0))") }
            }
            for (index, part) in question.parts.enumerated() {
                print("\npart \(index + 1) \(safe(part.id))\(part.gap.map { " [\($0.id)]" } ?? ""): \(safe(part.prompt))")
                if !part.expects.isEmpty { print("  expects: \(safe(part.expects))") }
            }
        }
    }
}
