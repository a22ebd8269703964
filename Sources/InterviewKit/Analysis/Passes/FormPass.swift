/// Reads the layout before the words: section labels in any common form ("Situation:", "(S)",
/// "### Action", "RESULT", "What I learned:"), bullets and numbered lists, and titles.
extension AnswerReader {
    mutating func readForm() {
        forms = []
        forms.reserveCapacity(sentences.count)
        var current: StoryPart?
        // "Situation: …" with its words on the same line covers that paragraph; a list after it is
        // not under the label (a label alone on its line heads the list below it).
        var inlineLabel = false
        // The last sentence that carries a label, and the sentences on later lines under an
        // inline setting label.
        var lastLabelled = -1
        var laterLines: [Int] = []
        // The sentences of lists let go of an inline label, with the label's part: under it after
        // all when another label follows them.
        var releasedLists: [(sentence: Int, part: StoryPart)] = []
        var released: StoryPart?
        // Whether the last label was itself a list item ("- Situation: …"): the items after it are
        // then its siblings, not its list.
        var labelIsItem = false
        for sentence in sentences.indices {
            let range = tokenRange(of: sentence)
            var form = SentenceForm(part: current, contentStart: range.lowerBound, contentEnd: range.upperBound)
            guard !range.isEmpty else {
                forms.append(form)
                continue
            }
            let start = sentences[sentence].start
            form.startsLine = start == 0 || bytes[start - 1] == 0x0A
            let prefix = bytes[start..<tokens[range.lowerBound].start]
            let isTitle = form.startsLine && prefix.contains(0x23)
            if form.startsLine && Self.hasBulletMark(prefix) { form.isBullet = true }
            var cursor = range.lowerBound
            // "1." or "2)" numbering a list.
            if form.startsLine, isListNumber(cursor), cursor + 1 < range.upperBound {
                form.isBullet = true
                listMarkers.insert(cursor)
                cursor += 1
            }
            if inlineLabel && form.isBullet {
                if !labelIsItem { released = current ?? released }
                current = nil
                form.part = nil
            }
            if let (part, length) = label(at: cursor, in: range, startsLine: form.startsLine) {
                current = part
                form.part = part
                cursor += length
                inlineLabel = cursor < range.upperBound
                lastLabelled = sentence
                released = nil
                labelIsItem = form.isBullet
            } else if isTitle || isBareHeading(range, startsLine: form.startsLine) {
                // A heading of another kind ("Pain points:", "### The launch") closes the STAR section.
                current = nil
                form.part = nil
                form.isHeading = true
                inlineLabel = false
                released = nil
            } else if inlineLabel && (current == .situation || current == .task)
                        && (form.startsLine || (laterLines.last ?? -1) > lastLabelled) {
                laterLines.append(sentence)
            }
            form.contentStart = cursor
            // "4. Prioritization": a one-word list item names a step of a framework, it does not take it.
            if !form.hasContent || (form.isBullet && form.contentLength == 1) { form.isHeading = true }
            if let part = released, form.part == nil, !form.isHeading { releasedLists.append((sentence, part)) }
            if let part = form.part, !form.isHeading { sectionWords[part, default: 0] += form.contentLength }
            forms.append(form)
        }
        // "A - banners and an email drip\n  - ran 20 seller calls\n  - added tooltips\nR - …": a
        // list between an inline label and the next label is that section's, as much as its line.
        for (sentence, part) in releasedLists where sentence < lastLabelled {
            forms[sentence].part = part
            sectionWords[part, default: 0] += forms[sentence].contentLength
        }
        // "Context: PM for the driver app…" and then, on lines of their own with no label after
        // them, the steps and the outcome: the label named its own line, and the rest of the story
        // is told unlabelled. Where labels follow ("Action: …"), the lines between stay in the section.
        for sentence in laterLines where sentence > lastLabelled {
            if let part = forms[sentence].part, !forms[sentence].isHeading { sectionWords[part, default: 0] -= forms[sentence].contentLength }
            forms[sentence].part = nil
        }
    }

    static func hasBulletMark(_ prefix: ArraySlice<UInt8>) -> Bool {
        var index = prefix.startIndex
        while index < prefix.endIndex {
            let byte = prefix[index]
            if byte == 0x2D || byte == 0x2A || byte == 0x2B { return true }
            // •, ◦, ▪, ‣ and – as a list mark.
            if byte == 0xE2, index + 2 < prefix.endIndex {
                let pair = (prefix[index + 1], prefix[index + 2])
                if pair == (0x80, 0xA2) || pair == (0x97, 0xA6) || pair == (0x96, 0xAA) || pair == (0x80, 0xA3) || pair == (0x80, 0x93) { return true }
            }
            index += 1
        }
        return false
    }

    func isListNumber(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.hasDigit, token.text.utf8.count <= 2, token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              token.end < bytes.count else { return false }
        return bytes[token.end] == 0x2E || bytes[token.end] == 0x29
    }

    /// A section label starting at token `index`, and how many tokens it takes. A label is followed
    /// by a colon, a closing parenthesis or a dash, or stands alone on its line.
    func label(at index: Int, in range: Range<Int>, startsLine: Bool) -> (StoryPart, Int)? {
        guard index < range.upperBound, let candidates = Lexicon.sectionLabelsByFirstWord[tokens[index].text] else { return nil }
        for (words, part) in candidates {
            let length = words.count
            guard index + length <= range.upperBound else { continue }
            var matches = true
            for offset in 0..<length where tokens[index + offset].text != words[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            let last = index + length - 1
            let after = nextMark(after: last)
            let alone = last + 1 == range.upperBound
            // "(S)", "(Situation)", "[Action]": a label in brackets.
            let opener: UInt8? = tokens[index].start > 0 ? bytes[tokens[index].start - 1] : nil
            let closed = (opener == 0x28 && after == 0x29) || (opener == 0x5B && after == 0x5D)
            if length == 1 && words[0].utf8.count == 1 {
                // One letter is a label only as "S:", "S -" or "(S)" at the start of a line.
                guard startsLine, after == 0x3A || after == 0x2D || closed else { continue }
                return (part, length)
            }
            if after == 0x3A || after == 0x2D || closed { return (part, length) }
            if alone && startsLine && (after == nil || after == 0x0A || after == 0x3F) { return (part, length) }
        }
        return nil
    }

    /// The first punctuation byte after token `index`, skipping spaces and emphasis marks; nil at the end.
    func nextMark(after index: Int) -> UInt8? {
        var cursor = tokens[index].end
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == 0x20 || byte == 0x2A || byte == 0x5F || byte == 0x09 { cursor += 1; continue }
            // An en or em dash counts as a dash.
            if byte == 0xE2, cursor + 2 < bytes.count, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x93 || bytes[cursor + 2] == 0x94 { return 0x2D }
            return byte
        }
        return nil
    }

    /// A short line that ends in a colon or a question mark: a heading of its own ("Pain points:",
    /// "Why did it fail?"), not a sentence of the story.
    func isBareHeading(_ range: Range<Int>, startsLine: Bool) -> Bool {
        guard startsLine, range.count <= 5, let after = nextMark(after: range.upperBound - 1) else { return false }
        guard after == 0x3A || after == 0x3F else { return false }
        var cursor = tokens[range.upperBound - 1].end
        while cursor < bytes.count, bytes[cursor] != 0x0A {
            if bytes[cursor] != 0x3A && bytes[cursor] != 0x3F && bytes[cursor] != 0x20 && bytes[cursor] != 0x2A { return false }
            cursor += 1
        }
        return true
    }
}
