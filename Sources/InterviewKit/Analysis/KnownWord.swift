/// Words the passes test tokens for one at a time ("to" between two figures, "but" opening a
/// clause). The vocabulary takes them in first, in this order, so each one's id is its raw value
/// and a test is one integer comparison rather than a String comparison at every token.
enum KnownWord: Int32, CaseIterable, Sendable {
    case to, from, but, and, then, i, we, you, he, she, they, my, step, was, did, ago, once, one, day, last, previous, former, when, vs, versus, against

    /// The word as written, which is the case's name.
    var spelling: String { String(describing: self) }
}

extension Token {
    /// Whether the token is this word.
    func isWord(_ word: KnownWord) -> Bool { id == word.rawValue }
}

/// A word a pass tests tokens for without the vocabulary knowing it (a word the vocabulary knows
/// is read for slips of it): told by the token's packed first bytes, so a test at every token is
/// one integer comparison, and the String is compared only for a word of eight bytes or more.
struct SpelledWord: Sendable {
    let text: String
    let lead: UInt64

    init(_ text: String) {
        self.text = text
        lead = Vocabulary.lead(of: Array(text.utf8))
    }
}

extension Token {
    /// Whether the token is this word. A token has no zero byte, so under eight bytes the packed
    /// first bytes are the whole word.
    func isSpelled(_ word: SpelledWord) -> Bool {
        lead == word.lead && (word.text.utf8.count < 8 || text == word.text)
    }
}
