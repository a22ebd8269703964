/// One answer as the analysis passes see it: its bytes, tokens and sentences, the layout of each
/// sentence, and the signals found so far. Each pass lives in its own file under `Passes/` and
/// reads what earlier passes left here.
struct AnswerReader {
    let bytes: [UInt8]
    let tokens: [Token]
    let sentences: [SentenceRange]
    /// The first token of each sentence; the next sentence's first token ends it.
    let firstTokens: [Int]
    /// The question's framing: whether it asks for a past example, a plan or a general approach.
    let framing: QuestionFraming
    var forms: [SentenceForm] = []
    var signals = SignalTable()

    /// Sentences that state a result, for telling result quantities from others.
    var resultSentences = IndexBits()
    var timeFrameSentences = IndexBits()
    var quantitySentences = IndexBits()
    /// Tokens read as quantities (not dates, team sizes, spans or labels): set by the quantity pass.
    var quantityTokens = IndexBits()
    var deferredSentences = IndexBits()
    /// Tokens that number a list ("1." at a line's start): they are no quantity.
    var listMarkers = IndexBits()
    /// Tokens inside a vague-effort phrase ("tried to", "made sure"): an action on one of them is no concrete step.
    var vagueActionTokens = IndexBits()
    /// Past-tense verbs anywhere in the answer: how much of it is told as a story rather than a view.
    var pastVerbs = 0
    /// Words for virtues and manners: set by the manner pass.
    var mannerWords = 0
    /// The first words under an Action heading: set by the section pass.
    var actionSection: Evidence?
    /// Whether a Result heading held only lessons: set by the section pass. The heading still
    /// stands where the outcome should be.
    var resultHeldLessons = false
    /// Steps told in the present ("I identify…", "we review…"): set with `pastVerbs`.
    var presentSteps = 0
    /// Whether the answer reads as a story: set with `pastVerbs`.
    var toldAsAStory = false
    /// A story told in the present ("we meet some bugs, I tell my lead"), with no word of habit:
    /// its steps in the present are what happened. Set with `pastVerbs`.
    var narratedInThePresent = false
    /// Whether "every day", "every week" count the times of a step in a story set in the past
    /// rather than a habit. Set with `pastVerbs`.
    var repeatsWithinAStory = false
    /// Sentences that tell what happened (a past verb, a step, a result under its heading), not a view.
    var narrated = IndexBits()
    /// Words under each labelled section.
    var sectionWords: [StoryPart: Int] = [:]

    init(bytes: [UInt8], tokens: [Token], sentences: [SentenceRange], framing: QuestionFraming) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
        self.framing = framing
        var firsts = Array(repeating: tokens.count, count: sentences.count)
        for index in tokens.indices.reversed() where tokens[index].sentence < firsts.count {
            firsts[tokens[index].sentence] = index
        }
        // A sentence with no tokens starts where the next one does.
        var next = tokens.count
        for sentence in firsts.indices.reversed() {
            if firsts[sentence] == tokens.count || firsts[sentence] > next { firsts[sentence] = next }
            next = firsts[sentence]
        }
        self.firstTokens = firsts
    }

    /// Whether a sentence sits under a heading that is not the result's: the setting, the task, a
    /// lesson, or the steps when the answer has a Result section of its own. There a result word or
    /// a comparison ("Cut scope to the 4 feeds they used") is the setting or a step: the answer's
    /// headings say where its results are.
    func isUnderOtherHeading(_ sentence: Int) -> Bool {
        switch forms[sentence].part {
        case .situation?, .task?, .learning?: true
        case .action?: (sectionWords[.result] ?? 0) > 0
        case .result?, nil: false
        }
    }

    /// The tokens of one sentence.
    func tokenRange(of sentence: Int) -> Range<Int> {
        let start = firstTokens[sentence]
        let end = sentence + 1 < firstTokens.count ? firstTokens[sentence + 1] : tokens.count
        return start..<max(start, end)
    }

    /// Whether a sentence asks rather than tells ("What were the problems you set out to solve?"):
    /// its last mark is a question mark.
    func asksAQuestion(_ sentence: Int) -> Bool {
        guard sentence < sentences.count else { return false }
        var cursor = sentences[sentence].end - 1
        while cursor >= sentences[sentence].start, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x09 { cursor -= 1 }
        return cursor >= sentences[sentence].start && bytes[cursor] == 0x3F
    }

    func sentenceText(_ index: Int) -> String {
        guard index < sentences.count else { return "" }
        let range = sentences[index]
        return String(decoding: bytes[range.start..<range.end], as: UTF8.self).trimmingWhitespace()
    }

    /// A sentence's own words, after any list number or label.
    func contentEvidence(of sentence: Int) -> Evidence? {
        let form = forms[sentence]
        guard form.hasContent else { return nil }
        let start = tokens[form.contentStart].start
        let end = tokens[form.contentEnd - 1].end
        return Evidence(offset: start, text: String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// At most about twelve words of a sentence quoted as evidence, cut with an ellipsis: a text of
    /// more than fourteen space-separated words and spaces keeps its first twelve words, one space
    /// between each.
    func trimmed(_ evidence: Evidence) -> Evidence {
        var text = evidence.text
        let cut: [UInt8]? = text.withUTF8 { bytes in
            var words: [Range<Int>] = []
            var start: Int?
            var spaces = 0
            for index in bytes.indices {
                if bytes[index] == 0x20 {
                    spaces += 1
                    if let first = start { words.append(first..<index); start = nil }
                } else if start == nil {
                    start = index
                    if words.count == 15 { break }
                }
            }
            if let first = start, words.count < 15 { words.append(first..<bytes.count) }
            guard words.count > 14, spaces > 14 else { return nil }
            var kept: [UInt8] = []
            kept.reserveCapacity(words[11].upperBound - words[0].lowerBound + 3)
            for word in words.prefix(12) {
                if !kept.isEmpty { kept.append(0x20) }
                kept.append(contentsOf: bytes[word])
            }
            kept.append(contentsOf: [0xE2, 0x80, 0xA6])
            return kept
        }
        guard let cut else { return evidence }
        return Evidence(offset: evidence.offset, text: String(decoding: cut, as: UTF8.self))
    }

    /// Where token `index` sits in the answer, from 0 (its start) to 1 (its end).
    func position(of index: Int) -> Double {
        tokens.count <= 1 ? 1 : Double(index) / Double(tokens.count - 1)
    }

    /// The clause around tokens `first...last`: back to the nearest punctuation or conjunction,
    /// forward to the next, at most about twelve words. A subject-led clause starts at its subject.
    func clause(around first: Int, _ last: Int, startingAtSubject: Bool = false) -> Evidence {
        evidence(for: clauseBounds(around: first, last, startingAtSubject: startingAtSubject), startingAtSubject: startingAtSubject)
    }

    /// The first and last token of the clause around tokens `first...last`.
    func clauseBounds(around first: Int, _ last: Int, startingAtSubject: Bool = false) -> ClosedRange<Int> {
        let sentence = tokens[first].sentence
        let last = min(max(last, first), sentenceEnd(of: first))
        let contentStart = forms.isEmpty ? 0 : forms[sentence].contentStart
        var start = first
        if !startingAtSubject {
            while start > contentStart, tokens[start - 1].sentence == sentence, first - start < 8, !breaksClause(before: start),
                  !tokens[start - 1].flags.contains(.conjunction) { start -= 1 }
        }
        var end = last
        while end + 1 < tokens.count, tokens[end + 1].sentence == sentence, end - start < 11, !breaksClause(before: end + 1),
              !tokens[end + 1].flags.contains(.conjunction) { end += 1 }
        return start...end
    }

    func evidence(for bounds: ClosedRange<Int>, startingAtSubject: Bool = false) -> Evidence {
        let (start, end) = (bounds.lowerBound, bounds.upperBound)
        let sentence = tokens[start].sentence
        let contentStart = forms.isEmpty ? 0 : forms[sentence].contentStart
        var text = String(decoding: bytes[tokens[start].start..<tokens[end].end], as: UTF8.self)
        // Cut for length in mid-phrase: say so, rather than make the candidate seem to stop there.
        let cutBefore = start > contentStart && tokens[start - 1].sentence == sentence && !breaksClause(before: start)
            && !tokens[start - 1].flags.contains(.conjunction) && !startingAtSubject
        let cutAfter = end + 1 < tokens.count && tokens[end + 1].sentence == sentence && !breaksClause(before: end + 1)
            && !tokens[end + 1].flags.contains(.conjunction)
        if cutBefore { text = "…" + text }
        if cutAfter { text += "…" }
        return Evidence(offset: tokens[start].start, text: text)
    }

    /// Whether token `index` is a word of comparison. "Before" is one only where it stands for an
    /// earlier state ("twice as fast as before", "Before, it took a day"), not where it dates
    /// something ("I told my manager three days before the deadline", "before the launch").
    func isComparative(_ index: Int) -> Bool {
        guard tokens[index].flags.contains(.comparative) else { return false }
        let text = tokens[index].text
        // Some compare only beside a figure: "up 20%", "down to 4%", "back to 87%", "the previous
        // quarter's 12%", "against a 3% target". Elsewhere they are a verb's particle ("set up a
        // weekly report"), a role ("my previous role"), a segment ("our target customers") or a
        // struggle ("worked against the clock").
        if Lexicon.comparativesBesideAFigure.contains(text) {
            let sentence = tokens[index].sentence
            let reach = text == "up" || text == "down" || text == "back" ? 3 : 4
            let window = max(0, index - reach)...min(tokens.count - 1, index + reach)
            if text == "against", index + 2 < tokens.count, tokens[index + 1...index + 2].contains(where: { $0.text == "deadline" || $0.text == "clock" }) { return false }
            if text == "target", index + 1 < tokens.count, Lexicon.segmentNouns.contains(tokens[index + 1].text) { return false }
            return window.contains { tokens[$0].sentence == sentence && tokens[$0].hasDigit }
        }
        guard text == "before" else { return true }
        let next = index + 1
        return next >= tokens.count || tokens[next].sentence != tokens[index].sentence || breaksClause(before: next)
    }

    func breaksClause(before index: Int) -> Bool {
        tokens[index].punctuatedBefore || tokens[index].isWord(.but)
    }

    /// Whether token `index` opens a clause: its sentence's first word of content, or a word after
    /// clause punctuation or a conjunction.
    func opensClause(at index: Int) -> Bool {
        index == forms[tokens[index].sentence].contentStart || breaksClause(before: index)
            || (index > 0 && tokens[index - 1].flags.contains(.conjunction))
    }

    func isNegated(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var look = index - 1
        while look >= 0, index - look <= 3, tokens[look].sentence == sentence {
            if tokens[look].flags.contains(.negator) || tokens[look].endsInNot { return true }
            look -= 1
        }
        return false
    }

    /// The sentence holding byte `offset` of the answer (the last one that starts at or before it).
    func sentence(atByte offset: Int) -> Int {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// The index of the last token in the sentence that holds token `index`.
    func sentenceEnd(of index: Int) -> Int {
        // The next sentence's first token ends this one.
        let sentence = tokens[index].sentence
        return sentence + 1 < firstTokens.count ? firstTokens[sentence + 1] - 1 : tokens.count - 1
    }

    /// Whether a token reads as a past-tense verb: irregular, or a regular "-ed" form.
    func isPastForm(_ index: Int) -> Bool {
        let flags = tokens[index].flags
        guard flags.contains(.irregularPast) || flags.contains(.edEnding), !flags.contains(.stativePast) else { return false }
        // "is aligned", "been tested": a participle after a form of "be" describes, it does not narrate.
        if index > 0, tokens[index - 1].sentence == tokens[index].sentence, tokens[index - 1].flags.contains(.presentBe) { return false }
        return flags.contains(.irregularPast) || !flags.contains(.notAVerb)
    }

    /// Whether any evidence found so far of these kinds passes `test`.
    func hasEvidence(_ kinds: SignalKind..., where test: (Evidence) -> Bool) -> Bool {
        kinds.contains { kind in signals[kind]?.contains(where: test) ?? false }
    }

    mutating func add(_ kind: SignalKind, _ evidence: Evidence) {
        signals.append(evidence, to: kind)
    }

    /// Drops the evidence of `kind` found in sentences that turned out not to show it (a lesson
    /// under a Result heading, a segment that is everyone).
    mutating func dropEvidence(of kind: SignalKind, inSentences dropped: (Int) -> Bool) {
        guard let evidence = signals[kind] else { return }
        let kept = evidence.filter { !dropped(sentence(atByte: $0.offset)) }
        signals[kind] = kept.isEmpty ? nil : kept
    }
}
