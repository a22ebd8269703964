/// A part of a STAR story, as a candidate labels it with a heading ("Situation:", "(A)", "Outcome").
public enum StoryPart: String, Codable, Sendable, Hashable, CaseIterable {
    case situation, task, action, result, learning
}

/// How one sentence sits in the answer's layout: the section it falls under, whether it is a
/// bullet, and where its own words start after any list number or label.
struct SentenceForm: Sendable, Equatable {
    /// The labelled section the sentence belongs to, if the answer has sections.
    var part: StoryPart?
    /// The first token after a list number or a section label.
    var contentStart: Int
    /// The last token of the sentence plus one.
    var contentEnd: Int
    var isBullet = false
    /// A label or title with nothing after it ("Result:", "### Transcoding"): it says what follows,
    /// not what happened.
    var isHeading = false
    /// Whether the sentence starts a line of its own.
    var startsLine = false

    var hasContent: Bool { contentStart < contentEnd }
    var contentLength: Int { max(contentEnd - contentStart, 0) }
}
