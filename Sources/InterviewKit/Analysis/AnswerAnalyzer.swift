import Foundation
/// Reads an answer into signals. Pure and linear in the length of the answer.
public enum AnswerAnalyzer {
    /// Answers longer than this are asked to tighten; they are still read in full.
    public static let longAnswerWords = 1_200

    /// How many earlier answers an answer is compared with to notice a repeat.
    public static let repetitionWindow = 20

    /// Reads one answer. `earlierAnswers` are the candidate's previous answers in this interview,
    /// used to notice an answer pasted again.
    public static func analyze(_ rawAnswer: String, earlierAnswers: [String] = []) -> AnswerAnalysis {
        let answer = normalize(rawAnswer)
        let bytes = Array(answer.utf8)
        let (tokens, sentences) = Tokenizer.tokenize(bytes, vocabulary: matcher.vocabulary)
        var analysis = AnswerAnalysis(wordCount: tokens.count)
        guard !tokens.isEmpty else {
            analysis.issue = .empty
            return analysis
        }
        var reader = Reader(bytes: bytes, tokens: tokens, sentences: sentences)
        reader.read()
        analysis.signals = reader.signals
        analysis.mentionsWork = tokens.contains { $0.flags.contains(.work) }
        analysis.issue = issue(of: tokens, bytes: bytes.count, declined: reader.signals[.decline] != nil, earlierAnswers: earlierAnswers)
        return analysis
    }

    /// Removes control characters and terminal escapes, keeps line breaks and tabs.
    public static func normalize(_ text: String) -> String {
        // Most answers hold nothing to remove: return them as they are.
        let clean = text.utf8.allSatisfy { byte in byte >= 0x20 ? byte != 0x7F && byte != 0xC2 : byte == 0x0A || byte == 0x09 }
        if clean { return text }
        var scalars = String.UnicodeScalarView()
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            if scalar == "\r" { scalars.append("\n"); continue }
            if scalar == "\n" || scalar == "\t" { scalars.append(scalar); continue }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static func issue(of tokens: [Token], bytes: Int, declined: Bool, earlierAnswers: [String]) -> AnswerIssue? {
        if tokens.isEmpty { return .empty }
        if isGibberish(tokens) { return .gibberish }
        if tokens.count < 40 && declined { return .noExample }
        if tokens.count < 8 { return .tooShort }
        if tokens.count > longAnswerWords { return .tooLong }
        var words: Set<String>?
        for earlier in earlierAnswers.suffix(repetitionWindow) {
            // Answers whose lengths differ this much cannot share 80% of their words: skip reading them.
            let length = earlier.utf8.count
            guard length * 5 >= bytes * 3, bytes * 5 >= length * 3 else { continue }
            let (earlierTokens, _) = Tokenizer.tokenize(Array(normalize(earlier).utf8))
            guard earlierTokens.count >= 8 else { continue }
            let earlierWords = Set(earlierTokens.map(\.text))
            let current = words ?? Set(tokens.map(\.text))
            words = current
            let overlap = Double(current.intersection(earlierWords).count) / Double(max(current.union(earlierWords).count, 1))
            if overlap >= 0.8 { return .repeated }
        }
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

    static let matcher = PhraseMatcher([
        (.result, Lexicon.resultMarkers), (.tradeoff, Lexicon.tradeoff), (.customer, Lexicon.customers),
        (.customerImpact, Lexicon.customerImpact), (.evidence, Lexicon.evidence), (.learning, Lexicon.learning),
        (.hedge, Lexicon.hedges), (.disagreement, Lexicon.disagreement), (.situation, Lexicon.situation),
        (.task, Lexicon.task), (.broadScope, Lexicon.broadScope), (.redFlag, Lexicon.redFlags),
        (.timeFrame, Lexicon.timeFrames), (.problem, Lexicon.problem), (.hypothesis, Lexicon.hypothesis),
        (.alternatives, Lexicon.alternatives), (.successMetric, Lexicon.successMetric),
        (.experiment, Lexicon.experiment), (.mvp, Lexicon.mvp), (.constraints, Lexicon.constraints),
        (.segment, Lexicon.segment), (.positioning, Lexicon.positioning), (.competition, Lexicon.competition),
        (.pricing, Lexicon.pricing), (.promotion, Lexicon.promotion), (.distribution, Lexicon.distribution),
        (.outsideWork, Lexicon.outsideWork), (.decline, Lexicon.declines), (.deferral, Lexicon.deferrals),
    ], vocabulary: .lexicon())

    private struct Reader {
        let bytes: [UInt8]
        let tokens: [Token]
        let sentences: [SentenceRange]
        var signals: [SignalKind: [Evidence]] = [:]
        /// Sentences that state a result, for telling result quantities from others.
        var resultSentences = Set<Int>()
        var timeFrameSentences = Set<Int>()
        var quantitySentences = Set<Int>()
        var negatedMeasurementSentences = Set<Int>()
        var deferredSentences = Set<Int>()

        static let caseKinds: Set<SignalKind> = [
            .problem, .hypothesis, .alternatives, .successMetric, .experiment, .mvp, .constraints,
            .segment, .positioning, .competition, .pricing, .promotion, .distribution,
        ]

        init(bytes: [UInt8], tokens: [Token], sentences: [SentenceRange]) {
            self.bytes = bytes
            self.tokens = tokens
            self.sentences = sentences
        }

        mutating func read() {
            readPhrases()
            dropEveryoneSegments()
            readSubjects()
            readQuantities()
            readGoals()
            readVagueResults()
            readSituation()
        }

        func sentenceText(_ index: Int) -> String {
            guard index < sentences.count else { return "" }
            let range = sentences[index]
            return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
                .trimmingWhitespace()
        }

        /// The clause around tokens `first...last`: back to the nearest punctuation or conjunction,
        /// forward to the next, at most about twelve words. A subject-led clause starts at its subject.
        func clause(around first: Int, _ last: Int, startingAtSubject: Bool = false) -> Evidence {
            evidence(for: clauseBounds(around: first, last, startingAtSubject: startingAtSubject), startingAtSubject: startingAtSubject)
        }

        /// The first and last token of the clause around tokens `first...last`.
        func clauseBounds(around first: Int, _ last: Int, startingAtSubject: Bool = false) -> ClosedRange<Int> {
            let sentence = tokens[first].sentence
            var start = first
            if !startingAtSubject {
                while start > 0, tokens[start - 1].sentence == sentence, first - start < 8, !breaksClause(before: start),
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
            var text = String(decoding: bytes[tokens[start].start..<tokens[end].end], as: UTF8.self)
            // Cut for length in mid-phrase: say so, rather than make the candidate seem to stop there.
            let cutBefore = start > 0 && tokens[start - 1].sentence == sentence && !breaksClause(before: start)
                && !tokens[start - 1].flags.contains(.conjunction) && !startingAtSubject
            let cutAfter = end + 1 < tokens.count && tokens[end + 1].sentence == sentence && !breaksClause(before: end + 1)
                && !tokens[end + 1].flags.contains(.conjunction)
            if cutBefore { text = "…" + text }
            if cutAfter { text += "…" }
            return Evidence(offset: tokens[start].start, text: text)
        }

        func breaksClause(before index: Int) -> Bool {
            let gap = bytes[tokens[index - 1].end..<tokens[index].start]
            return gap.contains(where: { $0 == 0x2C || $0 == 0x3A || $0 == 0x28 || $0 == 0x29 || $0 == 0x22 }) || tokens[index].text == "but"
        }

        /// "Pricing:" as a heading says which part comes next, not what it contains: it counts
        /// only when at least five words of substance follow it in the same sentence.
        func isBareHeading(_ index: Int) -> Bool {
            let end = tokens[index].end
            guard end < bytes.count, bytes[end] == 0x3A else { return false }
            var following = 0
            var next = index + 1
            while next < tokens.count, tokens[next].sentence == tokens[index].sentence, following < 5 {
                following += 1
                next += 1
            }
            return following < 5
        }

        func isNegated(_ index: Int) -> Bool {
            let sentence = tokens[index].sentence
            var look = index - 1
            while look >= 0, index - look <= 3, tokens[look].sentence == sentence {
                if tokens[look].flags.contains(.negator) || tokens[look].text.hasSuffix("n't") { return true }
                look -= 1
            }
            return false
        }

        mutating func add(_ kind: SignalKind, _ evidence: Evidence) {
            signals[kind, default: []].append(evidence)
        }

        mutating func readPhrases() {
            // The last token each signal's evidence reaches: a match before it adds nothing new. Results
            // are kept clause by clause, since probes quote them ("we shipped it and reviews improved"
            // holds two); for every other signal one piece of evidence per sentence proves it.
            var covered: [SignalKind: Int] = [:]
            let matches = AnswerAnalyzer.matcher.matches(in: tokens)
            deferredSentences = Set(matches.filter { $0.kind == .deferral }.map { tokens[$0.firstToken].sentence })
            for match in matches {
                let sentence = tokens[match.firstToken].sentence
                let negated = isNegated(match.firstToken)
                if Self.caseKinds.contains(match.kind) && (isBareHeading(match.lastToken) || deferredSentences.contains(sentence)) { continue }
                switch match.kind {
                case .evidence where negated:
                    negatedMeasurementSentences.insert(sentence)
                    add(.unmeasured, clause(around: match.firstToken, match.lastToken))
                    continue
                case .tradeoff, .learning, .experiment, .hypothesis, .customerImpact, .redFlag:
                    if negated && match.kind != .redFlag { continue }
                case .result:
                    if match.firstToken > 0, tokens[match.firstToken - 1].sentence == sentence,
                       tokens[match.firstToken - 1].flags.contains(.aim) { continue }
                    resultSentences.insert(sentence)
                case .timeFrame:
                    timeFrameSentences.insert(sentence)
                default:
                    break
                }
                if let end = covered[match.kind], match.firstToken <= end { continue }
                let bounds = clauseBounds(around: match.firstToken, match.lastToken)
                covered[match.kind] = match.kind == .result ? bounds.upperBound : sentenceEnd(of: match.firstToken)
                add(match.kind, evidence(for: bounds))
            }
        }

        /// The index of the last token in the sentence that holds token `index`.
        func sentenceEnd(of index: Int) -> Int {
            var end = index
            while end + 1 < tokens.count, tokens[end + 1].sentence == tokens[index].sentence { end += 1 }
            return end
        }

        /// "Target is everyone" is no segment: segment evidence in such a sentence does not count.
        mutating func dropEveryoneSegments() {
            guard let segments = signals[.segment] else { return }
            let vague = Set(tokens.filter { $0.flags.contains(.everyone) }.map(\.sentence))
            guard !vague.isEmpty else { return }
            let kept = segments.filter { evidence in
                !vague.contains { sentences[$0].start <= evidence.offset && evidence.offset < sentences[$0].end }
            }
            signals[.segment] = kept.isEmpty ? nil : kept
        }

        /// Finds who did the verbs: "I" against "we", and "I would" framing.
        mutating func readSubjects() {
            var index = 0
            while index < tokens.count {
                let word = tokens[index].text
                let previous = index > 0 && tokens[index - 1].sentence == tokens[index].sentence ? tokens[index - 1].text : ""
                let isMe = word == "i" || word == "i'd" || word == "i'll" || word == "i've"
                let isUs = word == "we" || word == "we'd" || word == "we've"
                    || ((word == "team" || word == "they") && (previous == "the" || previous == "my" || previous == "our" || word == "they"))
                guard isMe || isUs else { index += 1; continue }
                if word == "i'd" || word == "i'll" || word == "we'd" {
                    let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
                    if next == "have" || (index + 1 < tokens.count && tokens[index + 1].flags.contains(.participle)) || (next.hasSuffix("ed") && word != "i'll") {
                        // "I'd have…" reflects; "I'd already built…" is past perfect.
                        if next != "have" { recordAction(mine: isMe, at: index, verb: index + 1) }
                    } else if isMe {
                        add(.hypothetical, clause(around: index, min(index + 3, tokens.count - 1), startingAtSubject: true))
                    }
                    index += 1
                    continue
                }
                var verb = index + 1
                while verb < tokens.count, tokens[verb].sentence == tokens[index].sentence, tokens[verb].flags.contains(.adverb) { verb += 1 }
                guard verb < tokens.count, tokens[verb].sentence == tokens[index].sentence else { index += 1; continue }
                let verbText = tokens[verb].text
                if tokens[verb].flags.contains(.hypothetical) {
                    let after = verb + 1 < tokens.count ? tokens[verb + 1].text : ""
                    if after != "have" && after != "not" && isMe && word != "i've" {
                        add(.hypothetical, clause(around: index, min(verb + 2, tokens.count - 1), startingAtSubject: true))
                    }
                } else if isPastAction(verb) {
                    recordAction(mine: isMe, at: index, verb: verb)
                }
                index = verb
            }
        }

        func isPastAction(_ index: Int) -> Bool {
            let verb = tokens[index].text
            let flags = tokens[index].flags
            if flags.contains(.stativePast) { return false }
            if verb == "did" {
                let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
                return next != "not" && next != "n't"
            }
            if flags.contains(.irregularPast) { return true }
            return verb.hasSuffix("ed") && verb.utf8.count > 3 && !tokens[index].hasDigit
        }

        mutating func recordAction(mine: Bool, at subject: Int, verb: Int) {
            let evidence = clause(around: subject, min(verb + 3, tokens.count - 1), startingAtSubject: true)
            add(mine ? .actionByMe : .actionByUs, evidence)
        }

        /// Classifies every number: a result, or a date, a team size, a span of time.
        mutating func readQuantities() {
            var lastSentence = -1
            for index in tokens.indices {
                let token = tokens[index]
                guard token.hasDigit || token.flags.contains(.multiplier) || token.flags.contains(.numberWord) else { continue }
                let hasNext = index + 1 < tokens.count && tokens[index + 1].sentence == token.sentence
                let next = hasNext ? tokens[index + 1].text : ""
                let nextFlags = hasNext ? tokens[index + 1].flags : []
                let hasPrevious = index > 0 && tokens[index - 1].sentence == token.sentence
                let previous = hasPrevious ? tokens[index - 1].text : ""
                let previousFlags = hasPrevious ? tokens[index - 1].flags : []
                let beforePrevious = index > 1 && tokens[index - 2].sentence == token.sentence ? tokens[index - 2].text : ""
                var isQuantity = false
                if token.flags.contains(.multiplier) {
                    isQuantity = true
                } else if token.flags.contains(.numberWord) && (next == "percent" || next == "times" || next == "million" || next == "thousand") {
                    isQuantity = true
                } else if token.hasDigit {
                    let text = token.text
                    let digits = text.filter(\.isNumber)
                    let isYear = digits.count == 4 && text.count == 4 && (Int(digits).map { (1950...2049).contains($0) } ?? false) && !nextFlags.contains(.unit)
                    let isQuarterOrVersion = text.hasPrefix("q") || text.hasPrefix("v") || text.hasPrefix("h") || text.hasPrefix("fy")
                    let isOrdinal = text.hasSuffix("st") || text.hasSuffix("nd") || text.hasSuffix("rd") || text.hasSuffix("th")
                    let isTeamSize = nextFlags.contains(.person) || (beforePrevious == "team" || beforePrevious == "group" || beforePrevious == "org") && previous == "of"
                    let isSpanOfTime = nextFlags.contains(.duration) && previousFlags.contains(.spanLead)
                    if isSpanOfTime { timeFrameSentences.insert(token.sentence) }
                    isQuantity = !(isYear || isQuarterOrVersion || isOrdinal || isTeamSize || isSpanOfTime)
                }
                guard isQuantity else { continue }
                quantitySentences.insert(token.sentence)
                let evidence = clause(around: index, index)
                add(.quantity, evidence)
                if resultSentences.contains(token.sentence) && token.sentence != lastSentence {
                    lastSentence = token.sentence
                    add(.quantifiedResult, Evidence(offset: sentences[token.sentence].start, text: sentenceText(token.sentence)))
                }
            }
            // "from 40% to 65%": a before-and-after pair, a result even without a result verb.
            for index in tokens.indices where tokens[index].text == "from" {
                let sentence = tokens[index].sentence
                var cursor = index + 1
                var sawFirst = false
                while cursor < tokens.count, tokens[cursor].sentence == sentence, cursor - index < 8 {
                    if tokens[cursor].hasDigit && !sawFirst { sawFirst = true }
                    else if sawFirst && tokens[cursor].text == "to", cursor + 1 < tokens.count, tokens[cursor + 1].hasDigit || tokens[cursor + 1].text.hasPrefix("$") {
                        let evidence = clause(around: index, cursor + 1)
                        add(.beforeAfter, evidence)
                        if !resultSentences.contains(sentence) { add(.quantifiedResult, evidence) }
                        break
                    }
                    cursor += 1
                }
            }
        }

        /// Result sentences that lean on intensifiers and carry no number. Only the last result
        /// counts: a story whose final outcome is quantified is not vague.
        mutating func readVagueResults() {
            guard let last = resultSentences.max(), !quantitySentences.contains(last) else { return }
            let range = sentences[last]
            let inLast = { (evidence: Evidence) in evidence.offset >= range.start && evidence.offset < range.end }
            // Quote the words that make it vague: the hedged clause, or the admission it was not measured.
            if let hedge = (signals[.hedge] ?? []).last(where: inLast) ?? (signals[.unmeasured] ?? []).last(where: inLast) {
                add(.vagueResult, hedge)
            }
        }

        /// A number together with a deadline is a measurable goal.
        mutating func readGoals() {
            for sentence in quantitySentences.intersection(timeFrameSentences).sorted() {
                add(.measurableGoal, Evidence(offset: sentences[sentence].start, text: sentenceText(sentence)))
            }
        }

        /// A story set in the past: an explicit marker, or past-tense state in the opening sentences.
        mutating func readSituation() {
            guard signals[.situation]?.isEmpty ?? true else { return }
            if let year = tokens.first(where: { $0.hasDigit && $0.text.count == 4 && ($0.text.hasPrefix("19") || $0.text.hasPrefix("20")) }) {
                add(.situation, Evidence(offset: sentences[year.sentence].start, text: sentenceText(year.sentence)))
                return
            }
            // A story that opens on someone or something other than "I", in the past, sets a scene:
            // "My manager wanted to ship…"; one that opens on "I did…" goes straight to the action.
            let opening = tokens.prefix { $0.sentence == 0 }
            guard let first = opening.first, first.text != "i", first.text != "so" else { return }
            let past = opening.dropFirst().contains { token in
                ["was", "were", "had", "wanted", "asked", "needed"].contains(token.text)
                    || token.flags.contains(.irregularPast) || (token.text.hasSuffix("ed") && token.text.count > 3)
            }
            if past { add(.situation, Evidence(offset: sentences[0].start, text: sentenceText(0))) }
        }
    }
}
