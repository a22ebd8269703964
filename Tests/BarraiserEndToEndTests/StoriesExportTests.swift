import Foundation
import Testing

/// `barraiser stories export`: the one-page summary, through pipes.
@Suite struct StoriesExportTests {
    let sandbox = Sandbox()

    func writeStories(_ text: String = StoriesCommandTests.stories) throws {
        try FileManager.default.createDirectory(atPath: (sandbox.storiesFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.storiesFile))
    }

    @Test("Markdown on standard output: the sixteen principles in the track's order, then one row per story")
    func markdownToStandardOutput() throws {
        try writeStories()
        let result = try runBarraiser(["stories", "export", "--track", "pmm"], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# My stories, for the loop")
        let principleRows = lines.filter { $0.hasPrefix("| ★ |") || $0.hasPrefix("|  |") }
        #expect(principleRows.count == 16)
        #expect(principleRows.first?.hasPrefix("| ★ | Customer Obsession |") == true)
        let storyRows = lines.filter { $0.range(of: #"^\| [0-9]+ \| "#, options: .regularExpression) != nil }
        #expect(storyRows.count == 4)
        #expect(storyRows[0].contains("Cut the trial sign-up to one screen") && storyRows[0].contains("18% to 31%"), "the impact number")
        #expect(storyRows[0].contains("designer"), "the people it needed")
        #expect(storyRows[1].contains("_no number_"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("-o writes a private HTML page, self-contained, and says where")
    func htmlToAFile() throws {
        try writeStories()
        let path = sandbox.root + "/summary.html"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        _ = chmod(path, 0o644)
        let result = try runBarraiser(["stories", "export", "--format", "html", "-o", path], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty && result.stderr == "Wrote \(path)\n")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Cut the trial sign-up to one screen"))
        #expect(!html.contains("<script") && !html.contains("https://") && html.contains("@media print"))
        #expect(permissions(of: path) == 0o600)
    }

    @Test("a malformed file stops the export with FILE:LINE, and nothing is written")
    func malformedFile() throws {
        try writeStories("## A\nPrinciples: dive-deeper\nI did it.\n")
        let path = sandbox.root + "/summary.md"
        let result = try runBarraiser(["stories", "export", "-o", path], stdin: "", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(sandbox.storiesFile):2: "))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("-o naming the stories file itself is refused, and the file is left as it was")
    func refusesToOverwriteTheStories() throws {
        try writeStories()
        let result = try runBarraiser(["stories", "export", "-o", sandbox.storiesFile], stdin: "", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is the stories file") && result.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: sandbox.storiesFile) == Data(StoriesCommandTests.stories.utf8))
    }

    @Test("a folder that cannot be written to is one line naming the path")
    func unwritablePath() throws {
        try writeStories()
        let path = sandbox.root + "/no-such-folder/summary.md"
        let result = try runBarraiser(["stories", "export", "-o", path], stdin: "", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(path))
    }
}
