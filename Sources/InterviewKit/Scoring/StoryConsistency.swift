/// Notices the same story told twice with different numbers: a bar raiser compares notes.
public enum StoryConsistency {
    /// What one question's story is about and the numbers it gave.
    public struct Fingerprint: Codable, Equatable, Sendable {
        public var questionID: String
        public var words: Set<String>
        public var numbers: Set<String>

        public init(questionID: String, words: Set<String>, numbers: Set<String>) {
            self.questionID = questionID
            self.words = words
            self.numbers = numbers
        }
    }

    /// Content words and numbers of a story.
    public static func fingerprint(questionID: String, answers: [String]) -> Fingerprint {
        var words = Set<String>()
        var numbers = Set<String>()
        for answer in answers {
            for token in Tokenizer.tokenize(Array(AnswerAnalyzer.normalize(answer).utf8)).tokens {
                if token.hasDigit {
                    numbers.insert(token.text)
                } else if token.text.count > 3 && !stopWords.contains(token.text) {
                    words.insert(token.text)
                }
            }
        }
        return Fingerprint(questionID: questionID, words: words, numbers: numbers)
    }

    /// One line per pair of stories that share most of their words but not their numbers.
    public static func conflicts(in stories: [Fingerprint]) -> [String] {
        var notes: [String] = []
        for (index, first) in stories.enumerated() {
            for second in stories[(index + 1)...] {
                guard first.words.count >= 8, second.words.count >= 8 else { continue }
                let shared = first.words.intersection(second.words).count
                let similarity = Double(shared) / Double(min(first.words.count, second.words.count))
                let onlyFirst = first.numbers.subtracting(second.numbers)
                let onlySecond = second.numbers.subtracting(first.numbers)
                if similarity >= 0.5, !onlyFirst.isEmpty, !onlySecond.isEmpty {
                    notes.append("The answers to \(first.questionID) and \(second.questionID) tell the same story with different numbers (\(onlyFirst.sorted().joined(separator: ", ")) against \(onlySecond.sorted().joined(separator: ", "))).")
                }
            }
        }
        return notes
    }

    static let stopWords: Set<String> = [
        "that", "this", "with", "have", "from", "they", "them", "then", "were", "what", "when", "which", "would",
        "there", "their", "about", "because", "after", "before", "into", "also", "just", "really", "very", "some",
        "more", "most", "much", "like", "been", "being", "could", "should", "than", "over", "only", "other", "team",
    ]
}
