// The program as a person uses it: in a terminal, through libedit. Each test waits for a prompt
// and for raw mode before typing, and marks the screen before the keys whose answer it awaits.
import Foundation
import Testing

@Suite("Terminal interviews")
struct TerminalInterviewTests {
    let sandbox = Sandbox()

    /// One question, no follow-ups: an answer ends the interview.
    var oneQuestion: [String] {
        ["practice", "--seed", "3", "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts]
    }

    @Test("Enter adds a line and an empty line submits the answer")
    func multiLineAnswer() throws {
        let session = try startBarraiser(
            ["practice", "--seed", "3", "--questions", "2", "--depth", "0", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 2))
        try session.send("line1" + Key.enter, thenPrompt: Prompt.continuation)
        try session.send("line2" + Key.enter, thenPrompt: Prompt.continuation)
        try session.send(Key.enter, thenPrompt: Prompt.question(2, of: 2))
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.answers.first == "line1\nline2")
        #expect(transcript.endStatus == "quit")
    }

    @Test("/done submits an answer too")
    func doneSubmits() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send("finished with /done" + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send("/done" + Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["finished with /done"])
    }

    @Test("A follow-up gets a prompt of its own")
    func followUpPrompt() throws {
        let session = try startBarraiser(["practice", "--seed", "3", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 4))
        try session.send("short answer" + Key.enter, thenPrompt: Prompt.continuation)
        try session.send(Key.enter, thenPrompt: Prompt.followUp(1, of: 3, question: 1, of: 4))
        #expect(session.screenTextSinceMark.contains("↳ "))
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().types == ["header", "question", "answer", "probe", "end"])
    }

    @Test("Up recalls an earlier line, and history is saved privately")
    func upRecallsHistory() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send("recall this line" + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.up)
        try session.waitFor("recall this line", timeout: patience)
        // Throw the recalled copy away and submit the answer as typed the first time.
        try session.send(Key.ctrlC, thenPrompt: Prompt.continuation, after: "(line discarded")
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)

        #expect(try sandbox.onlyTranscript().answers == ["recall this line"])
        #expect(permissions(of: sandbox.historyFile) == 0o600)
        #expect(permissions(of: sandbox.stateHome + "/barraiser") == 0o700)
        let history = try String(contentsOfFile: sandbox.historyFile, encoding: .utf8)
        #expect(history.contains("recall"))
    }

    @Test("History carries over to the next run")
    func historyAcrossRuns() throws {
        let first = try startBarraiser(oneQuestion, in: sandbox)
        try first.waitForPrompt(Prompt.question(1, of: 1))
        try first.send("remembered from last time" + Key.enter, thenPrompt: Prompt.continuation)
        first.mark()
        first.send(Key.enter)
        try first.waitFor("Interview complete.", timeout: patience)
        #expect(try first.waitForExit(timeout: patience) == 0)

        let second = try startBarraiser(
            ["practice", "--seed", "4", "--questions", "1", "--depth", "0", "--transcripts", sandbox.root + "/second"], in: sandbox)
        try second.waitForPrompt(Prompt.question(1, of: 1))
        second.mark()
        second.send(Key.up)
        try second.waitFor("remembered from last time", timeout: patience)
        try second.send(Key.ctrlC, thenPrompt: Prompt.question(1, of: 1), after: "(line discarded")
        second.send(Key.ctrlD)
        #expect(try second.waitForExit(timeout: patience) == 0)
    }

    @Test("Tab completes /he to /help, which lists the commands")
    func tabCompletesCommand() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        session.mark()
        session.send("/he" + Key.tab)
        try session.waitFor("/help", timeout: patience)
        // /help lists every command, then asks the same question again.
        try session.send(Key.enter, thenPrompt: Prompt.question(1, of: 1), after: "/repeat")
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.answers.isEmpty)
        #expect(!transcript.text.contains("/he"))
    }

    @Test("Tab lists the commands that fit when several do")
    func tabListsCandidates() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        session.mark()
        session.send("/h" + Key.tab)
        try session.waitFor("/help  /hint", timeout: patience)
        try session.send(Key.ctrlC, thenPrompt: Prompt.question(1, of: 1), after: "(line discarded")
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)
    }

    @Test("Ctrl-C discards the line being typed and the interview goes on")
    func ctrlCDiscardsLine() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        session.mark()
        session.send("throw me away")
        try session.waitFor("throw me away", timeout: patience)
        session.send(Key.ctrlC)
        try session.mark(after: "^C", timeout: patience)
        try session.mark(after: "(line discarded", timeout: patience)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        var status: Int32 = 0
        #expect(waitpid(session.pid, &status, WNOHANG) == 0, "Ctrl-C must not end the program")

        try session.send("keep me" + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["keep me"])
    }

    @Test("Ctrl-C on a continuation line keeps the lines above")
    func ctrlCKeepsEarlierLines() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send("kept line" + Key.enter, thenPrompt: Prompt.continuation)
        session.send("discarded line")
        try session.send(Key.ctrlC, thenPrompt: Prompt.continuation, after: "(line discarded; the lines above are kept)")
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["kept line"])
    }

    @Test("Non-ASCII text arrives intact, whatever the locale", arguments: [nil, "C.UTF-8"] as [String?])
    func unicodeAnswer(locale: String?) throws {
        let text = "café ü 😀 中文 שלום"
        let session = try startBarraiser(
            oneQuestion, in: sandbox, environment: locale.map { ["LANG": $0] } ?? [:],
            removing: ["LC_ALL", "LC_CTYPE"] + (locale == nil ? ["LANG"] : []))
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send(text + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == [text])
    }

    @Test("Ctrl-D on an empty prompt saves and leaves")
    func ctrlDSavesAndLeaves() throws {
        let session = try startBarraiser(["practice", "--seed", "3", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 4))
        session.mark()
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let transcript = try sandbox.onlyTranscript()
        let screen = session.screenTextSinceMark
        #expect(screen.contains("Interview saved."))
        #expect(screen.contains("Transcript:"))
        // The path may be wrapped onto a line of its own; it is one word, so it is never split.
        #expect(screen.split(whereSeparator: \.isWhitespace).contains { $0 == transcript.path })
        #expect(transcript.text.hasSuffix("{\"status\":\"quit\",\"type\":\"end\"}\n"))
        #expect(transcript.types == ["header", "question", "end"])
        #expect(transcript.endStatus == "quit")
        #expect(leavesBracketedPasteOff(session.output))
    }

    @Test("Ctrl-D after some lines saves them as the answer, then leaves")
    func ctrlDKeepsTypedLines() throws {
        let session = try startBarraiser(["practice", "--seed", "3", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 4))
        try session.send("an answer I never submitted" + Key.enter, thenPrompt: Prompt.continuation)
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.answers == ["an answer I never submitted"])
        #expect(transcript.endStatus == "quit")
    }

    @Test("A bracketed paste arrives as one answer, blank lines and all")
    func bracketedPaste() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        #expect(session.output.contains("\u{1B}[?2004h"), "the program must turn bracketed paste on")
        try session.send(Key.bracketedPaste("para one\n\npara two") + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["para one\n\npara two"])
        #expect(leavesBracketedPasteOff(session.output), "the program must turn bracketed paste off on exit")
    }

    @Test("An empty line before any answer only says how to answer")
    func emptyLineBeforeAnswer() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send(Key.enter, thenPrompt: Prompt.question(1, of: 1), after: "(type your answer; an empty line submits it)")
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.answers.isEmpty)
        #expect(transcript.types == ["header", "question", "end"])
    }

    @Test("A line resized while typing arrives intact")
    func resizeWhileTyping() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        session.mark()
        session.send("before the resize")
        try session.waitFor("before the resize", timeout: patience)
        session.resize(rows: 20, columns: 50)
        try session.send(" and after it" + Key.enter, thenPrompt: Prompt.continuation)
        session.resize(rows: 50, columns: 140)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["before the resize and after it"])
    }

    @Test("A long pasted answer arrives whole")
    func longPaste() throws {
        let paragraph = "I led the launch of our checkout redesign and we grew conversion by 9 percent in six weeks."
        let text = (1...40).map { "\($0). \(paragraph)" }.joined(separator: "\n")
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send(Key.bracketedPaste(text) + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == [text])
    }

    @Test("Prompts are coloured in a terminal, with no stray marker bytes")
    func colouredPrompt() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        #expect(session.output.contains("\u{1B}[36m[Bar Raiser · Q1/1]\u{1B}[0m"))
        // libedit's prompt-escape markers (\u{1}) tell it which bytes take no room; they must not be printed.
        #expect(!session.output.contains("\u{01}"))
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)
    }

    @Test("Without TERM the editor still takes an answer")
    func noTerm() throws {
        let session = try startBarraiser(oneQuestion, in: sandbox, removing: ["TERM"])
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send("typed without TERM" + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["typed without TERM"])
    }

    @Test("Colour can be turned off", arguments: ColourSwitch.allCases)
    func colourOff(_ colourSwitch: ColourSwitch) throws {
        let arguments = oneQuestion + (colourSwitch == .flag ? ["--no-color"] : [])
        let environment: [String: String] = switch colourSwitch {
        case .flag: [:]
        case .noColorVariable: ["NO_COLOR": "1"]
        case .dumbTerminal: ["TERM": "dumb"]
        }
        let session = try startBarraiser(arguments, in: sandbox, environment: environment)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        try session.send("a plain answer" + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)

        for code in ["1", "2", "31", "32", "33", "36"] {
            #expect(!session.output.contains("\u{1B}[\(code)m"), "colour \(code) was used")
        }
        #expect(try sandbox.onlyTranscript().answers == ["a plain answer"])
    }

    @Test("Typing at a terminal with output redirected to a file writes no escape sequences to the file")
    func outputRedirectedFromTerminal() throws {
        let output = sandbox.root + "/stdout.txt"
        let session = try startBarraiser(oneQuestion, in: sandbox, shellScript: "exec \"$0\" \"$@\" > \"\(output)\"")
        // Standard output is not the terminal, so no prompt shows on it to wait for. Input is line
        // by line (canonical): a line typed ahead waits in the terminal until the program reads it.
        session.send("an answer typed at the terminal" + Key.enter + Key.enter)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("Interview complete. Transcript: "))
        let escapes = text.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst().map { "ESC" + $0.prefix(8) }
        #expect(escapes.isEmpty, "escape sequences in redirected output: \(escapes)")
        #expect(try sandbox.onlyTranscript().answers == ["an answer typed at the terminal"])
    }

    enum ColourSwitch: String, CaseIterable, Sendable {
        case flag, noColorVariable, dumbTerminal
    }

    @Test("A loop waits for Enter between rounds")
    func loopPausesBetweenRounds() throws {
        let session = try startBarraiser(
            ["practice", "--round", "loop", "--questions", "1", "--depth", "0", "--seed", "5", "--transcripts", sandbox.transcripts],
            in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1, round: "Recruiter Screen"))
        try session.send("I am targeting L5 because I have led two product launches." + Key.enter, thenPrompt: Prompt.continuation)
        try session.send(Key.enter, thenPrompt: "Press Enter when you are ready for the Hiring Manager round")
        #expect(session.screenTextSinceMark.contains("── Debrief: Recruiter Screen ──"))
        try session.send(Key.enter, thenPrompt: Prompt.question(1, of: 1, round: "Hiring Manager"))
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.records(ofType: "question").compactMap { $0["round"] as? String } == ["screen", "hiring-manager"])
        #expect(transcript.endStatus == "quit")
    }
}

/// The soft time limit: past it, the next prompt says so, once, and nothing is cut off.
@Suite struct SoftTimeLimitTests {
    @Test("an answer past the soft limit gets one kind note and is kept whole")
    func softLimitNote() throws {
        let sandbox = Sandbox()
        // A limit of a microsecond is passed by the time any line comes back.
        let session = try startBarraiser(["practice", "--seed", "2", "--questions", "1", "--depth", "0", "--soft-limit", "0.000001",
                                          "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        // Commands do not restart the answer's clock, so they do not bring the note back either.
        try session.send("/hint" + Key.enter, thenPrompt: Prompt.question(1, of: 1), after: "Hint:")
        try session.send("/time" + Key.enter, thenPrompt: Prompt.question(1, of: 1), after: "This answer:")
        try session.send("first line of a long story" + Key.enter, thenPrompt: Prompt.continuation)
        try session.send("second line" + Key.enter, thenPrompt: Prompt.continuation)
        try session.send("third line" + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(session.screenText.components(separatedBy: "on this answer. No rush").count - 1 == 1)
        #expect(try sandbox.onlyTranscript().answers == ["first line of a long story\nsecond line\nthird line"])
    }
}

/// The user's own libedit settings apply: our few bindings go on top of them.
@Suite struct EditrcTests {
    @Test("vi mode from ~/.editrc keeps working")
    func viModeFromEditrc() throws {
        let sandbox = Sandbox()
        let home = sandbox.environment["HOME"] ?? sandbox.root
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try "bind -v\n".write(toFile: home + "/.editrc", atomically: true, encoding: .utf8)
        let session = try startBarraiser(["practice", "--seed", "2", "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts], in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        // In vi mode: type, Escape to command mode, 0 to the start of the line, i to insert there.
        session.send("world" + Key.escape + "0i" + "hello ")
        try session.send(Key.enter, thenPrompt: Prompt.continuation)
        session.send(Key.enter)
        try session.waitFor("Interview complete", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["hello world"])
    }
}
