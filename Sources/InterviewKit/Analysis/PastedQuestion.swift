/// An answer that only gives the question back (pasted from the screen, or a part of it) tells
/// nothing, yet reads like a story: "tell me about a time you…" names a situation and a result.
/// It is taken as no answer at all.
public enum PastedQuestion {
    /// Whether every word of `answer` is a word of one of `prompts` (the question, the case part,
    /// the follow-up), and there are enough of them to be a paste rather than a reply such as
    /// "yes, a time".
    public static func isPastedBack(_ answer: String, from prompts: [String]) -> Bool {
        // A reply much longer than every prompt cannot be one of them given back: most answers are
        // told apart here, without reading their words.
        let longest = prompts.lazy.map(\.utf8.count).max() ?? 0
        guard answer.utf8.count <= longest * 2 + 16 else { return false }
        let answerWords = words(answer)
        guard !answerWords.isEmpty else { return false }
        return prompts.contains { prompt in
            let promptWords = words(prompt)
            guard !promptWords.isEmpty else { return false }
            let vocabulary = Set(promptWords)
            guard answerWords.allSatisfy(vocabulary.contains) else { return false }
            return answerWords == promptWords || answerWords.count >= min(minimumWords, promptWords.count)
        }
    }

    /// Fewer words than this, all from the question, may be a real reply.
    static let minimumWords = 5

    /// Lower-cased runs of letters and digits; apostrophes stay inside words.
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        var result: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || (character == "'" || character == "’") && !current.isEmpty {
                current.append(character == "’" ? "'" : character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The same for plain ASCII text, byte by byte.
    private static func asciiWords(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for var byte in text.utf8 {
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if isWordByte || byte == 0x27 && !current.isEmpty {
                current.append(byte)
            } else if !current.isEmpty {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }
}
