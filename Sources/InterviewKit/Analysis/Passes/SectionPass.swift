/// A labelled section with words in it is evidence for its part: a Situation section sets the
/// scene, a Result section states a result (its numbers are result numbers), a Learning section
/// reflects. Action sections are read by the subject pass, bullet by bullet.
extension AnswerReader {
    mutating func readSections() {
        var seen = Set<StoryPart>()
        for sentence in forms.indices {
            let form = forms[sentence]
            guard let part = form.part, form.hasContent, form.contentLength >= 2, let words = contentEvidence(of: sentence) else { continue }
            switch part {
            case .situation:
                if !seen.contains(part) && form.contentLength >= 4 { add(.situation, words) }
            case .task:
                if !seen.contains(part) && form.contentLength >= 3 { add(.task, words) }
            case .result:
                resultSentences.insert(sentence)
                narrated.insert(sentence)
                if !seen.contains(part) || signals[.result] == nil { add(.result, trimmed(words)) }
            case .learning:
                if !seen.contains(part) { add(.learning, trimmed(words)) }
            case .action:
                break
            }
            seen.insert(part)
        }
    }

    /// At most about twelve words of a section's sentence, cut with an ellipsis.
    func trimmed(_ evidence: Evidence) -> Evidence {
        // Most sentences are short: count the spaces before splitting anything.
        guard evidence.text.utf8.lazy.filter({ $0 == 0x20 }).count > 14 else { return evidence }
        let words = evidence.text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 14 else { return evidence }
        return Evidence(offset: evidence.offset, text: words.prefix(12).joined(separator: " ") + "…")
    }
}
