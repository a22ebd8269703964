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
                // "Result: still waiting on their sign-off": what is to come is no result yet.
                if isPending(sentence) { continue }
                resultSentences.insert(sentence)
                narrated.insert(sentence)
                if !seen.contains(part) || signals[.result] == nil { add(.result, trimmed(words)) }
            case .learning:
                if !seen.contains(part) { add(.learning, trimmed(words)) }
            case .action:
                // Steps are read by the subject pass; the section's first words are what a probe on
                // a thin Action section quotes.
                if actionSection == nil { actionSection = trimmed(words) }
            }
            seen.insert(part)
        }
    }
}
