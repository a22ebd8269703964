import InterviewKit
import Testing

/// Aliases that would make loading a bank take exponential time are refused with FILE:LINE.
@Suite struct AliasGuardTests {
    /// Each level holds the one before twice; `levels` deep, it stands for 2^levels values.
    static func doublingAnchors(_ levels: Int) -> String {
        var yaml = "schemaVersion: 1\nl0: &l0 [x, x]\n"
        for level in 1..<levels { yaml += "l\(level): &l\(level) [*l\(level - 1), *l\(level - 1)]\n" }
        return yaml
    }

    @Test func anAliasAsAKeyIsRefusedWhereItIs() {
        let yaml = "schemaVersion: 1\nname: &a id\nquestions:\n  - ? *a\n    : my-story\n    text: \"Tell me.\"\n"
        let findings = BankParser.findings(in: yaml, source: "keys.yaml")
        #expect(findings.count == 1)
        #expect(findings.first?.line == 4 && findings.first?.column == 7)
        #expect(findings.first?.message.contains("alias (`*a`) cannot be a key") == true)
    }

    @Test func aListAsAKeyIsRefused() {
        let findings = BankParser.findings(in: "schemaVersion: 1\n? [a, b]\n: c\nquestions: []\n", source: "keys.yaml")
        #expect(findings.map(\.line) == [2])
        #expect(findings.first?.message.contains("cannot be a key") == true)
    }

    /// Without the guard, hashing this key to look for duplicates visits 2^40 nodes.
    @Test(.timeLimit(.minutes(1)))
    func aDeepAliasKeyIsRefusedAtOnce() {
        let yaml = Self.doublingAnchors(40) + "questions:\n  - ? *l39\n    : x\n"
        let findings = BankParser.findings(in: yaml, source: "bomb.yaml")
        #expect(findings.count == 1)
        #expect(findings.first.map { $0.line > 2 && $0.message.contains("expand to more than") } == true)
    }

    @Test func aliasesThatExpandTooFarAreRefusedAtTheLineThatCrossesTheLimit() {
        let yaml = Self.doublingAnchors(20) + "questions: []\n"
        let findings = BankParser.findings(in: yaml, source: "bomb.yaml")
        // Level n's two aliases stand for 2^(n+2) - 2 nodes; the total passes 10,000 at level 11, line 13.
        #expect(findings.map(\.line) == [13])
        #expect(findings.first?.message.contains("expand to more than 10000 values") == true)
    }

    @Test func aFewSharedFollowUpsStillLoad() throws {
        let yaml = """
            schemaVersion: 1
            questions:
              - id: first
                text: "Tell me about a launch."
                principles: [ownership]
                followUps: &shared ["What did it cost?", "Who disagreed?"]
              - id: second
                text: "Tell me about a cut."
                principles: [frugality]
                followUps: *shared
            """
        let document = try BankParser.parse(yaml, source: "shared.yaml")
        #expect(document.questions.map(\.followUps) == [["What did it cost?", "Who disagreed?"], ["What did it cost?", "Who disagreed?"]])
    }
}
