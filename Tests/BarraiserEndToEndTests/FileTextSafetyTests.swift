import Foundation
import Testing

/// Text that comes from a file (a transcript someone sent, a bank downloaded from somewhere) never
/// reaches the terminal as escape sequences or control characters: each path shows them as symbols.
@Suite struct FileTextSafetyTests {
    /// Clears the screen and sets the window title when printed raw.
    static let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{07}"
    /// How `hostile` reads once made safe.
    static let shown = "␛[2J␛]0;pwned␇"

    static let review = ReviewCommandTests()

    /// `text` as a JSON string's contents, escapes written as `\u001b`.
    static func json(_ text: String) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: [text])
        return String(String(decoding: data, as: UTF8.self).dropFirst(2).dropLast(2))
    }

    static func noControls(_ output: String) -> Bool {
        !output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }
    }

    @Test("practice --from shows a recorded question's text, not in any bank, made safe")
    func practiceFromRecordedQuestion() throws {
        let sandbox = Sandbox()
        let text = try Self.review.fixtureText()
            .replacingOccurrences(of: #""questionID":"inv-removed-complexity","round":"bar-raiser","text":"Tell me"#,
                                  with: #""questionID":"my-own-question","round":"bar-raiser","text":"\#(Self.json(Self.hostile))Tell me"#)
        try #require(text.contains("my-own-question"))
        let path = try Self.review.write(text, named: "sent.jsonl", in: sandbox)
        let result = try runBarraiser(["practice", "--from", path, "--depth", "0", "--transcripts", sandbox.transcripts],
                                      stdin: ReviewCommandTests.story + "\n\n" + ReviewCommandTests.story + "\n\n", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Q2/2 \(Self.shown)Tell me"), "\(result.stdout)")
        #expect(Self.noControls(result.stdout))
    }

    @Test("export --format markdown escapes the start time and a case part's id")
    func markdownStartTimeAndPartID() throws {
        let sandbox = Sandbox()
        let text = try Self.review.fixtureText()
            .replacingOccurrences(of: #""startedAt":"2026-11-27T09:00:00Z""#, with: #""startedAt":"2026-11-27T09:00:00Z\#(Self.json(Self.hostile))<b>""#)
            .replacingOccurrences(of: #"{"principles":["invent-and-simplify"],"#, with: #"{"part":"seg\#(Self.json(Self.hostile))<i>","principles":["invent-and-simplify"],"#)
        try #require(text.contains(#""part":"seg"#))
        let path = try Self.review.write(text, named: "sent.jsonl", in: sandbox)
        let result = try runBarraiser(["export", path, "--format", "markdown"], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("started 2026-11-27T09:00:00Z\(Self.shown)&lt;b&gt; ·"), "\(result.stdout)")
        #expect(result.stdout.contains("part `seg\(Self.shown)&lt;i&gt;`"), "\(result.stdout)")
        #expect(Self.noControls(result.stdout))
    }

    @Test("resume's error about a question id that does not match shows the id made safe")
    func resumeMismatchedQuestionID() throws {
        let sandbox = Sandbox()
        let text = try Self.review.fixtureText()
            .replacingOccurrences(of: #""questionID":"inv-removed-complexity""#, with: #""questionID":"inv\#(Self.json(Self.hostile))""#)
        let path = try Self.review.write(text, named: "sent.jsonl", in: sandbox)
        let result = try runBarraiser(["resume", path], stdin: "", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr.contains("question inv\(Self.shown)"), "\(result.stderr)")
        #expect(Self.noControls(result.stderr.replacingOccurrences(of: "\n", with: " ")))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test("transcripts names a file it skips with its name made safe")
    func transcriptsWarningNamesAFile() throws {
        let sandbox = Sandbox()
        _ = try Self.review.write("not a transcript\n", named: "x\(Self.hostile).jsonl", in: sandbox)
        let result = try runBarraiser(["transcripts"], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("skipped \(sandbox.transcripts)/x\(Self.shown).jsonl:"), "\(result.stderr)")
        #expect(Self.noControls(result.stderr))
    }

    /// A bank whose texts (ids must be kebab-case) carry control characters written as YAML escapes (`\e`, `\a`), which
    /// YAML reads as the characters themselves.
    static let bank = #"""
        schemaVersion: 1
        replace: true
        questions:
          - id: big-bet
            rounds: [bar-raiser]
            principles: [think-big]
            text: "Tell me \e]0;pwned\a about a big bet."
            hint: "Say \e[2J what you bet."
            followUps: ["And \e[2J then?"]

        """#

    func writeBank(in sandbox: Sandbox) throws -> String {
        let path = sandbox.root + "/sent.yaml"
        try Self.bank.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("bank list and bank show print a bank's texts made safe")
    func bankListAndShow() throws {
        let sandbox = Sandbox()
        let path = try writeBank(in: sandbox)
        let listed = try runBarraiser(["bank", "list", "--bank", path], stdin: "", in: sandbox)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("big-bet\tbar-raiser\tpm,pmm\tthink-big\tTell me ␛]0;pwned␇ about a big bet."), "\(listed.stdout)")
        #expect(Self.noControls(listed.stdout))
        let shown = try runBarraiser(["bank", "show", "big-bet", "--bank", path], stdin: "", in: sandbox)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("hint: Say ␛[2J what you bet."), "\(shown.stdout)")
        #expect(shown.stdout.contains("  - And ␛[2J then?"), "\(shown.stdout)")
        #expect(Self.noControls(shown.stdout))
    }

    @Test("/hint and the question in practice show a bank's texts made safe")
    func hintInPractice() throws {
        let sandbox = Sandbox()
        let path = try writeBank(in: sandbox)
        let result = try runBarraiser(["practice", "--bank", path, "--questions", "1", "--depth", "0", "--seed", "1", "--transcripts", sandbox.transcripts],
                                      stdin: "/hint\n" + ReviewCommandTests.story + "\n\n", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hint: Say ␛[2J what you bet."), "\(result.stdout)")
        #expect(result.stdout.contains("Q1/1 Tell me ␛]0;pwned␇ about a big bet."), "\(result.stdout)")
        #expect(Self.noControls(result.stdout))
    }

    @Test("bank validate points at a raw control character, FILE:LINE:COLUMN, in one safe line")
    func validateARawControlCharacter() throws {
        let sandbox = Sandbox()
        let path = sandbox.root + "/raw.yaml"
        try "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"Tell me é \u{1B}[2J about it\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runBarraiser(["bank", "validate", path], stdin: "", in: sandbox)
        #expect(result.status == 1)
        // `    text: "Tell me é ` is 21 characters: the escape is the 22nd.
        #expect(result.stdout.hasPrefix("\(path):4:22: control character U+001B is not allowed"), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
        #expect(Self.noControls(result.stdout))
    }

    @Test("bank validate quotes a key from the file made safe")
    func validateQuotesAKeySafely() throws {
        let sandbox = Sandbox()
        let path = sandbox.root + "/keys.yaml"
        try "schemaVersion: 1\nquestions:\n  - id: a\n    text: \"x\"\n    \"hin\\e[2Jt\": \"y\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runBarraiser(["bank", "validate", path], stdin: "", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(path):5:5: unknown key `hin␛[2Jt`"), "\(result.stdout)")
        #expect(Self.noControls(result.stdout))
    }
}
