/// Reads a stories file: Markdown as people already keep their notes. Each `## ` heading starts a
/// story and is its title; `Principles:` and `Role:` lines may follow it; everything else under
/// it, up to the next `## ` or `# ` heading, is the story. Text before the first story, HTML
/// comments and headings inside fenced code are not stories. Every problem is collected with its
/// line instead of stopping at the first.
public enum StoryParser {
    /// The stories in `text`, naming `source` in findings. Throws `StoryFileError.invalid` listing every problem.
    public static func parse(_ text: String, source: String) throws(StoryFileError) -> [Story] {
        let (stories, findings) = read(text, source: source)
        if !findings.isEmpty { throw .invalid(findings) }
        return stories
    }

    /// Every problem in `text`, empty when the file is good.
    public static func findings(in text: String, source: String) -> [StoryFinding] {
        read(text, source: source).findings
    }

    /// A story being read, before its text is known to be there.
    private struct Draft {
        var title: String
        var line: Int
        var principles: [Principle] = []
        var role: Track?
        var seenKeys: Set<String> = []
        var textLines: [Substring] = []
        var textLine: Int?

        /// Adds a line of the story; blank lines before its first line of text are not part of it.
        mutating func append(_ line: Substring, at number: Int) {
            if textLine == nil {
                if line.allSatisfy(\.isWhitespace) { return }
                textLine = number
            }
            textLines.append(line)
        }
    }

    private static func read(_ text: String, source: String) -> (stories: [Story], findings: [StoryFinding]) {
        var findings: [StoryFinding] = []
        var stories: [Story] = []
        var firstLineOfTitle: [String: Int] = [:]
        var draft: Draft?
        var fence: (marker: Substring, line: Int)?
        var inComment = false
        var commentLine = 0
        var sawLevelOneHeading = false
        var levelOneLine: Int?

        func report(_ line: Int, _ problem: StoryProblem) {
            findings.append(StoryFinding(source: source, line: line, problem: problem))
        }

        func finish() {
            guard let done = draft else { return }
            draft = nil
            let body = done.textLines.joined(separator: "\n").trimmingWhitespace()
            if body.isEmpty {
                report(done.line, .noText(title: done.title))
                return
            }
            stories.append(Story(title: done.title, line: done.line, principles: done.principles, role: done.role,
                                 text: body, textLine: done.textLine ?? done.line))
        }

        let body = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            var line = rawLine
            if let open = fence {
                if isFence(line, closing: open.marker) { fence = nil }
                draft?.append(line, at: number)
                continue
            }
            let wasInComment = inComment
            line = removingComments(from: line, inComment: &inComment)
            if inComment && (!wasInComment || rawLine.contains("-->")) { commentLine = number }
            if let marker = fenceMarker(line) {
                fence = (marker, number)
                draft?.append(line, at: number)
                continue
            }
            if let (level, title) = heading(line), level <= 2 {
                finish()
                if level == 1 {
                    sawLevelOneHeading = true
                    if levelOneLine == nil { levelOneLine = number }
                    continue
                }
                if title.isEmpty {
                    report(number, .emptyTitle)
                    continue
                }
                let key = title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if let first = firstLineOfTitle[key] {
                    report(number, .duplicateTitle(title, firstLine: first))
                } else {
                    firstLineOfTitle[key] = number
                }
                draft = Draft(title: title, line: number)
                continue
            }
            guard draft != nil else { continue }
            if let (key, value) = field(line) {
                if draft?.textLine == nil {
                    if draft?.seenKeys.contains(key) == true {
                        report(number, .repeatedLine(key: key == "principles" ? "Principles" : "Role"))
                        continue
                    }
                    draft?.seenKeys.insert(key)
                    if key == "principles" {
                        let (principles, problems) = readPrinciples(value)
                        draft?.principles = principles
                        problems.forEach { report(number, $0) }
                    } else if let role = readRole(value) {
                        draft?.role = role
                    } else {
                        report(number, .unknownRole(String(value)))
                    }
                    continue
                }
                if key == "principles" {
                    report(number, .principlesAfterText)
                    continue
                }
            }
            draft?.append(line, at: number)
        }
        finish()
        // Whatever follows an unclosed comment or fence is silently not a story: say so where it starts.
        if inComment { report(commentLine, .unclosedComment) }
        if let open = fence { report(open.line, .unclosedFence(String(open.marker))) }
        if stories.isEmpty && findings.isEmpty {
            report(levelOneLine ?? 1, .noStories(levelOneHeadings: sawLevelOneHeading))
        }
        return (stories, findings.sorted { $0.line < $1.line })
    }

    /// An ATX heading's level and its title without the closing `#`s; nil for any other line.
    static func heading(_ line: Substring) -> (level: Int, title: String)? {
        var rest = line.drop { $0 == " " }
        guard line.count - rest.count <= 3 else { return nil }
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        rest = rest.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = String(rest).trimmingWhitespace()
        // A closing sequence of `#`s is not part of the title ("## Title ##").
        if let closing = title.lastIndex(where: { $0 != "#" }) {
            if title[closing].isWhitespace { title = String(title[...closing]).trimmingWhitespace() }
        } else {
            title = ""
        }
        return (hashes, title)
    }

    /// `Principles: …` or `Role: …` (the key in any case, bold or not); nil for any other line.
    static func field(_ line: Substring) -> (key: String, value: Substring)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].filter { $0 != "*" && $0 != "_" }.trimmingWhitespace().lowercased()
        guard key == "principles" || key == "principle" || key == "role" else { return nil }
        let value = line[line.index(after: colon)...].drop { $0 == "*" || $0 == "_" || $0.isWhitespace }
        return (key == "role" ? "role" : "principles", Substring(String(value).trimmingWhitespace()))
    }

    /// The principles on a `Principles:` line, separated by commas or semicolons. Official titles
    /// that hold a separator themselves ("Are Right, A Lot") are read whole.
    static func readPrinciples(_ value: Substring) -> ([Principle], [StoryProblem]) {
        let pieces = value.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return ([], [.emptyPrinciples]) }
        var principles: [Principle] = []
        var problems: [StoryProblem] = []
        var index = 0
        while index < pieces.count {
            var matched = false
            for length in stride(from: min(3, pieces.count - index), through: 1, by: -1) {
                if let principle = Principle(name: pieces[index..<index + length].joined(separator: " ")) {
                    if !principles.contains(principle) { principles.append(principle) }
                    index += length
                    matched = true
                    break
                }
            }
            if !matched {
                problems.append(.unknownPrinciple(pieces[index], nearest: Principle.nearest(to: pieces[index])))
                index += 1
            }
        }
        return (principles, problems)
    }

    /// `PM` or `PMM`, or the role's name, in any case.
    static func readRole(_ value: Substring) -> Track? {
        let text = value.lowercased()
        return Track.allCases.first { $0.rawValue == text || $0.title.lowercased() == text }
    }

    /// The line without its `<!-- … -->` parts; a comment left open carries on to the next lines.
    static func removingComments(from line: Substring, inComment: inout Bool) -> Substring {
        guard inComment || line.contains("<!--") else { return line }
        var kept = ""
        var rest = line
        while !rest.isEmpty {
            if inComment {
                guard let end = rest.firstRange(of: "-->") else { return Substring(kept) }
                rest = rest[end.upperBound...]
                inComment = false
            } else if let start = rest.firstRange(of: "<!--") {
                kept += rest[..<start.lowerBound]
                rest = rest[start.upperBound...]
                inComment = true
            } else {
                kept += rest
                break
            }
        }
        return Substring(kept)
    }

    /// The run of three or more backticks or tildes that opens a fenced code block, if the line opens one.
    static func fenceMarker(_ line: Substring) -> Substring? {
        let rest = line.drop { $0 == " " }
        guard line.count - rest.count <= 3, let mark = rest.first, mark == "`" || mark == "~" else { return nil }
        let run = rest.prefix { $0 == mark }
        return run.count >= 3 ? run : nil
    }

    /// Whether the line closes a fence opened with `opening`: the same mark, at least as many times, alone.
    static func isFence(_ line: Substring, closing opening: Substring) -> Bool {
        guard let run = fenceMarker(line), let mark = opening.first, run.first == mark, run.count >= opening.count else { return false }
        return line.drop { $0 == " " }.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }
}
