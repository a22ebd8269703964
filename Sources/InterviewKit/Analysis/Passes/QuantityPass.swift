/// Classifies every number: a result, or a date, a team size, a span of time, a list's numbering.
extension AnswerReader {
    /// Whether the word at `index` tells a multiple ("doubled", "twice as many"): "double" and
    /// "triple" before a verb or a noun of their own ("double-check", "double down", "a double
    /// shift") count nothing.
    func isMultiplier(_ index: Int) -> Bool {
        guard tokens[index].flags.contains(.multiplier) else { return false }
        let word = tokens[index].text
        guard word == "double" || word == "triple", index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence else { return true }
        return !Self.notMultiplied.contains(tokens[index + 1].text)
    }

    static let notMultiplied: Set<String> = [
        "check", "checked", "checking", "checks", "click", "clicked", "clicking", "down", "standard", "standards",
        "shift", "shifts", "booking", "booked", "duty", "major", "agent", "edged",
    ]

    mutating func readQuantities() {
        var lastSentence = -1
        var comparedSentences = IndexBits()
        let firstStep = ((signals[.actionByMe] ?? []) + (signals[.actionByUs] ?? [])).lazy.map(\.offset).min()
        for index in tokens.indices where !listMarkers.contains(index) {
            let token = tokens[index]
            guard token.hasDigit || token.flags.contains(.multiplier) || token.flags.contains(.numberWord) else { continue }
            guard index >= forms[token.sentence].contentStart else { continue }
            let hasNext = index + 1 < tokens.count && tokens[index + 1].sentence == token.sentence
            let next = hasNext ? tokens[index + 1].text : ""
            let nextFlags = hasNext ? tokens[index + 1].flags : []
            let hasPrevious = index > 0 && tokens[index - 1].sentence == token.sentence
            let previous = hasPrevious ? tokens[index - 1].text : ""
            let previousFlags = hasPrevious ? tokens[index - 1].flags : []
            let beforePrevious = index > 1 && tokens[index - 2].sentence == token.sentence ? tokens[index - 2].text : ""
            var isQuantity = false
            if token.flags.contains(.multiplier) {
                isQuantity = isMultiplier(index)
            } else if token.flags.contains(.numberWord) && (next == "percent" || next == "times" || next == "million" || next == "thousand") {
                isQuantity = true
            } else if token.text == "zero" {
                // "dropped to zero", "down to zero": where a count went. Elsewhere ("zero-based") no figure.
                // "zero rollbacks", "zero failed payments": a count of nothing is a measure too.
                isQuantity = previous == "to" && isComparison(at: index)
                    || hasNext && !bytes[token.end..<tokens[index + 1].start].contains(0x2D) && !nextFlags.contains(.duration) && next != "to"
            } else if token.flags.contains(.numberWord) && token.text != "one" {
                // "lost two demo days", "three weeks late": a number in words before what it counts.
                // "One" is left out: it is as often a pronoun ("one of them") as a count.
                let afterNext = index + 2 < tokens.count && tokens[index + 2].sentence == token.sentence ? tokens[index + 2].flags : []
                let counts = nextFlags.contains(.duration) || nextFlags.contains(.unit) || afterNext.contains(.duration) || afterNext.contains(.unit)
                let isSpanOfTime = nextFlags.contains(.duration) && previousFlags.contains(.spanLead)
                if isSpanOfTime { timeFrameSentences.insert(token.sentence) }
                isQuantity = counts && !isSpanOfTime && !nextFlags.contains(.person)
            } else if token.hasDigit {
                let text = token.text
                let isYear = (Self.fourDigitValue(text).map { (1950...2049).contains($0) } ?? false) && !nextFlags.contains(.unit)
                let isQuarterOrVersion = text.hasPrefix("q") || text.hasPrefix("v") || text.hasPrefix("h") || text.hasPrefix("fy")
                let isOrdinal = text.hasSuffix("st") || text.hasSuffix("nd") || text.hasSuffix("rd") || text.hasSuffix("th")
                let isTeamSize = nextFlags.contains(.person) || (beforePrevious == "team" || beforePrevious == "group" || beforePrevious == "org") && previous == "of"
                let isSpanOfTime = nextFlags.contains(.duration) && previousFlags.contains(.spanLead)
                let isLabelNumber = Self.labelWords.contains(previous) || previous == "#"
                if isSpanOfTime { timeFrameSentences.insert(token.sentence) }
                isQuantity = !(isYear || isQuarterOrVersion || isOrdinal || isTeamSize || isSpanOfTime || isLabelNumber)
            }
            guard isQuantity else { continue }
            quantityTokens.insert(index)
            quantitySentences.insert(token.sentence)
            // "it now runs 3x faster", "40% fewer tickets": a comparison is a result without a result verb.
            // "To" before a figure is where it went ("down to 1%"), not an aim ("to improve").
            let aimed = isAim(index) && !(previous == "to" && isFigure(index))
            if !resultSentences.contains(token.sentence), isComparison(at: index) || reportsAFigureReached(at: index, after: firstStep), !aimed, !isFinding(index),
               !isUnderOtherHeading(token.sentence) {
                resultSentences.insert(token.sentence)
                add(.result, clause(around: index, index))
            }
            add(.quantity, clause(around: index, index))
            guard isNearResult(index) else { continue }
            if resultSentences.contains(token.sentence) && !comparedSentences.contains(token.sentence) && hasRelativeQuantity(near: index) {
                comparedSentences.insert(token.sentence)
                add(.comparedResult, clause(around: index, index))
            }
            if resultSentences.contains(token.sentence) && token.sentence != lastSentence {
                lastSentence = token.sentence
                let text = forms[token.sentence].part == .result ? (contentEvidence(of: token.sentence).map(trimmed) ?? clause(around: index, index))
                    : Evidence(offset: sentences[token.sentence].start, text: sentenceText(token.sentence))
                let result = Evidence(offset: text.offset, text: text.text.trimmingWhitespace())
                add(.quantifiedResult, result)
            }
        }
        readBeforeAfter()
    }

    /// Whether the number at `index` lies in a result sentence close enough to its outcome to be
    /// that outcome's figure. A long run-on sentence ("we noticed the code gave double discounts,
    /// so I turned it off, and we avoided a big loss") holds the setting and the outcome together:
    /// there the figure must be within a dozen words of the result's words.
    func isNearResult(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        guard resultSentences.contains(sentence) else { return false }
        let range = tokenRange(of: sentence)
        guard range.count > Self.runOnLength else { return true }
        let low = tokens[max(range.lowerBound, index - 12)].start
        let high = tokens[min(range.upperBound - 1, index + 12)].end
        return (signals[.result] ?? []).contains { $0.offset >= low && $0.offset < high }
    }

    /// Past this many words a sentence is read as several: a paste with no full stops.
    static let runOnLength = 40

    /// The story's last sentence, when it carries a figure and tells none of the candidate's steps
    /// ("Within six months the plan had 4,000 paying accounts"): a story ends on what became of
    /// things, so its closing figure is the result, whatever its verb.
    mutating func readClosingFigure() {
        guard framing != .plan, signals[.actionByMe] != nil || signals[.actionByUs] != nil || signals[.actionByOther] != nil else { return }
        guard let last = lastStorySentence(), last > 0, quantitySentences.contains(last), !resultSentences.contains(last) else { return }
        let range = sentences[last].start..<sentences[last].end
        guard !hasEvidence(.actionByMe, .actionByUs, where: { range.contains($0.offset) }) else { return }
        resultSentences.insert(last)
        let words = Evidence(offset: sentences[last].start, text: sentenceText(last).trimmingWhitespace())
        add(.result, words)
        add(.quantifiedResult, words)
    }

    /// "from 40% to 65%", or in notes "conv went 2.1 to 2.6": a before-and-after pair, a result
    /// even without a result verb.
    mutating func readBeforeAfter() {
        for index in tokens.indices.dropFirst().dropLast() where tokens[index].isWord(.to) && isFigure(index - 1) && isFigure(index + 1) {
            let sentence = tokens[index].sentence
            guard tokens[index - 1].sentence == sentence, tokens[index + 1].sentence == sentence else { continue }
            let before = max(0, index - 4)..<(index - 1)
            guard before.contains(where: { tokens[$0].sentence == sentence && (tokens[$0].flags.contains(.comparative) || Lexicon.changeVerbs.contains(tokens[$0].text)) }) else { continue }
            let evidence = clause(around: index - 1, index + 1)
            add(.beforeAfter, evidence)
            add(.comparedResult, evidence)
            add(.quantifiedResult, evidence)
        }
        // "310k members vs a 250k target", "4.1% against 3.5% last year": a figure set beside the
        // one it was measured against.
        for index in tokens.indices.dropFirst() where tokens[index].isWord(.vs) || tokens[index].isWord(.versus) || tokens[index].isWord(.against) {
            let sentence = tokens[index].sentence
            guard let figure = (max(0, index - 6)..<index).last(where: { tokens[$0].sentence == sentence && isFigure($0) }),
                  let other = (index + 1..<min(tokens.count, index + 4)).first(where: {
                      tokens[$0].sentence == sentence && (isFigure($0) || Self.benchmarks.contains(tokens[$0].text))
                  }) else { continue }
            let evidence = clause(around: figure, other)
            add(.comparedResult, evidence)
            if !resultSentences.contains(sentence) { add(.quantifiedResult, evidence) }
        }
        // "done in one day instead of one week", "two hours rather than three days": a span set
        // against the one it replaced, told in words as often as in digits.
        for index in tokens.indices.dropFirst().dropLast(3) where (tokens[index].text == "instead" && tokens[index + 1].text == "of")
            || (tokens[index].text == "rather" && tokens[index + 1].text == "than") {
            let sentence = tokens[index].sentence
            guard tokens[index + 3].sentence == sentence, isCount(index + 2), tokens[index + 3].flags.contains(.duration),
                  let span = (max(1, index - 3)..<index).last(where: { tokens[$0].sentence == sentence && tokens[$0].flags.contains(.duration) && isCount($0 - 1) })
            else { continue }
            let evidence = clause(around: span - 1, index + 3)
            add(.comparedResult, evidence)
            if !resultSentences.contains(sentence) { add(.quantifiedResult, evidence) }
        }
        for index in tokens.indices where tokens[index].isWord(.from) {
            let sentence = tokens[index].sentence
            var cursor = index + 1
            var sawFirst = false
            while cursor < tokens.count, tokens[cursor].sentence == sentence, cursor - index < 8 {
                if isFigure(cursor) && !sawFirst { sawFirst = true }
                else if sawFirst && tokens[cursor].isWord(.to), cursor + 1 < tokens.count, isFigure(cursor + 1) {
                    let evidence = clause(around: index, cursor + 1)
                    add(.beforeAfter, evidence)
                    add(.comparedResult, evidence)
                    if !resultSentences.contains(sentence) { add(.quantifiedResult, evidence) }
                    break
                }
                cursor += 1
            }
        }
    }

    /// A count before a unit or a span: a figure, a number in words, or "a" ("a day instead of a week").
    func isCount(_ index: Int) -> Bool {
        isFigure(index) || tokens[index].flags.contains(.numberWord) || tokens[index].text == "a" || tokens[index].text == "an"
    }

    /// "On-time pickup was 82%" in the setting, "on-time went to 91%" after the steps: a result's
    /// figure whose measure was given a figure of the same kind earlier in the story, outside any
    /// result, has its baseline there. The measure is a word of the few before each figure.
    mutating func readEarlierBaselines() {
        var compared = IndexBits()
        for evidence in signals[.comparedResult] ?? [] { compared.insert(sentence(atByte: evidence.offset)) }
        var baselines: [(sentence: Int, unit: FigureUnit, measures: [UInt64])] = []
        // A count in words is a figure too: "took eight working days" before "took five days".
        for index in quantityTokens where isFigure(index) || tokens[index].flags.contains(.numberWord) {
            let sentence = tokens[index].sentence
            let unit = figureUnit(index)
            let measures = measureWords(before: index)
            guard !measures.isEmpty else { continue }
            if !resultSentences.contains(sentence) {
                if forms[sentence].part != .learning { baselines.append((sentence, unit, measures)) }
                continue
            }
            guard !compared.contains(sentence), baselines.contains(where: { base in
                base.sentence < sentence && base.unit == unit && base.measures.contains(where: measures.contains)
            }) else { continue }
            compared.insert(sentence)
            let evidence = clause(around: index, index)
            add(.beforeAfter, evidence)
            add(.comparedResult, evidence)
        }
    }

    /// What a figure counts in, as far as its own token and the next tell: a share, money, or a plain number.
    enum FigureUnit { case share, money, plain }

    func figureUnit(_ index: Int) -> FigureUnit {
        if tokens[index].startsWithCurrencySign { return .money }
        if tokens[index].text.hasSuffix("%") { return .share }
        let next = index + 1 < tokens.count && tokens[index + 1].sentence == tokens[index].sentence ? tokens[index + 1].text : ""
        return next == "%" || next == "percent" ? .share : .plain
    }

    /// The hashes of the content words among the four before token `index` in its sentence: the
    /// measure a figure is of ("pickup", "on-time", "churn"), leaving out short and function words,
    /// verbs, people and numbers.
    func measureWords(before index: Int) -> [UInt64] {
        let sentence = tokens[index].sentence
        var words: [UInt64] = []
        var look = index - 1
        while look >= 0, index - look <= 4, tokens[look].sentence == sentence {
            let token = tokens[look]
            let excluded: WordFlags = [.conjunction, .me, .us, .heOrShe, .presentBe, .person, .duration, .negator, .adverb, .comparative]
            if token.text.utf8.count >= 4, !token.hasDigit, token.flags.isDisjoint(with: excluded), !isPastForm(look),
               !Lexicon.changeVerbs.contains(token.text), !Self.measureFillers.contains(token.text) {
                words.append(token.hash)
            }
            look -= 1
        }
        return words
    }

    /// Words of four letters or more that name no measure.
    static let measureFillers: Set<String> = ["from", "with", "were", "that", "this", "than", "been", "have", "about", "around", "over", "under", "only", "just", "after", "before", "into", "down", "back", "still", "then", "when", "total", "overall", "almost", "nearly"]

    /// The number a token of exactly four ASCII digits spells ("2019"), read from its bytes rather
    /// than through Characters.
    static func fourDigitValue(_ text: String) -> Int? {
        guard text.utf8.count == 4 else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// A percentage or multiple with a word of comparison right beside it.
    func isComparison(at index: Int) -> Bool {
        let text = tokens[index].text
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        if comparesTwoFigures(at: index) { return true }
        // "failures dropped to zero": a count brought down to nothing compares with where it was.
        if text == "zero", index > 1, tokens[index - 1].text == "to" {
            let verb = tokens[index - 2]
            return verb.sentence == tokens[index].sentence && (verb.flags.contains(.comparative) || Lexicon.changeVerbs.contains(verb.text))
        }
        guard text.hasSuffix("%") || text.hasSuffix("x") || next == "%" || next == "percent" || next == "times" || tokens[index].flags.contains(.multiplier) && isMultiplier(index) else { return false }
        let sentence = tokens[index].sentence
        let window = max(0, index - 3)...min(tokens.count - 1, index + 3)
        return window.contains { tokens[$0].sentence == sentence && $0 != index && isComparative($0) }
    }

    /// A figure that came of the candidate's steps, told after them: one reached ("we reached 92%
    /// on-time delivery", "hit 4,000 sign-ups"), or a count of people who then did something ("80%
    /// of desktop users migrated", "1,800 sellers signed up").
    func reportsAFigureReached(at index: Int, after firstStep: Int?) -> Bool {
        guard let firstStep, tokens[index].start > firstStep, isFigure(index) else { return false }
        let sentence = tokens[index].sentence
        var verb = index - 1
        if verb >= 0, Self.approximators.contains(tokens[verb].text) { verb -= 1 }
        if verb >= 0, tokens[verb].sentence == sentence, Lexicon.reachingVerbs.contains(tokens[verb].text) { return true }
        // "on-time went to 91%", "churn fell by 2 points": where a measure moved to, or by how much.
        if verb >= 1, tokens[verb].isWord(.to) || tokens[verb].text == "by", tokens[verb - 1].sentence == sentence,
           Lexicon.changeVerbs.contains(tokens[verb - 1].text) { return true }
        guard opensClause(at: index) else { return false }
        return (index + 1..<min(tokens.count, index + 6)).contains { at in
            tokens[at].sentence == sentence && isPastForm(at) && !tokens[at].flags.contains(.perception) && !tokens[at].flags.contains(.notAVerb)
        }
    }

    /// Words between a verb and the figure it reached: "hit about 4,000", "lost only 2%".
    static let approximators: Set<String> = ["only", "about", "around", "nearly", "almost", "over"]

    /// "2 seconds instead of 9", "4 days rather than 10", "from 30 to 12": one figure set against
    /// another, a before and after with no percentage.
    func comparesTwoFigures(at index: Int) -> Bool {
        guard isFigure(index) else { return false }
        let sentence = tokens[index].sentence
        // The other figure, up to four words after or before this one.
        let after = (index + 1..<min(tokens.count, index + 5)).first { tokens[$0].sentence == sentence && isFigure($0) }
        let before = (max(0, index - 4)..<index).reversed().first { tokens[$0].sentence == sentence && isFigure($0) }
        for (first, second) in [(index, after), (before, index)] {
            guard let first, let second else { continue }
            let between = tokens[(first + 1)..<second].map(\.text)
            if between.contains("instead") || between.contains("rather") || between.contains("versus") || between.contains("vs") { return true }
            if between.contains("to"), first > 0, tokens[first - 1].text == "from" { return true }
        }
        return false
    }

    /// Words a number labels rather than counts after: "step 2", "phase 1", "wave 3".
    static let labelWords: Set<String> = ["case", "story", "example", "step", "phase", "wave", "stage", "sprint"]

    /// What a figure is held against when no second figure is given: "vs target", "against plan".
    static let benchmarks: Set<String> = ["target", "goal", "plan", "forecast", "baseline", "benchmark", "average", "budget"]

    /// A token that is a figure ("41%", "$3", "2.5"), not a name with a digit in it ("log4j", "S3").
    /// "~3h", "≈40%" with the sign of an estimate before it are figures too.
    func isFigure(_ index: Int) -> Bool {
        var bytes = tokens[index].text.utf8.makeIterator()
        guard var first = bytes.next() else { return false }
        if first == 0x7E, let next = bytes.next() { first = next }
        return (first >= 0x30 && first <= 0x39) || tokens[index].startsWithCurrencySign
    }

    /// A number together with a deadline is a measurable goal.
    mutating func readGoals() {
        for sentence in quantitySentences.intersection(timeFrameSentences) {
            add(.measurableGoal, Evidence(offset: sentences[sentence].start, text: sentenceText(sentence)))
        }
    }
}
