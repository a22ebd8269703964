/// The candidate's latest answers, each kept as the set of its words, so noticing an answer pasted
/// again costs one pass over the new answer instead of re-reading every earlier one.
public struct RecentAnswers: Codable, Equatable, Sendable {
    /// One earlier answer: its length in bytes and its distinct words, hashed and sorted.
    struct WordPrint: Codable, Equatable, Sendable {
        var bytes: Int
        var words: [UInt64]
    }

    private(set) var kept: [WordPrint] = []

    public init(_ answers: [String] = []) {
        append(contentsOf: answers)
    }

    public var count: Int { kept.count }

    /// Keeps the answer, forgetting the oldest beyond `AnswerAnalyzer.repetitionWindow`.
    public mutating func append(_ answer: String) {
        let normalized = Normalizer.normalize(answer)
        let (tokens, _) = Tokenizer.tokenize(Array(normalized.utf8))
        append(WordPrint(bytes: normalized.utf8.count, words: Self.words(of: tokens)))
    }

    mutating func append(_ answer: WordPrint) {
        kept.append(answer)
        if kept.count > AnswerAnalyzer.repetitionWindow { kept.removeFirst(kept.count - AnswerAnalyzer.repetitionWindow) }
    }

    public mutating func append(contentsOf answers: some Sequence<String>) {
        for answer in answers { append(answer) }
    }

    /// Whether the answer shares at least 80% of its distinct words (of both answers' words
    /// together) with one of the recent answers.
    func repeats(_ answer: WordPrint) -> Bool {
        let bytes = answer.bytes, words = answer.words
        guard !words.isEmpty else { return false }
        for earlier in kept {
            // Answers whose lengths differ this much cannot share 80% of their words: skip them.
            guard earlier.bytes * 5 >= bytes * 3, bytes * 5 >= earlier.bytes * 3, !earlier.words.isEmpty else { continue }
            if Self.sharesMost(words, earlier.words) { return true }
        }
        return false
    }

    /// Whether two answers share at least 80% of their distinct words. The more words they share,
    /// the nearer they come to it, so the count stops as soon as the words left could not get there.
    private static func sharesMost(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        let total = a.count + b.count
        let reaches = { (shared: Int) in Double(shared) >= 0.8 * Double(max(total - shared, 1)) }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else {
                if a[i] < b[j] { i += 1 } else { j += 1 }
                if !reaches(shared + min(a.count - i, b.count - j)) { return false }
            }
        }
        return reaches(shared)
    }

    /// Distinct words as sorted 64-bit FNV-1a hashes: the same words give the same list on every run.
    /// An answer too short to judge is never taken for a repeat: it has none.
    static func words(of tokens: [Token]) -> [UInt64] {
        guard tokens.count >= AnswerAnalyzer.shortAnswerWords else { return [] }
        // The tokenizer hashed each word as it read it.
        var hashes = tokens.map(\.hash)
        hashes.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(hashes.count)
        for hash in hashes where distinct.last != hash { distinct.append(hash) }
        return distinct
    }
}
