/// Counts the words for virtues and manners ("empathy", "professionalism", "constructively"), and
/// keeps the sentence densest in them: the words a probe for one real time quotes.
extension AnswerReader {
    mutating func readManner() {
        var perSentence: [Int: Int] = [:]
        for token in tokens where token.flags.contains(.manner) {
            mannerWords += 1
            perSentence[token.sentence, default: 0] += 1
        }
        // The densest sentence, the earliest of equals.
        guard let (sentence, count) = perSentence.min(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }),
              count >= 2, let words = contentEvidence(of: sentence) else { return }
        add(.manner, trimmed(words))
    }
}
