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
