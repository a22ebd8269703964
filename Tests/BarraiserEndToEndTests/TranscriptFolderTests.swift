// Transcripts go where a Linux user expects data files, whatever folder the program is run from,
// and a command that finds none says where it looked.
import Foundation
import Glibc
import Testing

@Suite("Transcripts folder")
struct TranscriptFolderTests {
    let sandbox = Sandbox()

    /// Runs `barraiser` in the sandbox with its environment changed: `overlay` set, `removing` unset.
    func run(_ arguments: [String], stdin: String = "", overlay: [String: String] = [:], removing: [String] = []) throws -> PipeResult {
        let environment = sandbox.environment.merging(overlay) { _, new in new }.filter { !removing.contains($0.key) }
        return try runPiped(barraiser, arguments, stdin: stdin, environment: environment,
                            removing: Sandbox.removedVariables + removing, workingDirectory: sandbox.root, timeout: 60)
    }

    /// The environment a case sets and unsets, and the folder (under the sandbox) it must write to.
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var overlay: [String: String]
        var removing: [String] = []
        var folder: String
    }

    static let cases: [Case] = [
        Case(testDescription: "XDG_DATA_HOME", overlay: [:], folder: "data/barraiser/transcripts"),
        Case(testDescription: "XDG_DATA_HOME empty", overlay: ["XDG_DATA_HOME": ""], folder: "home/.local/share/barraiser/transcripts"),
        Case(testDescription: "XDG_DATA_HOME unset", overlay: [:], removing: ["XDG_DATA_HOME"], folder: "home/.local/share/barraiser/transcripts"),
        Case(testDescription: "XDG_DATA_HOME relative", overlay: ["XDG_DATA_HOME": "data"], folder: "home/.local/share/barraiser/transcripts"),
        Case(testDescription: "BARRAISER_TRANSCRIPTS", overlay: ["BARRAISER_TRANSCRIPTS": "chosen"], folder: "chosen"),
        Case(testDescription: "BARRAISER_TRANSCRIPTS empty", overlay: ["BARRAISER_TRANSCRIPTS": ""], folder: "data/barraiser/transcripts"),
    ]

    @Test("Without --transcripts, practice writes to the XDG data folder, not the current one", arguments: cases)
    func defaultFolder(_ setting: Case) throws {
        let result = try run(["practice", "--seed", "2", "--questions", "1", "--depth", "0"],
                             stdin: Answers.script([Answers.stories[0]]), overlay: setting.overlay, removing: setting.removing)
        #expect(result.status == 0, "\(result.stderr)")
        let printed = try #require(transcriptPath(in: result.stdout))
        let written = printed.hasPrefix("/") ? printed : sandbox.root + "/" + printed
        let folder = sandbox.root + "/" + setting.folder
        #expect(written.hasPrefix(folder + "/") && FileManager.default.fileExists(atPath: written), "\(written)")
        #expect(permissions(of: folder) == 0o700)
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/transcripts"), "nothing goes to ./transcripts")
    }

    @Test("An empty HOME counts as unset: the home folder comes from the user database, never /.local")
    func emptyHome() throws {
        let entry = try #require(getpwuid(getuid()))
        let home = String(cString: try #require(entry.pointee.pw_dir))
        // Read-only: lists whatever is in the real home's folder, or says it is empty.
        let result = try run(["transcripts", "--json"], overlay: ["HOME": ""], removing: ["XDG_DATA_HOME"])
        #expect(result.status == 0, "\(result.stderr)")
        let shown = result.stdout + result.stderr
        #expect(shown.contains(home + "/.local/share/barraiser/transcripts"), "\(shown)")
        #expect(!shown.contains(" /.local/") && !shown.contains("\"/.local/"), "\(shown)")
    }

    @Test("Every command that reads transcripts says where it looked when it finds none", arguments: [
        ["transcripts"], ["transcripts", "--json"], ["show", "latest"], ["replay", "latest"], ["export", "latest"],
        ["resume", "latest"], ["practice", "--from", "latest"], ["show", "2"], ["show", "nothing-here.jsonl"],
    ])
    func saysWhereItLooked(_ command: [String]) throws {
        let result = try run(command)
        #expect(result.status == (command[0] == "transcripts" ? 0 : 1), "\(result.stderr)")
        #expect((result.stdout + result.stderr).contains(sandbox.transcripts), "\(result.stdout)\(result.stderr)")
    }

    @Test("A transcript's file name alone is found in the transcripts folder")
    func fileNameInTheFolder() throws {
        let practice = try run(["practice", "--seed", "2", "--questions", "1", "--depth", "0"], stdin: Answers.script([Answers.stories[0]]))
        #expect(practice.status == 0, "\(practice.stderr)")
        let transcript = try sandbox.onlyTranscript()
        let result = try run(["show", transcript.fileName])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(Answers.stories[0].prefix(40)))
    }
}
