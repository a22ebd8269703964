/// Something about an answer as a whole: empty, gibberish, too short, no example, too long. (Pasted
/// again is told by `AnswerReading.analysis(after:)`, which knows the earlier answers.)
enum AnswerIssues {
    static func issue(of tokens: [Token], declined: Bool) -> AnswerIssue? {
        if tokens.isEmpty { return .empty }
        if isGibberish(tokens) { return .gibberish }
        if tokens.count < 40 && declined { return .noExample }
        if tokens.count < AnswerAnalyzer.shortAnswerWords { return .tooShort }
        if tokens.count > AnswerAnalyzer.longAnswerWords { return .tooLong }
        return nil
    }

    /// Too few real words: keyboard mashing, one letter repeated, or symbols.
    static func isGibberish(_ tokens: [Token]) -> Bool {
        var wordlike = 0
        for token in tokens {
            let utf8 = token.text.utf8
            if token.hasDigit { wordlike += 1; continue }
            var vowels = 0
            var nonASCII = false
            for byte in utf8 {
                if byte >= 0x80 { nonASCII = true; break }
                if byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79 { vowels += 1 }
            }
            if nonASCII { wordlike += 1; continue }
            if vowels > 0 && utf8.count <= 18 && (utf8.count < 5 || vowels * 6 >= utf8.count) { wordlike += 1 }
        }
        if Double(wordlike) < Double(tokens.count) * 0.6 { return true }
        // Few distinct words in a short answer is mashing; in a long one it is just length.
        if tokens.count >= 12 && tokens.count < 300 {
            let distinct = Set(tokens.map(\.text)).count
            if Double(distinct) < Double(tokens.count) * 0.15 { return true }
        }
        return false
    }
}
