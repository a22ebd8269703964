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
                // "R: shared the finding with leadership": a step of the candidate's, told where the
                // outcome should be, is no outcome.
                if isPlaceholder(sentence) {
                    add(.placeholder, trimmed(words))
                    continue
                }
                // "Result: I learnt that I should document every dependency": a lesson told where the
                // outcome should be is reflection, and the story has no ending yet.
                if drawsALessonOnly(sentence) {
                    forms[sentence].part = .learning
                    resultHeldLessons = true
                    dropEvidence(of: .result) { $0 == sentence }
                    continue
                }
                if isPending(sentence) || onlyPassesItOn(sentence) { continue }
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

    /// Whether a sentence is a note left to fill in rather than words of the story: "TODO - add
    /// what happened after the hotfix", "fixed?? add numbers from the Q1 review", "TBD".
    func isPlaceholder(_ sentence: Int) -> Bool {
        let range = forms[sentence].contentStart..<forms[sentence].contentEnd
        return range.contains { index in
            if Lexicon.placeholderWords.contains(tokens[index].text) { return true }
            return Lexicon.placeholderPhrases.contains { phrase in
                index + phrase.count <= range.upperBound && phrase.indices.allSatisfy { tokens[index + $0].text == phrase[$0] }
                    && (index == range.lowerBound || breaksClause(before: index) || bytes[tokens[index].start - 1] == 0x2D
                        || bytes[tokens[index - 1].end..<tokens[index].start].contains(0x2D) || phrase[0] == "to" || phrase[0] == "need")
            }
        }
    }

    /// Whether a sentence draws a lesson and tells nothing that became of the work: what the
    /// candidate learnt ("I learnt that…", "realised how…", "the lesson"), or should or must do
    /// from now on, and no figure.
    func drawsALessonOnly(_ sentence: Int) -> Bool {
        let range = forms[sentence].contentStart..<forms[sentence].contentEnd
        let lesson = range.contains { index in
            let word = tokens[index].text
            if Self.lessonNouns.contains(word) { return true }
            if Self.lessonVerbs.contains(word), index + 1 < range.upperBound { return Self.lessonObjects.contains(tokens[index + 1].text) }
            guard index + 1 < range.upperBound, tokens[index].isWord(.i) || tokens[index].isWord(.we) else { return false }
            return Self.resolutionModals.contains(tokens[index + 1].text)
                || (tokens[index + 1].text == "need" && index + 2 < range.upperBound && tokens[index + 2].isWord(.to))
        }
        return lesson && !range.contains { tokens[$0].hasDigit || tokens[$0].flags.contains(.numberWord) }
    }

    /// Words a lesson is drawn with: "I learnt that…", "realised how much…", "the lesson".
    static let lessonVerbs: Set<String> = ["learned", "learnt", "learn", "realized", "realised", "understood"]
    static let lessonObjects: Set<String> = ["that", "to", "how", "the", "a", "about", "from"]
    static let lessonNouns: Set<String> = ["lesson", "lessons", "takeaway", "takeaways"]
    /// What the candidate resolves to do, which a lesson is told with: "I should", "we must".
    static let resolutionModals: Set<String> = ["should", "must"]

    /// Whether a sentence is one clause that opens on passing the work on: "shared the finding in
    /// the weekly review", "I presented it to the VP".
    func onlyPassesItOn(_ sentence: Int) -> Bool {
        let range = forms[sentence].contentStart..<forms[sentence].contentEnd
        guard var first = range.first else { return false }
        if tokens[first].isWord(.i), first + 1 < range.upperBound { first += 1 }
        guard Lexicon.passingOnVerbs.contains(tokens[first].text) else { return false }
        // "…to the VP, who approved it", "…and she signed it off": what came of it follows.
        return !range.dropFirst().contains { tokens[$0].isWord(.and) || tokens[$0].isWord(.but) || tokens[$0].isWord(.then)
            || Self.followingClauses.contains(tokens[$0].text) }
    }

    /// Words that open a clause telling what came of a step: "…to the VP, who approved it".
    static let followingClauses: Set<String> = ["who", "which", "so", "after"]
}
