/// One of the candidate's prepared stories, as written in their stories file.
public struct Story: Equatable, Sendable {
    /// The text of its `## ` heading.
    public var title: String
    /// The 1-based line of its heading.
    public var line: Int
    /// The principles the candidate claims for it, in the order written; empty when it has no
    /// `Principles:` line.
    public var principles: [Principle]
    /// The role it is told for, from its `Role:` line.
    public var role: Track?
    /// The story itself, in whatever form it was written (prose, STAR headings, bullets).
    public var text: String
    /// The 1-based line where its text starts.
    public var textLine: Int

    public init(title: String, line: Int, principles: [Principle] = [], role: Track? = nil, text: String, textLine: Int) {
        self.title = title
        self.line = line
        self.principles = principles
        self.role = role
        self.text = text
        self.textLine = textLine
    }

    /// A story claimed for more principles than this is stretched: a bar raiser hears it as a
    /// story that fits everything and proves nothing in particular.
    public static let principleLimit = 4

    public var isStretched: Bool { principles.count > Self.principleLimit }
}
