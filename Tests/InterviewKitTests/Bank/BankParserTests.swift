import BuiltInBank
import InterviewKit
import Testing

@Suite struct BankParserTests {
    static let good = """
        schemaVersion: 1
        questions:
          - id: my-story
            kind: behavioural
            rounds: [bar-raiser, hiring-manager]
            tracks: [pmm]
            levels: [L6, L7]
            principles: [think-big, earn-trust]
            text: "Tell me about a launch narrative you changed."
            hint: "The before and after."
            followUps: ["What did the data say?", "Who disagreed?"]
        """

    @Test func aGoodBankParses() throws {
        let document = try BankParser.parse(Self.good, source: "mine.yaml")
        let question = try #require(document.questions.first)
        #expect(question.id == "my-story" && question.tracks == [.pmm] && question.levels == [.l6, .l7])
        #expect(question.principles == [.thinkBig, .earnTrust] && question.rounds == [.barRaiser, .hiringManager])
        #expect(question.followUps.count == 2 && !document.replace)
    }

    /// Each mistake, the line and column it must point at, and words its message must contain.
    static let mistakes: [(name: String, yaml: String, line: Int, column: Int, mentions: String)] = [
        ("unknown principle", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n    principles: [dive-deeper]\n", 5, 18, "unknown principle `dive-deeper`"),
        ("unknown round", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n    rounds: [onsite]\n", 5, 14, "unknown round `onsite`"),
        ("duplicate id", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n  - id: a\n    text: \"y\"\n", 5, 9, "duplicate id `a` (first used on line 3)"),
        ("missing text", "schemaVersion: 1\nquestions:\n  - id: a\n    hint: \"x\"\n", 3, 5, "missing `text`"),
        ("empty text", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"\"\n", 4, 11, "`text` is empty"),
        ("wrong type", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n    tracks: pm\n", 5, 13, "`tracks` must be a list"),
        ("unknown key", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n    principle: [ownership]\n", 5, 5, "unknown key `principle`"),
        ("newer schema", "schemaVersion: 7\nquestions: []\n", 1, 16, "newer than this build reads"),
        ("bad level", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n    levels: [L9]\n", 5, 14, "unknown level `L9`"),
        ("case without parts", "schemaVersion: 1\nquestions:\n  - id: a\n    kind: case\n    text: \"x\"\n", 4, 11, "a case needs `parts:`"),
        ("yaml syntax", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"unclosed\n", 5, 1, "YAML syntax"),
        ("control character", "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"café \u{1B}[31m\"\n", 4, 17, "control character U+001B is not allowed"),
        ("control character after CRLF lines", "schemaVersion: 1\r\nquestions:\r\n  - id: a\u{07}\r\n", 3, 10, "control character U+0007"),
    ]

    @Test(arguments: mistakes.indices)
    func eachMistakeIsReportedAtItsLine(_ index: Int) {
        let mistake = Self.mistakes[index]
        let findings = BankParser.findings(in: mistake.yaml, source: "bank.yaml")
        let finding = findings.first
        #expect(finding?.line == mistake.line, "\(mistake.name): \(findings)")
        #expect(finding?.column == mistake.column, "\(mistake.name): \(findings)")
        #expect(finding?.message.contains(mistake.mentions) == true, "\(mistake.name): \(findings)")
        #expect(finding?.description.hasPrefix("bank.yaml:\(mistake.line):") == true)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let yaml = "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n    principles: [nope]\n  - id: a\n    rounds: [onsite]\n"
        let lines = BankParser.findings(in: yaml, source: "b.yaml").map(\.line)
        #expect(lines == [5, 6, 6, 7] || Set(lines) == [5, 6, 7], "\(lines)")
        #expect(lines.count >= 3)
    }

    @Test func replaceDropsEarlierBanksAndIdsOverride() throws {
        let builtIn = BankDocument(source: "a", questions: [Fixtures.story, Fixtures.story2])
        let override = BankDocument(source: "b", questions: [Question(id: "story-1", text: "Mine", principles: [.ownership])])
        #expect(QuestionBank(documents: [builtIn, override]).question(id: "story-1")?.text == "Mine")
        #expect(QuestionBank(documents: [builtIn, override]).questions.count == 2)
        let replacing = BankDocument(source: "c", replace: true, questions: [Fixtures.screen])
        #expect(QuestionBank(documents: [builtIn, replacing]).questions.map(\.id) == ["screen-1"])
    }
}

/// The bank that ships with the tool: valid, and as rich as the product promises.
@Suite struct BuiltInBankTests {
    static let bank: BankDocument? = BuiltInBank.yamlText().flatMap { try? BankParser.parse($0, source: BuiltInBank.sourceName) }

    @Test func itHasNoFindings() throws {
        let text = try #require(BuiltInBank.yamlText())
        #expect(BankParser.findings(in: text, source: BuiltInBank.sourceName) == [])
    }

    @Test(arguments: Principle.allCases)
    func everyPrincipleHasFourBarRaiserQuestionsWithHintsAndFollowUps(_ principle: Principle) throws {
        let questions = try #require(Self.bank).questions.filter { $0.kind == .behavioural && $0.rounds.contains(.barRaiser) && $0.principles.first == principle }
        #expect(questions.count >= 4)
        #expect(questions.allSatisfy { !$0.hint.isEmpty && $0.followUps.count >= 2 })
        #expect(questions.contains { $0.levels == [.l6, .l7] }, "a wider-scope question for senior levels")
    }

    @Test func casesScreensAndManagerQuestionsAreThere() throws {
        let questions = try #require(Self.bank).questions
        let pmCases = questions.filter { $0.kind == .case && $0.tracks == [.pm] }
        let pmmCases = questions.filter { $0.kind == .case && $0.tracks == [.pmm] }
        #expect(pmCases.count >= 8 && pmmCases.count >= 8)
        #expect(pmCases.allSatisfy { $0.parts.compactMap(\.gap) == [.hypothesis, .prioritization, .successMetric, .experiment, .prioritization, .constraints] })
        #expect(pmmCases.allSatisfy { $0.parts.compactMap(\.gap) == [.segment, .positioning, .pricing, .promotion, .distribution, .measurableGoal] })
        #expect(questions.filter { $0.rounds.contains(.screen) }.count >= 10)
        #expect(questions.filter { $0.rounds.contains(.hiringManager) }.count >= 10)
    }
}
