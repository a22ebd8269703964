import Foundation
import Testing

/// `barraiser stories add`: a story written in conversation and appended, through pipes and a terminal.
@Suite struct StoriesAddTests {
    let sandbox = Sandbox()

    /// A file as people leave them: a BOM, CRLF lines, a comment, trailing spaces, no last line break.
    static let existingBytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("""
        # Prep\r
        <!-- keep me -->\r
        ## Refunds in a day   \r
        Principles: customer-obsession\r
        I cut refunds from nine days to one myself, for café owners. 😀\r
        \r
        ## Schools pricing\r
        I set the price for schools myself after forty interviews.
        """.utf8)

    static let parts = [
        "In 2022 I was the product manager for onboarding at a bookkeeping startup.\nHalf of new users never came back after day one.",
        "I read the session logs myself and rewrote the welcome emails.\nI chose to drop the video tour to ship in two weeks.",
        "Activation rose a lot.",
        "I would test fewer variants at once next time.",
    ]

    /// The lines a script types: title, principles, then each part and an empty reply to its follow-up, if any.
    /// An empty line ends a part; a second one passes on a follow-up, or is skipped over when there is none.
    static func script(title: String = "Onboarding emails", principles: String = "ownership, Dive Deep", parts: [String] = parts) -> String {
        "\(title)\n\(principles)\n" + parts.map { $0 + "\n\n\n" }.joined()
    }

    var storiesPath: String { sandbox.root + "/stories.md" }

    func writeExisting(_ bytes: [UInt8] = existingBytes) throws {
        try FileManager.default.createDirectory(atPath: sandbox.root, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: storiesPath))
    }

    func fileBytes() -> [UInt8] {
        FileManager.default.contents(atPath: storiesPath).map { [UInt8]($0) } ?? []
    }

    func add(_ stdin: String, _ arguments: [String] = []) throws -> PipeResult {
        try runBarraiser(["stories", "add", "--stories", storiesPath] + arguments, stdin: stdin, in: sandbox)
    }

    func checked() throws -> [[String: Any]] {
        let check = try runBarraiser(["stories", "check", "--json", "--stories", storiesPath], stdin: "", in: sandbox)
        #expect(check.status == 0, "\(check.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
    }

    @Test("the story is appended after the file's own bytes, which stay exactly as they were")
    func appendsByteForByte() throws {
        try writeExisting()
        let result = try add(Self.script())
        #expect(result.status == 0, "\(result.stderr)")
        let after = fileBytes()
        #expect(Array(after.prefix(Self.existingBytes.count)) == Self.existingBytes, "every byte already there is unchanged")
        let added = String(decoding: after.dropFirst(Self.existingBytes.count), as: UTF8.self)
        #expect(added.hasPrefix("\n\n## Onboarding emails\nPrinciples: ownership, dive-deep\n\n### Situation\n\(Self.parts[0])"), "\(added)")
        #expect(added.contains("### Action\n\(Self.parts[1])") && added.contains("### Learning\n\(Self.parts[3])\n"))

        let stories = try checked()
        #expect(stories.map { $0["title"] as? String } == ["Refunds in a day", "Schools pricing", "Onboarding emails"])
        #expect(stories.last?["principles"] as? [String] == ["ownership", "dive-deep"])
        #expect(result.stdout.contains("Added “Onboarding emails” to \(storiesPath) as story 3, line 10."))
        #expect(result.stdout.contains("barraiser stories drill 3"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("each part is asked in turn, and a follow-up from the engine comes after a part, quoting it")
    func followUpsAfterParts() throws {
        try writeExisting()
        let result = try add(Self.script())
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let asked = lines.filter { ["Title:", "Principles:", "Situation:", "Action:", "Result:", "Learning:"].contains(where: $0.hasPrefix) }
        #expect(asked.map { String($0.prefix { $0 != ":" }) } == ["Title", "Principles", "Situation", "Action", "Result", "Learning"])
        let followUps = lines.filter { $0.hasPrefix("↳ ") }
        #expect(!followUps.isEmpty, "a vague result leaves the engine something to ask")
        // The vague result is the one the engine presses on; a probe that quotes words quotes the story's own.
        for probe in followUps {
            guard let start = probe.range(of: "'"), let end = probe.range(of: "'", range: start.upperBound..<probe.endIndex) else { continue }
            let quote = probe[start.upperBound..<end.lowerBound].replacingOccurrences(of: "…", with: "")
            #expect(Self.parts.joined(separator: " ").contains(quote.replacingOccurrences(of: "’", with: "'")), "\(probe)")
        }
    }

    @Test("a reply to a follow-up goes into its part")
    func replyIsKept() throws {
        try writeExisting()
        // Result, then a reply on the line after the empty one that ends the part: it answers the follow-up.
        let script = "Onboarding emails\nownership\n" + Self.parts[0] + "\n\n\n" + Self.parts[1] + "\n\n\n"
            + "Activation rose a lot.\n\nFrom 22% to 30% in six weeks, against the quarter before.\n\n" + "/skip\n"
        let result = try add(script)
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: fileBytes(), as: UTF8.self)
        if result.stdout.contains("[result · follow-up]") || result.stdout.contains("Add to the result in reply") {
            #expect(text.contains("### Result\nActivation rose a lot.\nFrom 22% to 30% in six weeks, against the quarter before.\n"))
        } else {
            Issue.record("the engine asked nothing about a result with no number: \(result.stdout)")
        }
        #expect(!text.contains("### Learning"), "/skip leaves the part out")
    }

    @Test("no file yet: it is created, private, holding the story alone")
    func createsTheFile() throws {
        let result = try runBarraiser(["stories", "add"], stdin: Self.script(), in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: sandbox.storiesFile, encoding: .utf8)
        #expect(text.hasPrefix("## Onboarding emails\n"))
        #expect(permissions(of: sandbox.storiesFile) == 0o600)
        #expect(permissions(of: sandbox.dataHome + "/barraiser") == 0o700)
    }

    @Test("a title already in the file, or an unknown principle, is refused and asked again")
    func refusedEntriesAreAskedAgain() throws {
        try writeExisting()
        let script = "refunds in a DAY\nOnboarding emails\nownership, dive-deeper\nownership\n" + Self.parts.map { $0 + "\n\n\n" }.joined()
        let result = try add(script)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The story on line 3 already has this title"))
        #expect(result.stdout.contains("did you mean `dive-deep`"))
        #expect(try checked().last?["title"] as? String == "Onboarding emails")
    }

    @Test("input that ends before the story is done writes nothing: one line naming the file, exit 1")
    func inputEndsEarly() throws {
        try writeExisting()
        let result = try add("Onboarding emails\nownership\n" + Self.parts[0] + "\n\n")
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 1 && errors.first?.contains(storiesPath) == true && errors.first?.contains("nothing was written") == true, "\(result.stderr)")
        #expect(fileBytes() == Self.existingBytes)
    }

    @Test("/quit leaves without writing")
    func quitLeaves() throws {
        try writeExisting()
        let result = try add("Onboarding emails\n/quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Left without adding the story"))
        #expect(fileBytes() == Self.existingBytes)
    }

    @Test("a file with problems stops add before the first question, with FILE:LINE")
    func malformedFile() throws {
        try writeExisting(Array("## A\nPrinciples: dive-deeper\nI did it.\n".utf8))
        let result = try add(Self.script())
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(storiesPath):2: ") && !result.stdout.contains("Title:"))
        #expect(fileBytes() == Array("## A\nPrinciples: dive-deeper\nI did it.\n".utf8))
    }

    @Test("escape sequences typed into a title reach the file but not the terminal")
    func titleIsMadeSafe() throws {
        try writeExisting()
        let result = try add(Self.script(title: "Launch \u{1B}[2J day"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}") && result.stdout.contains("Launch ␛[2J day"))
    }

    // MARK: - In a terminal

    /// Waits for the prompt that follows a part: its follow-up, which gets `reply`, or else `next`.
    /// Returns whether there was a follow-up.
    @discardableResult
    func finishPart(_ session: TerminalSession, _ part: String, reply: String, next: String) throws -> Bool {
        let followUp = "[\(part) · follow-up] › "
        try session.waitFor("] › ", timeout: patience)
        if !session.screenTextSinceMark.contains(followUp) {
            try session.waitFor(next, timeout: patience)
        }
        try session.waitForRawMode(timeout: patience)
        guard session.screenTextSinceMark.contains(followUp) else { return false }
        #expect(session.screenTextSinceMark.contains("↳ "))
        if reply.isEmpty {
            try session.send(Key.enter, thenPrompt: next)
        } else {
            try session.send(reply + Key.enter, thenPrompt: Prompt.continuation)
            try session.send(Key.enter, thenPrompt: next)
        }
        return true
    }

    @Test("in a terminal: the line editor asks each step, non-ASCII text arrives whole, and the file's bytes stay")
    func inATerminal() throws {
        try writeExisting()
        let session = try startBarraiser(["stories", "add", "--stories", storiesPath], in: sandbox)
        try session.waitForPrompt("[title] › ")
        try session.send("Café 😀 launch in 中文" + Key.enter, thenPrompt: "[principles] › ")
        try session.send("ownership" + Key.enter, thenPrompt: "[situation] › ")
        try session.send(Self.parts[0].replacingOccurrences(of: "\n", with: " ") + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try finishPart(session, "situation", reply: "", next: "[action] › ")
        try session.send("We worked on it as a team and made it better." + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        let pressed = try finishPart(session, "action", reply: "I rewrote the emails myself.", next: "[result] › ")
        #expect(pressed, "an action told as the team's gets a follow-up")
        try session.send("Activation rose from 22% to 30% in six weeks." + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try finishPart(session, "result", reply: "", next: "[learning] › ")
        session.mark()
        session.send("/skip" + Key.enter)
        try session.waitFor("Added “Café 😀 launch in 中文”", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let after = fileBytes()
        #expect(Array(after.prefix(Self.existingBytes.count)) == Self.existingBytes)
        let added = String(decoding: after.dropFirst(Self.existingBytes.count), as: UTF8.self)
        #expect(added.hasPrefix("\n\n## Café 😀 launch in 中文\nPrinciples: ownership\n\n### Situation\n"), "\(added)")
        #expect(added.contains("### Action\nWe worked on it as a team and made it better.\nI rewrote the emails myself.\n"), "the reply joins its part")
        #expect(!added.contains("### Learning"))
        #expect(try checked().last?["title"] as? String == "Café 😀 launch in 中文")
    }
}
