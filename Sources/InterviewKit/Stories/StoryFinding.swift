/// What can be wrong in a stories file.
public enum StoryProblem: Equatable, Sendable {
    /// The bytes are not UTF-8; found by the program that reads the file, on the line of the first bad byte.
    case notUTF8
    /// A `Principles:` entry that is neither an id nor an official title, with the closest one.
    case unknownPrinciple(String, nearest: Principle)
    /// A `Principles:` line with nothing after the colon.
    case emptyPrinciples
    /// A second `Principles:` or `Role:` line in one story.
    case repeatedLine(key: String)
    /// A `Principles:` line below the story's first line of text, where it would be read as the story.
    case principlesAfterText
    /// A `Role:` that is neither PM nor PMM.
    case unknownRole(String)
    /// A `## ` heading with nothing after it.
    case emptyTitle
    /// A title already used by the story on `firstLine`.
    case duplicateTitle(String, firstLine: Int)
    /// A heading with nothing under it but its `Principles:` and `Role:` lines.
    case noText(title: String)
    /// A `<!--` with no `-->` after it: the rest of the file is hidden.
    case unclosedComment
    /// A code fence (its marker) that is never closed: the rest of the file is code.
    case unclosedFence(String)
    /// No `## ` heading anywhere; `levelOneHeadings` says whether the file uses `# ` ones instead.
    case noStories(levelOneHeadings: Bool)
}

/// A problem in a stories file, pointing at the line to fix.
public struct StoryFinding: Equatable, Sendable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var source: String
    /// 1-based.
    public var line: Int
    public var problem: StoryProblem

    public init(source: String, line: Int, problem: StoryProblem) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// What is wrong, and how to fix it.
    public var message: String {
        switch problem {
        case .notUTF8:
            "this file is not UTF-8 text (the first bad byte is on this line); save it as UTF-8 and try again"
        case .unknownPrinciple(let name, let nearest):
            "unknown principle `\(name)`; did you mean `\(nearest.id)` (\(nearest.title))? Write ids or official titles, separated by commas"
        case .emptyPrinciples:
            "`Principles:` names no principle; list at least one, e.g. `Principles: ownership, dive-deep`, or remove the line"
        case .repeatedLine(let key):
            "a second `\(key):` line in this story; keep one, with everything on it"
        case .principlesAfterText:
            "`Principles:` comes after the story's text has started; move it up, right under the `## ` heading"
        case .unknownRole(let role):
            "unknown role `\(role)`; write `Role: PM` or `Role: PMM`, or remove the line"
        case .emptyTitle:
            "a `## ` heading with no title; name the story after the `##`, e.g. `## The pricing page rewrite`"
        case .duplicateTitle(let title, let firstLine):
            "a second story titled `\(title)` (the first is on line \(firstLine)); give one of them another title"
        case .noText(let title):
            "the story `\(title)` has no text; write it under its heading (and its `Principles:` line), or remove the heading"
        case .unclosedComment:
            "this `<!--` comment is never closed, so nothing after it is read; add `-->` where the comment ends"
        case .unclosedFence(let marker):
            "this \(marker) code block is never closed, so everything after it is read as code; close it with \(marker) on a line of its own"
        case .noStories(let levelOneHeadings):
            levelOneHeadings
                ? "no stories: `# ` is a file title; start each story with a `## ` heading instead"
                : "no stories: start each story with a `## ` heading, e.g. `## The pricing page rewrite`"
        }
    }

    /// `FILE:LINE: message`, the form editors and terminals link to.
    public var description: String { "\(source):\(line): \(message)" }
}

/// Why a stories file, or a story in it, could not be used.
public enum StoryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has problems; every one is listed, in line order.
    case invalid([StoryFinding])
    /// No story in the file `source` has this title, and it is not a number from 1 to `count`.
    case noSuchStory(String, source: String, count: Int)
    /// Several titles in the file contain these words.
    case ambiguousStory(String, source: String, matches: [Story])
    /// The story names no principle and its words point at none, so no question fits it.
    case noPrinciple(Story, source: String)

    public var description: String {
        switch self {
        case .invalid(let findings):
            findings.map(\.description).joined(separator: "\n")
        case .noSuchStory(let reference, let source, let count):
            "\(source): no story is titled `\(reference)`\(count > 0 ? ", and it is not a number from 1 to \(count)" : ""); `barraiser stories check` lists them in order"
        case .ambiguousStory(let reference, let source, let matches):
            "\(source): `\(reference)` is in several titles (" + matches.map { "line \($0.line) `\($0.title)`" }.joined(separator: ", ")
                + "); give the whole title or the story's number"
        case .noPrinciple(let story, let source):
            "\(source):\(story.line): the story `\(story.title)` names no principle and its words point at none, so no question fits it; add a `Principles:` line under its heading"
        }
    }
}
