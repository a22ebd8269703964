/// Something about an answer as a whole: empty, gibberish, too short, no example, too long. (Pasted
/// again is told by `AnswerReading.analysis(after:)`, which knows the earlier answers.)
enum AnswerIssues {
    /// `distinctWords` is how many different words the answer has (the repeat check's word print counts them).
    static func issue(of tokens: [Token], distinctWords: Int, declined: Bool) -> AnswerIssue? {
        if tokens.isEmpty { return .empty }
        if isGibberish(tokens, distinctWords: distinctWords) { return .gibberish }
        if tokens.count < 40 && declined { return .noExample }
        if tokens.count < AnswerAnalyzer.shortAnswerWords { return .tooShort }
        if tokens.count > AnswerAnalyzer.longAnswerWords { return .tooLong }
        return nil
    }

    /// Too few real words: keyboard mashing, one letter repeated, or symbols.
    static func isGibberish(_ tokens: [Token], distinctWords: Int) -> Bool {
        var wordlike = 0
        for token in tokens {
            if token.hasDigit { wordlike += 1; continue }
            let length = token.text.utf8.count
            guard let vowels = length <= 8 ? asciiVowels(packed: token.lead) : asciiVowels(in: token.text.utf8) else {
                wordlike += 1
                continue
            }
            if vowels > 0 && length <= 18 && (length < 5 || vowels * 6 >= length) { wordlike += 1 }
        }
        if Double(wordlike) < Double(tokens.count) * 0.6 { return true }
        // Few distinct words in a short answer is mashing; in a long one it is just length.
        if tokens.count >= 12 && tokens.count < 300 && Double(distinctWords) < Double(tokens.count) * 0.15 { return true }
        return false
    }

    /// How many of a word's bytes are a, e, i, o, u or y; nil when it has a byte beyond ASCII.
    static func asciiVowels(in utf8: some Sequence<UInt8>) -> Int? {
        var vowels = 0
        for byte in utf8 {
            if byte >= 0x80 { return nil }
            if isVowel(byte) { vowels += 1 }
        }
        return vowels
    }

    /// The same for a word of at most eight bytes from its packed leading bytes (`Token.lead`),
    /// without reading the String: a word has no zero byte, so the first zero is its end.
    static func asciiVowels(packed: UInt64) -> Int? {
        var vowels = 0
        var rest = packed
        while rest != 0 {
            let byte = UInt8(truncatingIfNeeded: rest)
            if byte >= 0x80 { return nil }
            if isVowel(byte) { vowels += 1 }
            rest >>= 8
        }
        return vowels
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }
}
