/// Writing a new story in conversation, as `barraiser stories add` does: its title, its
/// principles, then each part in turn, with the engine's follow-up after each part as a prompt to
/// strengthen it. A pure reducer: the shell reads what the candidate types, passes it in, and
/// performs the effects that come back (asking, printing, and at the end appending the story).
public struct StoryAuthoring: Equatable, Sendable {
    /// What the candidate is being asked for.
    public enum Step: Equatable, Sendable {
        case title
        case principles
        case part(StoryPart)
        /// More words for a part, in reply to its follow-up; nothing to go on.
        case reply(StoryPart)
        case finished
    }

    /// The parts asked, in order.
    public static let parts: [StoryPart] = [.situation, .action, .result, .learning]

    public private(set) var step: Step = .title
    public private(set) var title = ""
    public private(set) var principles: [Principle] = []
    /// Written as the story's `Role:` line when set.
    public let role: Track?
    /// The role the story is judged for when it has no `Role:` line.
    let track: Track
    let level: Level
    /// What has been written for each part, as it goes into the file.
    public private(set) var texts: [StoryPart: String] = [:]
    /// The follow-ups shown so far, in order.
    public private(set) var followUps: [Probe] = []
    /// The titles already in the file (compared as the parser compares them), with their lines.
    let takenTitles: [String: Int]

    /// `existing` are the stories already in the file, whose titles a new one may not take.
    public init(existing: [Story], role: Track?, track: Track, level: Level) {
        self.role = role
        self.track = track
        self.level = level
        var taken: [String: Int] = [:]
        for story in existing where taken[StoryLookup.comparable(story.title)] == nil {
            taken[StoryLookup.comparable(story.title)] = story.line
        }
        takenTitles = taken
    }

    /// The first effect: ask for the title.
    public func start() -> [StoryAuthoringEffect] { [.ask(step)] }

    /// Takes what the candidate typed for the current step; `bank` holds the questions the story
    /// is read against.
    public mutating func reduce(_ event: StoryAuthoringEvent, bank: QuestionBank) -> [StoryAuthoringEffect] {
        switch (step, event) {
        case (.title, .entered(let text)):
            return takeTitle(text)
        case (.title, .skipped):
            return [.problem("A story needs a title: a few words you will know it by."), .ask(step)]
        case (.principles, .entered(let text)):
            return takePrinciples(text)
        case (.principles, .skipped):
            return takePrinciples("")
        case (.part(let part), .entered(let text)):
            let written = Self.escapingHeadings(text.trimmingWhitespace())
            if written.isEmpty { return advance(after: part, bank: bank) }
            if let problem = problem(writing: written, for: part) { return [.problem(problem), .ask(step)] }
            texts[part] = written
            return followUp(after: part, bank: bank)
        case (.part(let part), .skipped):
            texts[part] = nil
            return advance(after: part, bank: bank)
        case (.reply(let part), .entered(let text)):
            let reply = Self.escapingHeadings(text.trimmingWhitespace())
            if reply.isEmpty { return advance(after: part, bank: bank) }
            let written = (texts[part].map { $0 + "\n" } ?? "") + reply
            if let problem = problem(writing: written, for: part) { return [.problem(problem), .ask(step)] }
            texts[part] = written
            return advance(after: part, bank: bank)
        case (.reply(let part), .skipped):
            return advance(after: part, bank: bank)
        case (.finished, _):
            return []
        }
    }

    // MARK: - The steps

    mutating func takeTitle(_ text: String) -> [StoryAuthoringEffect] {
        let line = text.trimmingWhitespace()
        guard !line.contains(where: \.isNewline) else { return [.problem("A title is one line; give it a few words."), .ask(step)] }
        // Read back as the file will be, so that what is checked is the title the file will hold.
        guard let parsed = try? StoryParser.parse("## \(line)\nText.\n", source: ""), let read = parsed.first, parsed.count == 1 else {
            return [.problem("A story needs a title: a few words you will know it by."), .ask(step)]
        }
        if let first = takenTitles[StoryLookup.comparable(read.title)] {
            return [.problem("The story on line \(first) already has this title; give this one another."), .ask(step)]
        }
        title = read.title
        step = .principles
        return [.ask(step)]
    }

    mutating func takePrinciples(_ text: String) -> [StoryAuthoringEffect] {
        let line = text.trimmingWhitespace()
        var effects: [StoryAuthoringEffect] = []
        if line.isEmpty {
            principles = []
        } else {
            let (found, problems) = StoryParser.readPrinciples(Substring(line))
            if !problems.isEmpty {
                return problems.map { .problem(StoryFinding(source: "", line: 0, problem: $0).message) } + [.ask(step)]
            }
            principles = found
            if found.count > Story.principleLimit {
                effects.append(.note("Claimed for \(found.count) principles: a story that fits everything proves none. Keep the \(Story.principleLimit) it shows best; the file takes it as it is."))
            }
        }
        step = .part(Self.parts[0])
        return effects + [.ask(step)]
    }

    /// The engine's follow-up on the story so far. Gaps a later part will close are set aside the
    /// way the engine sets aside a gap already pressed on, as are the gaps of earlier follow-ups:
    /// after the situation it asks about the situation, not for the result still to come.
    /// Nothing open in the part means no follow-up, until the last part, when it goes deeper.
    mutating func followUp(after part: StoryPart, bank: QuestionBank) -> [StoryAuthoringEffect] {
        guard let story = draft else { return advance(after: part, bank: bank) }
        var setting = StoryReviewer.setting(of: story, for: nil, track: track, level: level, bank: bank)
        setting.context.askedProbes = Set(followUps.map(\.text))
        let later = Self.parts.drop { $0 != part }.dropFirst().flatMap(Self.gaps(closedBy:))
        let chain = ProbeChain(answers: [story.text], dodged: later + followUps.map(\.target))
        var generator = StoryReviewer.phrasingGenerator()
        // Going deeper into the strongest claim is for the story once it is whole; on a part, it
        // means nothing about that part is open.
        let isLast = part == Self.parts.last
        guard let probe = AnswerJudge.judge(chain, in: setting.context, using: &generator).probe, isLast || probe.target != .depth else {
            return [.note("Nothing here the engine would press on.")] + advance(after: part, bank: bank)
        }
        followUps.append(probe)
        step = .reply(part)
        return [.followUp(probe, on: part), .ask(step)]
    }

    mutating func advance(after part: StoryPart, bank: QuestionBank) -> [StoryAuthoringEffect] {
        if let index = Self.parts.firstIndex(of: part), index + 1 < Self.parts.count {
            step = .part(Self.parts[index + 1])
            return [.ask(step)]
        }
        guard !texts.isEmpty, let story = draft else {
            step = .part(.action)
            return [.problem("A story needs some text; tell at least what you did."), .ask(step)]
        }
        step = .finished
        let review = StoryReviewer.review(story, track: track, level: level, bank: bank)
        return [.finished(StoryAddition(markdown: markdown, story: story, review: review))]
    }

    // MARK: - The story as written

    /// The story as it goes into the file, from its `## ` heading to its last line break.
    public var markdown: String {
        var lines = ["## \(title)"]
        if !principles.isEmpty { lines.append("Principles: " + principles.map(\.id).joined(separator: ", ")) }
        if let role { lines.append("Role: \(role.rawValue.uppercased())") }
        for part in Self.parts {
            guard let text = texts[part] else { continue }
            lines += ["", "### \(Self.heading(of: part))", text]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The story so far, read back as `stories check` will read it from the file.
    var draft: Story? {
        (try? StoryParser.parse(markdown, source: ""))?.first
    }

    /// Why `text` cannot be the part's words (the file would read it as something else), or nil.
    func problem(writing text: String, for part: StoryPart) -> String? {
        var trial = self
        trial.texts[part] = text
        guard let finding = StoryParser.findings(in: trial.markdown, source: "").first else { return nil }
        if case .principlesAfterText = finding.problem {
            return "A line of it starts with `Principles:`, which the file would read as the story's principles line; word it another way."
        }
        return "It cannot go into the file as it is: \(finding.message)."
    }

    /// The gaps a part of the story is there to close.
    static func gaps(closedBy part: StoryPart) -> [Gap] {
        switch part {
        case .situation, .task: [.situation, .specificity]
        case .action: [.action, .ownership, .tradeoff]
        case .result: [.result, .metrics, .customer]
        case .learning: [.learning]
        }
    }

    static func heading(of part: StoryPart) -> String {
        switch part {
        case .situation: "Situation"
        case .task: "Task"
        case .action: "Action"
        case .result: "Result"
        case .learning: "Learning"
        }
    }

    /// A line the file would read as a story's or the file's heading (`## …`, `# …`) gets a
    /// backslash before its `#`, so it stays words of the story, as Markdown shows it too.
    static func escapingHeadings(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let (level, _) = StoryParser.heading(line), level <= 2, let hash = line.firstIndex(of: "#") else { return String(line) }
            return String(line[..<hash]) + "\\" + String(line[hash...])
        }.joined(separator: "\n")
    }
}

extension StoryAuthoring.Step {
    /// What the candidate is asked, in a sentence.
    public var question: String {
        switch self {
        case .title: "Title: a few words you will know the story by."
        case .principles: "Principles: ids or official titles, separated by commas; the first is the one it is checked against. Enter for none (they are then guessed from its words)."
        case .part(.situation), .part(.task): "Situation: where you were, your role, and what was at stake."
        case .part(.action): "Action: what you did yourself, step by step, and what you chose not to do."
        case .part(.result): "Result: what happened, in numbers, against what it was before."
        case .part(.learning): "Learning: what you would do differently next time."
        case .reply(let part): "Add to the \(StoryAuthoring.heading(of: part).lowercased()) in reply, or press Enter to go on."
        case .finished: ""
        }
    }

    /// The prompt's label: `title`, `situation`, `situation · follow-up`.
    public var label: String {
        switch self {
        case .title: "title"
        case .principles: "principles"
        case .part(let part): StoryAuthoring.heading(of: part).lowercased()
        case .reply(let part): StoryAuthoring.heading(of: part).lowercased() + " · follow-up"
        case .finished: ""
        }
    }

    /// Whether the answer may span lines (an empty line ends it), as an answer in an interview does.
    public var takesLines: Bool {
        switch self {
        case .part, .reply: true
        case .title, .principles, .finished: false
        }
    }
}

/// What the candidate typed for a step.
public enum StoryAuthoringEvent: Equatable, Sendable {
    /// The words for the current step, lines joined by line breaks; empty passes on a follow-up.
    case entered(String)
    /// `/skip`: no `Principles:` line, or leave this part out.
    case skipped
}

/// What the shell does next.
public enum StoryAuthoringEffect: Equatable, Sendable {
    /// Ask for this step.
    case ask(StoryAuthoring.Step)
    /// Why what was typed was not taken; the same step is asked again.
    case problem(String)
    /// Something worth knowing that stops nothing.
    case note(String)
    /// The engine's follow-up on the story so far, after this part.
    case followUp(Probe, on: StoryPart)
    /// The story is done: append it to the file.
    case finished(StoryAddition)
}

/// A story ready to go at the end of the stories file.
public struct StoryAddition: Equatable, Sendable {
    /// The story as it goes into the file, from its `## ` heading to its last line break.
    public var markdown: String
    /// The story as the file will hold it (its lines counted from its heading).
    public var story: Story
    /// How `stories check` will read it.
    public var review: StoryReview

    /// What goes between a file holding `existing` and the story, so that the story starts after
    /// a blank line and none of the file's own bytes change.
    public static func separator(after existing: String) -> String {
        var scalars = Array(existing.unicodeScalars)
        guard let last = scalars.last else { return "" }
        guard last == "\n" else { return "\n\n" }
        scalars.removeLast()
        if scalars.last == "\r" { scalars.removeLast() }
        return scalars.isEmpty || scalars.last == "\n" ? "" : "\n"
    }
}
