import Foundation
import Testing

/// The line editor's history file when it is not what it should be: a folder, in a folder that
/// cannot be made, or holding an entry too long to keep. The interview goes on in every case.
@Suite struct HistoryFileTests {
    let sandbox = Sandbox()

    var oneQuestion: [String] {
        ["practice", "--seed", "3", "--questions", "1", "--depth", "0", "--transcripts", sandbox.transcripts]
    }

    /// Answers the one question and waits for the program to end well.
    func answer(_ session: TerminalSession) throws {
        try session.send("an answer" + Key.enter, thenPrompt: Prompt.continuation)
        session.mark()
        session.send(Key.enter)
        try session.waitFor("Interview complete.", timeout: patience)
        #expect(try session.waitForExit(timeout: patience) == 0)
        #expect(try sandbox.onlyTranscript().answers == ["an answer"])
    }

    @Test("a history path that is a folder is refused in one line and left as it was")
    func historyPathIsAFolder() throws {
        try FileManager.default.createDirectory(atPath: sandbox.historyFile, withIntermediateDirectories: true)
        chmod(sandbox.historyFile, 0o755)
        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        #expect(session.screenText.contains("barraiser: history is off for this run: \(sandbox.historyFile) is a folder, not a history file; remove or rename it (or set XDG_STATE_HOME)"))
        try answer(session)
        #expect(permissions(of: sandbox.historyFile) == 0o755)
    }

    @Test("a history folder that cannot be made is said in one line; the interview goes on")
    func historyFolderCannotBeMade() throws {
        let notAFolder = sandbox.root + "/state-is-a-file"
        try "".write(toFile: notAFolder, atomically: true, encoding: .utf8)
        let session = try startBarraiser(oneQuestion, in: sandbox, environment: ["XDG_STATE_HOME": notAFolder])
        try session.waitForPrompt(Prompt.question(1, of: 1))
        #expect(session.screenText.contains("barraiser: history is off for this run: cannot create the folder \(notAFolder)/barraiser"))
        try answer(session)
    }

    @Test("a history entry too long to keep is left out when loading; the others are recalled")
    func hugeHistoryEntry() throws {
        try FileManager.default.createDirectory(atPath: sandbox.stateHome + "/barraiser", withIntermediateDirectories: true)
        var file = Data("_HiStOrY_V2_\n".utf8)
        file += Data(repeating: UInt8(ascii: "a"), count: 8 << 20)
        file += Data("\nrecall\\040me\n".utf8)
        try file.write(to: URL(fileURLWithPath: sandbox.historyFile))

        let session = try startBarraiser(oneQuestion, in: sandbox)
        try session.waitForPrompt(Prompt.question(1, of: 1))
        session.mark()
        session.send(Key.up)
        try session.waitFor("recall me", timeout: patience)
        try session.send(Key.ctrlC, thenPrompt: Prompt.question(1, of: 1), after: "(line discarded")
        session.send(Key.ctrlD)
        #expect(try session.waitForExit(timeout: patience) == 0)

        let saved = try #require(FileManager.default.contents(atPath: sandbox.historyFile))
        #expect(saved.count < 1 << 16, "\(saved.count) bytes")
        #expect(String(decoding: saved, as: UTF8.self).contains("recall\\040me"))
    }
}
