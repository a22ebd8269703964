import InterviewKit
import Testing

@Suite struct StoryParserTests {
    func stories(_ text: String) throws -> [Story] {
        try StoryParser.parse(text, source: "stories.md")
    }

    @Test func aStoryHasItsTitlePrinciplesRoleAndText() throws {
        let text = """
            # Prep notes
            Anything up here is mine, not a story.

            ## Moved the launch a week
            Principles: bias-for-action, Deliver Results
            Role: PMM

            I moved our launch by a week after the beta showed a billing bug.
            - I told sales myself.
            """
        let story = try #require(try stories(text).first)
        #expect(story.title == "Moved the launch a week")
        #expect(story.line == 4)
        #expect(story.principles == [.biasForAction, .deliverResults])
        #expect(story.role == .pmm)
        #expect(story.text == "I moved our launch by a week after the beta showed a billing bug.\n- I told sales myself.")
        #expect(story.textLine == 8)
    }

    /// Each heading line, and the title it must give; nil when it is not a story heading.
    static let headings: [(line: String, title: String?)] = [
        ("## Plain title", "Plain title"),
        ("##    Padded title   ", "Padded title"),
        ("## Closed title ##", "Closed title"),
        ("## Closed title with one #", "Closed title with one"),
        ("## C# migration", "C# migration"),
        ("##\tTabbed title", "Tabbed title"),
        ("   ## Indented three", "Indented three"),
        ("## **Bold** title", "**Bold** title"),
        ("## Café, 東京 and 🚀", "Café, 東京 and 🚀"),
        ("    ## Indented four is code", nil),
        ("##No space is not a heading", nil),
        ("### A STAR heading is text", nil),
        ("# A file title", nil),
    ]

    @Test(arguments: headings.indices)
    func everyHeadingForm(_ index: Int) throws {
        let heading = Self.headings[index]
        let text = "## First\nSome text of the first story.\n" + heading.line + "\nA line under it.\n"
        let found = try stories(text)
        if let title = heading.title {
            #expect(found.map(\.title) == ["First", title], "\(heading.line)")
            #expect(found.last?.line == 3)
        } else if heading.line.hasPrefix("# ") {
            #expect(found.map(\.title) == ["First"], "a `# ` heading ends the story before it")
            #expect(found.first?.text == "Some text of the first story.")
        } else {
            #expect(found.map(\.title) == ["First"], "\(heading.line)")
            #expect(found.first?.text.contains(String(heading.line.drop { $0 == " " })) == true, "kept as the story's text")
        }
    }

    @Test func starHeadingsAndBulletsStayInTheText() throws {
        let text = "## Checkout\n### Situation\nConversion fell.\n### Action\n* I cut the form.\n1. I shipped it.\n### Result\nUp 7%.\n"
        let story = try #require(try stories(text).first)
        #expect(story.text == "### Situation\nConversion fell.\n### Action\n* I cut the form.\n1. I shipped it.\n### Result\nUp 7%.")
    }

    @Test func headingsInsideCodeAndCommentsAreNotStories() throws {
        let text = """
            ## Real story
            I wrote a script:
            ```
            ## not a heading
            ```
            <!--
            ## Commented-out story
            Principles: nope
            -->
            ~~~~
            ## still code
            ~~~~
            It ran nightly. <!-- a note to self --> It saved an hour a day.
            """
        let found = try stories(text)
        #expect(found.map(\.title) == ["Real story"])
        let story = try #require(found.first)
        #expect(story.text.contains("## not a heading") && story.text.contains("## still code"))
        #expect(!story.text.contains("Commented-out") && !story.text.contains("note to self"))
        #expect(story.text.hasSuffix("It ran nightly.  It saved an hour a day."))
    }

    @Test func windowsLineEndingsAndAByteOrderMark() throws {
        let found = try stories("\u{FEFF}## One\r\nPrinciples: ownership\r\nI did it.\r\n\r\n## Two\r\nI did that.\r\n")
        #expect(found.map(\.title) == ["One", "Two"])
        #expect(found.map(\.line) == [1, 5])
        #expect(found.first?.principles == [.ownership])
        #expect(found.first?.text == "I did it.")
    }

    /// Each way of writing principles, and what it must read as.
    static let principleLines: [(line: String, principles: [Principle])] = [
        ("Principles: ownership, dive-deep", [.ownership, .diveDeep]),
        ("Principles: Customer Obsession, INVENT AND SIMPLIFY", [.customerObsession, .inventAndSimplify]),
        ("Principles: Are Right, A Lot, frugality", [.areRightALot, .frugality]),
        ("Principles: Have Backbone; Disagree and Commit", [.haveBackbone]),
        ("Principles: Strive to be Earth's Best Employer", [.earthsBestEmployer]),
        ("Principles: Strive to be Earth’s Best Employer", [.earthsBestEmployer]),
        ("Principles: think-big; earn-trust", [.thinkBig, .earnTrust]),
        ("principles:ownership,ownership , think big", [.ownership, .thinkBig]),
        ("**Principles:** deliver-results", [.deliverResults]),
        ("Principle: learn-and-be-curious", [.learnAndBeCurious]),
        ("Principles: success-and-scale-bring-broad-responsibility, Hire and Develop the Best", [.successAndScale, .hireAndDevelopTheBest]),
    ]

    @Test(arguments: principleLines.indices)
    func principlesLines(_ index: Int) throws {
        let entry = Self.principleLines[index]
        let story = try #require(try stories("## A story\n\(entry.line)\nI did a thing.\n").first)
        #expect(story.principles == entry.principles, "\(entry.line)")
        #expect(story.text == "I did a thing.")
    }

    @Test func everyPrincipleIsFoundByItsIdAndItsTitle() {
        for principle in Principle.allCases {
            #expect(Principle(name: principle.id) == principle)
            #expect(Principle(name: principle.title.uppercased()) == principle)
        }
        #expect(Principle(name: "") == nil && Principle(name: "deep dive") == nil)
    }

    @Test func rolesInAnyCase() throws {
        for (line, role) in [("Role: PM", Track.pm), ("role: pmm", .pmm), ("Role: Product Marketing Manager", .pmm)] {
            #expect(try stories("## A\n\(line)\nI did it.\n").first?.role == role, "\(line)")
        }
        #expect(try stories("## A\nI did it.\n").first?.role == nil)
    }

    @Test func aRoleLineAfterTheTextIsText() throws {
        let story = try #require(try stories("## A\nI led the work.\nRole: I was the only PM.\n").first)
        #expect(story.role == nil && story.text.hasSuffix("Role: I was the only PM."))
    }

    /// Each mistake, the line it must be reported on, and the problem.
    static let mistakes: [(name: String, text: String, line: Int, problem: StoryProblem)] = [
        ("unknown principle", "## A\nPrinciples: ownership, dive-deeper\nText.\n", 2, .unknownPrinciple("dive-deeper", nearest: .diveDeep)),
        ("misspelt title", "# Notes\n\n## A\nPrinciples: Costumer Obsesion\nText.\n", 4, .unknownPrinciple("Costumer Obsesion", nearest: .customerObsession)),
        ("empty principles", "## A\nPrinciples:\nText.\n", 2, .emptyPrinciples),
        ("two principles lines", "## A\nPrinciples: ownership\nPrinciples: frugality\nText.\n", 3, .repeatedLine(key: "Principles")),
        ("two role lines", "## A\nRole: PM\nRole: PMM\nText.\n", 3, .repeatedLine(key: "Role")),
        ("principles after the text", "## A\nI did it.\n\nPrinciples: ownership\n", 4, .principlesAfterText),
        ("unknown role", "## A\nRole: engineer\nText.\n", 2, .unknownRole("engineer")),
        ("empty title", "## A\nText.\n##   \nMore.\n", 3, .emptyTitle),
        ("only closing hashes", "## ##\nText.\n", 1, .emptyTitle),
        ("duplicate title", "## The launch\nText.\n\n## the  LAUNCH\nOther text.\n", 4, .duplicateTitle("the  LAUNCH", firstLine: 1)),
        ("no text", "## A\nText.\n## B\nPrinciples: ownership\n\n## C\nText.\n", 3, .noText(title: "B")),
        ("only a comment", "## A\n<!-- to do -->\n", 1, .noText(title: "A")),
        ("no text at the end", "## A\nText.\n## B\n", 3, .noText(title: "B")),
        ("unclosed comment", "## A\nText.\n<!-- a note\n\n## B\nText.\n", 3, .unclosedComment),
        ("comment reopened", "## A\nText. <!-- one\n--> More. <!-- two\n## B\n", 3, .unclosedComment),
        ("unclosed fence", "## A\nText.\n```swift\nlet x = 1\n## B\nText.\n", 3, .unclosedFence("```")),
        ("no stories", "Some notes.\nMore notes.\n", 1, .noStories(levelOneHeadings: false)),
        ("empty file", "", 1, .noStories(levelOneHeadings: false)),
        ("level-one headings only", "Notes.\n# Story one\nI did it.\n# Story two\n", 2, .noStories(levelOneHeadings: true)),
    ]

    @Test(arguments: mistakes.indices)
    func eachMistakeIsReportedAtItsLine(_ index: Int) {
        let mistake = Self.mistakes[index]
        let findings = StoryParser.findings(in: mistake.text, source: "stories.md")
        #expect(findings.count == 1, "\(mistake.name): \(findings)")
        #expect(findings.first?.line == mistake.line, "\(mistake.name): \(findings)")
        #expect(findings.first?.problem == mistake.problem, "\(mistake.name): \(findings)")
        #expect(findings.first?.description.hasPrefix("stories.md:\(mistake.line): ") == true)
        #expect(throws: StoryFileError.self) { try StoryParser.parse(mistake.text, source: "stories.md") }
    }

    @Test func messagesSayHowToFixIt() {
        let unknown = StoryFinding(source: "s.md", line: 2, problem: .unknownPrinciple("dive-deeper", nearest: .diveDeep))
        #expect(unknown.description == "s.md:2: unknown principle `dive-deeper`; did you mean `dive-deep` (Dive Deep)? Write ids or official titles, separated by commas")
        let duplicate = StoryFinding(source: "s.md", line: 9, problem: .duplicateTitle("Launch", firstLine: 3))
        #expect(duplicate.message.contains("the first is on line 3") && duplicate.message.contains("another title"))
        #expect(StoryFinding(source: "s.md", line: 4, problem: .notUTF8).message.contains("save it as UTF-8"))
    }

    @Test func everyProblemIsReportedInLineOrder() {
        let text = "## A\nPrinciples: nope, ownership\nRole: SDE\nText.\n## a\nText.\n## B\n"
        let findings = StoryParser.findings(in: text, source: "s.md")
        #expect(findings.map(\.line) == [2, 3, 5, 7], "\(findings)")
    }

    @Test func adversarialInputNeitherCrashesNorLosesLines() throws {
        let control = try #require(try stories("## Bell\u{07} and escape \u{1B}[31m\nText with \u{1B}]0;title\u{07} in it.\n").first)
        #expect(control.title.contains("\u{1B}"), "kept as written; the shell makes it safe to print")
        let long = String(repeating: "I shipped it and measured it. ", count: 10_000)
        #expect(try stories("## Long\n" + long).first?.text.count == long.count - 1)
        let many = (1...300).map { "## Story \($0)\nText \($0).\n" }.joined()
        #expect(try stories(many).map(\.line) == (0..<300).map { $0 * 2 + 1 })
    }

    @Test func theExampleFileParsesCleanly() throws {
        #expect(StoryParser.findings(in: StoryTemplate.text, source: "stories.md").isEmpty)
        let found = try stories(StoryTemplate.text)
        #expect(found.count == 1)
        #expect(found.first?.principles == [.customerObsession, .diveDeep] && found.first?.role == .pm)
        #expect(found.first?.text.contains("Principle ids") == false, "the comment is not the story")
    }
}
