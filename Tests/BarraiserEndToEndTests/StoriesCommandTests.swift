import Foundation
import Testing

/// `barraiser stories`: the candidate's prepared stories, written, checked and mapped, run through pipes.
@Suite struct StoriesCommandTests {
    /// Four stories of our own: one that holds up, one vague, one claimed for everything, one
    /// with no `Principles:` line.
    static let stories = """
        # Loop prep

        ## Cut the trial sign-up to one screen
        Principles: invent-and-simplify, deliver-results
        Role: PM

        **Situation:** In 2022 I was the product manager for the free trial of a bookkeeping app. Only 18% of the people who
        started the sign-up finished it, and the trial was our main source of paying customers.
        **Action:** I watched twelve recordings of sign-ups myself and saw that the bank-connection step lost most people.
        I proposed moving that step to after the first invoice instead of removing it, and I wrote the spec with our
        designer. I chose to keep the old flow for accountants, which meant two flows to maintain for a quarter.
        **Result:** Completion went from 18% to 31% in five weeks, and paid conversions from the trial rose by 9%.
        **Learning:** I would test the change on one country first next time; the support team learned of it from customers.

        ## The partner newsletter
        Principles: Earn Trust

        We had a newsletter for partners that nobody read. We worked on it as a team and it got much better, people liked it.

        ## The one I tell for everything
        Principles: ownership, think-big, frugality, earn-trust, dive-deep, bias-for-action

        Last spring I took over our data warehouse contract when its owner left. I negotiated the renewal myself and cut
        the cost from 900,000 to 600,000 dollars a year, and I moved the nightly jobs in three weeks to hit the deadline.
        I gave up the new dashboards for a quarter to do it.

        ## Churn in the first month
        I dug into the churn data myself for a week and found the root cause: customers who never connected a bank left at
        twice the rate of the others.
        """

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func json(_ output: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(output.utf8))
    }

    @Test("new writes the example file where the stories are looked for, and never overwrites it")
    func newWritesOnce() throws {
        let sandbox = Sandbox()
        let first = try runBarraiser(["stories", "new"], stdin: "", in: sandbox)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(sandbox.storiesFile))
        let written = try #require(FileManager.default.contents(atPath: sandbox.storiesFile))
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains("<!--") && text.contains("\n## ") && text.contains("Principles: "))
        #expect(permissions(of: sandbox.storiesFile) == 0o600)
        #expect(permissions(of: sandbox.dataHome + "/barraiser") == 0o700)

        let edited = text + "\n## My own story\nI did it myself.\n"
        try write(edited, to: sandbox.storiesFile)
        let again = try runBarraiser(["stories", "new"], stdin: "", in: sandbox)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists") && again.stderr.contains(sandbox.storiesFile))
        #expect(FileManager.default.contents(atPath: sandbox.storiesFile) == Data(edited.utf8), "the file is left byte for byte")
    }

    @Test("the example file checks cleanly and its story stands up")
    func theExampleChecks() throws {
        let sandbox = Sandbox()
        #expect(try runBarraiser(["stories", "new"], stdin: "", in: sandbox).status == 0)
        let check = try runBarraiser(["stories", "check", "--json"], stdin: "", in: sandbox)
        #expect(check.status == 0, "\(check.stderr)")
        let stories = try #require(try json(check.stdout) as? [[String: Any]])
        #expect(stories.count == 1)
        #expect(["inclined", "strong-hire"].contains(stories.first?["rating"] as? String))
        let matrix = try runBarraiser(["stories", "matrix", "--track", "pmm"], stdin: "", in: sandbox)
        #expect(matrix.status == 0, "\(matrix.stderr)")
        #expect(matrix.stdout.contains("strong ") && matrix.stdout.contains("No story yet: Think Big"))
    }

    @Test("--stories, then $BARRAISER_STORIES, then the data folder")
    func whereTheFileIs() throws {
        let sandbox = Sandbox()
        let flagged = sandbox.root + "/flag.md"
        let variable = sandbox.root + "/variable.md"
        try write("## From the flag\nI did it myself and it worked.\n", to: flagged)
        try write("## From the variable\nI did it myself and it worked.\n", to: variable)
        try write("## From the data folder\nI did it myself and it worked.\n", to: sandbox.storiesFile)
        func titles(_ arguments: [String], variable: String?) throws -> [String] {
            let result = try runPiped(barraiser, ["stories", "check", "--json"] + arguments, stdin: "",
                                      environment: sandbox.environment.merging(variable.map { ["BARRAISER_STORIES": $0] } ?? [:]) { $1 },
                                      removing: Sandbox.removedVariables,
                                      workingDirectory: sandbox.root)
            #expect(result.status == 0, "\(result.stderr)")
            return (try json(result.stdout) as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        }
        #expect(try titles(["--stories", flagged], variable: variable) == ["From the flag"])
        #expect(try titles([], variable: variable) == ["From the variable"])
        #expect(try titles([], variable: nil) == ["From the data folder"])
    }

    @Test("check: rating, open gaps, the first follow-up with its quote, and one line of advice per story")
    func checkInPlainText() throws {
        let sandbox = Sandbox()
        try write(Self.stories, to: sandbox.storiesFile)
        let result = try runBarraiser(["stories", "check"], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let output = result.stdout
        for title in ["Cut the trial sign-up to one screen", "The partner newsletter", "The one I tell for everything", "Churn in the first month"] {
            #expect(output.contains(title))
        }
        #expect(output.components(separatedBy: "rating: ").count == 5)
        #expect(output.components(separatedBy: "to strengthen it: ").count == 5)
        #expect(output.contains("open gaps: "))
        #expect(output.contains("first follow-up: ") && output.contains("behind it: “"))
        #expect(output.contains("stretched: claimed for 6 principles"))
        #expect(output.contains("guessed from its words"))
        #expect(!output.contains("\u{1B}"), "no colour through a pipe")
    }

    @Test("check --json: per story its title, principles, and the keys probe --json prints, with the same values")
    func checkInJSON() throws {
        let sandbox = Sandbox()
        try write(Self.stories, to: sandbox.storiesFile)
        let result = try runBarraiser(["stories", "check", "--json"], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(objectKeysInOrder(result.stdout).allSatisfy { $0 == $0.sorted() }, "sorted keys")
        let stories = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(stories.map { $0["title"] as? String } == ["Cut the trial sign-up to one screen", "The partner newsletter",
                                                         "The one I tell for everything", "Churn in the first month"])
        #expect(stories[0]["principles"] as? [String] == ["invent-and-simplify", "deliver-results"])
        #expect(stories[1]["principles"] as? [String] == ["earn-trust"])
        #expect(stories[1]["rating"] as? String != "strong-hire" && (stories[1]["gaps"] as? [String])?.isEmpty == false)

        // The same story piped to `probe --json` with the same question gives the same judgement.
        let storyText = Self.stories.components(separatedBy: "Principles: Earn Trust\n\n")[1].components(separatedBy: "\n\n##")[0]
        let question = try #require(stories[1]["question"] as? String)
        let probe = try runBarraiser(["probe", "--json", "--question-id", question], stdin: storyText, in: sandbox)
        #expect(probe.status == 0, "\(probe.stderr)")
        let probeObject = try #require(try json(probe.stdout) as? [String: Any])
        #expect(Set(probeObject.keys).isSubset(of: Set(stories[1].keys)))
        for key in ["rating", "score", "gaps", "probe", "signals"] {
            #expect(try canonical(probeObject[key]) == canonical(stories[1][key]), "\(key)")
        }
    }

    func canonical(_ value: Any?) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: [value ?? NSNull()], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("matrix --json: the track, the sixteen principles in its order, each with its stories and status")
    func matrixInJSON() throws {
        let sandbox = Sandbox()
        try write(Self.stories, to: sandbox.storiesFile)
        let result = try runBarraiser(["stories", "matrix", "--track", "pmm", "--json"], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect(object["track"] as? String == "pmm")
        let principles = try #require(object["principles"] as? [[String: Any]])
        #expect(principles.count == 16)
        #expect(principles.prefix(3).compactMap { $0["id"] as? String } == ["customer-obsession", "think-big", "earn-trust"])
        let byID = Dictionary(uniqueKeysWithValues: principles.map { ($0["id"] as? String ?? "", $0) })
        #expect(byID["invent-and-simplify"]?["status"] as? String == "strong")
        #expect(byID["hire-and-develop-the-best"]?["status"] as? String == "missing")
        #expect((byID["hire-and-develop-the-best"]?["stories"] as? [Any])?.isEmpty == true)
        let earnTrust = try #require(byID["earn-trust"]?["stories"] as? [[String: String]])
        #expect(earnTrust.map { $0["title"] } == ["The partner newsletter", "The one I tell for everything"])
        #expect(earnTrust.allSatisfy { $0["rating"] != nil })
        for principle in principles {
            #expect(["strong", "weak", "missing"].contains(principle["status"] as? String))
        }
        #expect(object["stretched"] as? [String] == ["The one I tell for everything"])

        let pm = try #require(try json(try runBarraiser(["stories", "matrix", "--json"], stdin: "", in: sandbox).stdout) as? [String: Any])
        #expect(pm["track"] as? String == "pm")
        #expect((pm["principles"] as? [[String: Any]])?.prefix(3).compactMap { $0["id"] as? String } == ["invent-and-simplify", "dive-deep", "deliver-results"])
    }

    @Test("matrix names the principles with no story or only weak ones, and the stretched story")
    func matrixInPlainText() throws {
        let sandbox = Sandbox()
        try write(Self.stories, to: sandbox.storiesFile)
        let result = try runBarraiser(["stories", "matrix", "--track", "pmm"], stdin: "", in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("Product Marketing Manager (pmm)") == true)
        let rows = lines.filter { $0.hasPrefix("* ") || $0.hasPrefix("  strong") || $0.hasPrefix("  weak") || $0.hasPrefix("  missing") }
        #expect(rows.count == 16, "\(lines)")
        #expect(rows.prefix(3).allSatisfy { $0.hasPrefix("* ") } && !rows[3].hasPrefix("* "))
        #expect(rows.contains { $0.contains("missing  Hire and Develop the Best") })
        #expect(lines.contains { $0.hasPrefix("No story yet: ") && $0.contains("Hire and Develop the Best") })
        #expect(lines.contains { $0.hasPrefix("Only weak stories: ") })
        #expect(lines.contains { $0.hasPrefix("Stretched: “The one I tell for everything” is claimed for 6 principles") })
    }

    /// Each malformed file, and the one line it must be reported with.
    static let malformed: [(name: String, bytes: [UInt8], line: Int, mentions: String)] = [
        ("unknown principle", Array("## A\nPrinciples: ownership, dive-deeper\nI did it.\n".utf8), 2, "did you mean `dive-deep`"),
        ("two stories with one title", Array("## Launch\nI did it.\n\n## launch\nI did it again.\n".utf8), 4, "the first is on line 1"),
        ("a story with no text", Array("## A\nI did it.\n## B\nPrinciples: frugality\n".utf8), 3, "has no text"),
        ("not UTF-8", Array("## A\nI did it.\nIt cost 10".utf8) + [0xA3] + Array(" in all.\n".utf8), 3, "not UTF-8"),
    ]

    @Test("a malformed file: FILE:LINE: what is wrong and how to fix it, on standard error, exit 1", arguments: malformed.indices)
    func malformedFile(_ index: Int) throws {
        let sandbox = Sandbox()
        let bad = Self.malformed[index]
        let path = sandbox.root + "/stories.md"
        try FileManager.default.createDirectory(atPath: sandbox.root, withIntermediateDirectories: true)
        try Data(bad.bytes).write(to: URL(fileURLWithPath: path))
        for command in [["check"], ["check", "--json"], ["matrix", "--json"]] {
            let result = try runBarraiser(["stories"] + command + ["--stories", path], stdin: "", in: sandbox)
            #expect(result.status == 1, "\(bad.name) \(command)")
            #expect(result.stdout.isEmpty, "\(bad.name) \(command)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines.first?.hasPrefix("\(path):\(bad.line): ") == true, "\(bad.name): \(result.stderr)")
            #expect(result.stderr.contains(bad.mentions), "\(bad.name): \(result.stderr)")
        }
    }

    @Test("no stories file yet: the message says how to make one")
    func missingFile() throws {
        let sandbox = Sandbox()
        let result = try runBarraiser(["stories", "check"], stdin: "", in: sandbox)
        #expect(result.status == 1)
        #expect(result.stderr.contains(sandbox.storiesFile) && result.stderr.contains("barraiser stories new"))
    }

    @Test("escape sequences in a stories file never reach the terminal")
    func escapesAreMadeSafe() throws {
        let sandbox = Sandbox()
        try write("## Title \u{1B}]0;pwned\u{07}\nPrinciples: ownership\nI rewrote it \u{1B}[2J myself and we worked hard and things got a lot better.\n", to: sandbox.storiesFile)
        for command in [["check"], ["matrix"]] {
            let result = try runBarraiser(["stories"] + command, stdin: "", in: sandbox)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"), "\(command)")
            #expect(result.stdout.contains("Title ␛]0;pwned␇"), "\(command)")
        }
        let duplicate = "## Bad \u{1B}[31m\nText.\n## bad \u{1B}[31m\nText.\n"
        try write(duplicate, to: sandbox.storiesFile)
        let result = try runBarraiser(["stories", "check"], stdin: "", in: sandbox)
        #expect(result.status == 1 && !result.stderr.contains("\u{1B}"))
    }
}
