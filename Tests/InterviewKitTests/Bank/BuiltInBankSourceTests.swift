import BuiltInBank
import Foundation
import InterviewKit
import Testing

/// The built-in bank is compiled in from Swift generated out of its YAML, so that start-up parses
/// nothing. These tests fail when the two disagree; `scripts/generate-bank` rewrites the Swift
/// (through `BARRAISER_REGENERATE_BANK=1`) after the YAML changes.
@Suite struct BuiltInBankSourceTests {
    static let swiftURL = BuiltInBank.sourceFolder.appendingPathComponent("BuiltInQuestions.swift")

    @Test func theCompiledQuestionsAreTheYAMLs() throws {
        let document = try BankParser.parse(try #require(BuiltInBank.yamlText()), source: BuiltInBank.sourceName)
        #expect(!document.replace)
        #expect(BuiltInBank.questions.count == document.questions.count)
        for (compiled, parsed) in zip(BuiltInBank.questions, document.questions) {
            #expect(compiled == parsed, "\(parsed.id) differs; run scripts/generate-bank")
        }
    }

    @Test func theGeneratedSourceIsCurrent() throws {
        let document = try BankParser.parse(try #require(BuiltInBank.yamlText()), source: BuiltInBank.sourceName)
        let source = BuiltInBankSource.render(document.questions)
        if ProcessInfo.processInfo.environment["BARRAISER_REGENERATE_BANK"] == "1" {
            try source.write(to: Self.swiftURL, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.swiftURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let expected = source.split(separator: "\n", omittingEmptySubsequences: false)
        let sameLines = zip(committed, expected).prefix { $0 == $1 }.count
        if sameLines < max(committed.count, expected.count) {
            Issue.record("Sources/BuiltInBank/BuiltInQuestions.swift is stale from line \(sameLines + 1); run scripts/generate-bank")
        }
    }

    @Test func literalsKeepEveryCharacter() {
        #expect(BuiltInBankSource.literal("a \"b\" \\(c)\n\td\u{7}é😀\u{2028}") == #""a \"b\" \\(c)\n\td\u{7}é😀\u{2028}""#)
    }
}

extension BuiltInBank {
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/BuiltInBank")

    /// The YAML the compiled bank is generated from, read from the checkout: the tests that check
    /// the bank's content and validity read this, and the tests above hold the compiled copy to it.
    static func yamlText() -> String? {
        try? String(contentsOf: sourceFolder.appendingPathComponent("Resources/builtin-bank.yaml"), encoding: .utf8)
    }
}

/// Writes questions as Swift source: every enum case by name and every argument labelled, so the
/// compiler checks the cases and infers no types across the long literal.
enum BuiltInBankSource {
    static func render(_ questions: [Question]) -> String {
        var out = """
            // Generated from Resources/builtin-bank.yaml by scripts/generate-bank. Do not edit: change the
            // YAML and run the script; BuiltInBankSourceTests fails while the two disagree.
            import InterviewKit

            extension BuiltInBank {
                /// The built-in questions, in the YAML's order.
                public static let questions: [Question] = [

            """
        for question in questions {
            out += "        Question(\n"
            out += "            id: \(literal(question.id)),\n"
            out += "            kind: \(caseName(question.kind)),\n"
            out += "            text: \(literal(question.text)),\n"
            out += "            principles: \(list(question.principles.map(caseName))),\n"
            out += "            rounds: \(list(question.rounds.map(caseName))),\n"
            out += "            tracks: \(list(question.tracks.map(caseName))),\n"
            out += "            levels: \(list(question.levels.map(caseName))),\n"
            out += "            hint: \(literal(question.hint)),\n"
            out += "            followUps: \(list(question.followUps.map(literal))),\n"
            if question.parts.isEmpty {
                out += "            parts: []\n"
            } else {
                out += "            parts: [\n"
                for part in question.parts {
                    let gap = part.gap.map(caseName) ?? "nil"
                    out += "                CasePart(id: \(literal(part.id)), prompt: \(literal(part.prompt)), expects: \(literal(part.expects)), gap: \(gap)),\n"
                }
                out += "            ]\n"
            }
            out += "        ),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// `Type.case`, with backticks where the case is a keyword (`QuestionKind.case`).
    static func caseName<E>(_ value: E) -> String {
        let name = String(describing: value)
        let keywords: Set<String> = ["case", "default", "class", "struct", "enum", "func", "let", "var", "in", "is", "as", "self"]
        return "\(E.self).\(keywords.contains(name) ? "`\(name)`" : name)"
    }

    static func list(_ items: [String]) -> String { "[\(items.joined(separator: ", "))]" }

    /// A Swift string literal: quotes, backslashes and every control or separator character escaped.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
