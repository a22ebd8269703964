/// An answer that only gives the question back (pasted from the screen, or a part of it) tells
/// nothing, yet reads like a story: "tell me about a time you…" names a situation and a result.
/// It is taken as no answer at all.
public enum PastedQuestion {
    /// Whether every word of `answer` is a word of one of `prompts` (the question, the case part,
    /// the follow-up), and there are enough of them to be a paste rather than a reply such as
    /// "yes, a time".
    public static func isPastedBack(_ answer: String, from prompts: [String]) -> Bool {
        Prompts(prompts).givenBack(in: answer)
    }

    /// Prompts read once, to test many answers against: each prompt's words are taken when it is made.
    public struct Prompts: Equatable, Sendable {
        let longest: Int
        let words: [[UInt64]]

        public init(_ prompts: [String]) {
            longest = prompts.lazy.map(\.utf8.count).max() ?? 0
            words = prompts.map(PastedQuestion.words).filter { !$0.isEmpty }
        }

        /// These prompts and `more`, the words of `more` taken now.
        public func adding(_ more: [String]) -> Prompts {
            more.isEmpty ? self : Prompts(longest: max(longest, more.lazy.map(\.utf8.count).max() ?? 0),
                                          words: words + more.map(PastedQuestion.words).filter { !$0.isEmpty })
        }

        private init(longest: Int, words: [[UInt64]]) {
            self.longest = longest
            self.words = words
        }

        /// Whether `answer` only gives one of the prompts back.
        public func givenBack(in answer: String) -> Bool {
            // A reply much longer than every prompt cannot be one of them given back: most answers are
            // told apart here, without reading their words.
            guard answer.utf8.count <= longest * 2 + 16 else { return false }
            let answerWords = PastedQuestion.words(answer)
            guard !answerWords.isEmpty else { return false }
            return words.contains { promptWords in
                // Both are short (the answer is at most about twice the prompt): a scan beats hashing into a set.
                guard answerWords.allSatisfy(promptWords.contains) else { return false }
                return answerWords == promptWords || answerWords.count >= min(minimumWords, promptWords.count)
            }
        }
    }

    /// Fewer words than this, all from the question, may be a real reply.
    static let minimumWords = 5

    /// Lower-cased runs of letters and digits, apostrophes kept inside words, each as the FNV-1a
    /// hash of its UTF-8 bytes: compared and looked up without a String made for every word.
    static func words(_ text: String) -> [UInt64] {
        var plain = text
        if let words = plain.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiWords(bytes) : nil }) { return words }
        var result: [UInt64] = []
        var current = WordHash.empty, inWord = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || (character == "'" || character == "’") && inWord {
                for byte in (character == "’" ? "'" : character).utf8 { current = WordHash.adding(byte, to: current) }
                inWord = true
            } else if inWord {
                result.append(current)
                current = WordHash.empty
                inWord = false
            }
        }
        if inWord { result.append(current) }
        return result
    }

    /// The same for plain ASCII text, byte by byte.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(bytes.count / 5)
        var current = WordHash.empty, inWord = false
        for var byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if isWordByte || byte == 0x27 && inWord {
                current = WordHash.adding(byte, to: current)
                inWord = true
            } else if inWord {
                result.append(current)
                current = WordHash.empty
                inWord = false
            }
        }
        if inWord { result.append(current) }
        return result
    }
}
