/// A set of small non-negative integers (sentence or token numbers) kept as bits: the analyser asks
/// "is this sentence a result sentence?" for every token, and a bit test costs no hashing.
struct IndexBits: Sendable, Equatable, Sequence {
    private var words: [UInt64] = []

    init() {}

    init(_ members: some Sequence<Int>) {
        for member in members { insert(member) }
    }

    func contains(_ member: Int) -> Bool {
        let word = member >> 6
        return member >= 0 && word < words.count && words[word] & (1 << UInt64(member & 63)) != 0
    }

    mutating func insert(_ member: Int) {
        precondition(member >= 0, "IndexBits holds no negative numbers")
        let word = member >> 6
        if word >= words.count { words += repeatElement(0, count: word + 1 - words.count) }
        words[word] |= 1 << UInt64(member & 63)
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The largest member, if any.
    func max() -> Int? {
        for word in words.indices.reversed() where words[word] != 0 {
            return word << 6 + 63 - words[word].leadingZeroBitCount
        }
        return nil
    }

    func intersection(_ other: IndexBits) -> IndexBits {
        var both = IndexBits()
        both.words = zip(words, other.words).map { $0 & $1 }
        return both
    }

    /// The members in increasing order.
    func makeIterator() -> Iterator { Iterator(words: words) }

    struct Iterator: IteratorProtocol {
        let words: [UInt64]
        var word = 0
        var rest: UInt64 = 0

        init(words: [UInt64]) {
            self.words = words
            rest = words.first ?? 0
        }

        mutating func next() -> Int? {
            while rest == 0 {
                word += 1
                guard word < words.count else { return nil }
                rest = words[word]
            }
            let bit = rest.trailingZeroBitCount
            rest &= rest - 1
            return word << 6 + bit
        }
    }
}
