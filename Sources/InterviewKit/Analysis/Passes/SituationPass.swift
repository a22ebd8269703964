/// A story set in a real time and place: an explicit marker, a year, a name, or past-tense state
/// in the opening sentence.
extension AnswerReader {
    mutating func readSituation() {
        readNamedDetails()
        guard signals[.situation]?.isEmpty ?? true else { return }
        if let year = tokens.first(where: { $0.hasDigit && $0.text.count == 4 && ($0.text.hasPrefix("19") || $0.text.hasPrefix("20")) }) {
            add(.situation, Evidence(offset: sentences[year.sentence].start, text: sentenceText(year.sentence)))
            return
        }
        // A story that opens on someone or something other than "I", in the past, sets a scene:
        // "My manager wanted to ship…"; so does a state in the past ("I was the on-call PM", "one
        // of them was junior"). One that opens on "I did…" goes straight to the action.
        // A preamble in the present before the story ("I've dealt with angry callers a lot. It's part
        // of the job.") is passed over: the scene is set where the telling in the past begins.
        let withWords = forms.indices.filter { forms[$0].hasContent && !forms[$0].isHeading }
        let preamble = withWords.prefix(2).prefix { sentence in
            let range = tokenRange(of: sentence)
            // A perfect ("I've dealt with…") tells a habit, not the time.
            let pastTold = range.contains { index in
                ["was", "were", "had"].contains(tokens[index].text) || isPastForm(index) && !(index > range.lowerBound
                    && ["have", "has", "i've", "we've", "i\u{2019}ve", "we\u{2019}ve"].contains(tokens[index - 1].text))
            }
            // Only a sentence with a subject of its own: a note ("Unable to reproduce it") may be the scene.
            let opensOnASubject = tokens[forms[sentence].contentStart].flags.contains(.me) || tokens[forms[sentence].contentStart].flags.contains(.us)
                || Self.preambleSubjects.contains(tokens[forms[sentence].contentStart].text)
            return opensOnASubject && !pastTold && !range.contains { isFigure($0) } && !namesARole(forms[sentence].contentStart..<forms[sentence].contentEnd)
        }.count
        let openings = withWords.dropFirst(preamble < withWords.count ? preamble : 0).prefix(2)
        for (position, opening) in openings.enumerated() {
            var start = forms[opening].contentStart
            // "So basically the client was…": fillers before the sentence's own subject.
            while start < forms[opening].contentEnd - 1, Lexicon.fillers.contains(tokens[start].text) { start += 1 }
            let range = start..<forms[opening].contentEnd
            guard let first = range.first else { continue }
            // "I was the on-call PM", "one of them was junior": the state is the sentence's own, near its start.
            // So does what had happened before it, anywhere in the opening: "Assigned a territory
            // where sales had declined by 18% the year before".
            let state = range.prefix(4).contains { ["was", "were", "had"].contains(tokens[$0].text) }
                || range.dropLast().contains { tokens[$0].text == "had" && isPastForm($0 + 1) }
            let scene = position == 0 && tokens[first].text != "i" && range.dropFirst().contains { index in
                ["wanted", "asked", "needed"].contains(tokens[index].text) || isPastForm(index)
            }
            // Opening on a step of the candidate's or the team's own ("Pulled three months of logs…",
            // "First, I called the carrier") goes straight to the action, whatever its tense; "Before
            // the price change, I read the email" sets a scene first.
            let opensWithin = tokens[min(start + 2, range.upperBound - 1)].start
            let step = hasEvidence(.actionByMe, .actionByUs, where: { $0.offset >= sentences[opening].start && $0.offset <= opensWithin })
            // "Returns in kitchenware spiking, 2.3% to 3.8% in a month": notes open on the stakes, in figures.
            let stakes = position == 0 && !step && range.contains { isFigure($0) }
            if state || (scene && !step) || (position == 0 && namesARole(range)) || stakes, let words = contentEvidence(of: opening) {
                add(.situation, trimmed(words))
                return
            }
        }
    }

    /// Whether an opening names the candidate's role and where it was, the way notes set a scene:
    /// "PM for internal analytics at a hotel group", "Senior PMM at a payments start-up", "Owned
    /// checkout for an online travel agency". A role word then "for"/"at"/"in"/"on" near the start,
    /// or owning or leading something for a place introduced as new ("for a", "at an").
    func namesARole(_ range: Range<Int>) -> Bool {
        let start = range.lowerBound, head = range.prefix(6)
        // "PM for internal analytics", "Senior PM, smart home devices", "Group PM (L7), ads org",
        // "into a PM role on a meal-kit app".
        if head.contains(where: { index in
            guard Lexicon.roleWords.contains(tokens[index].text), index + 1 < range.upperBound else { return false }
            let next = tokens[index + 1]
            // "PM for…", "owner of…": the role, then where or what. A role the note opens on, then a
            // comma or bracket a word or two on, says where ("Sr PM checkout, home goods e-commerce").
            if Self.roleSettings.contains(next.text) || next.text == "of" { return true }
            guard index <= start + 1 else { return false }
            return next.punctuatedBefore || index + 2 < range.upperBound && tokens[index + 2].punctuatedBefore
        }) { return true }
        // "I moved from support into a PM role at a travel site": the role and where, a little later.
        if range.prefix(9).contains(where: { index in
            Lexicon.roleWords.contains(tokens[index].text) && index + 2 < range.upperBound
                && ["role", "position", "job"].contains(tokens[index + 1].text) && Self.roleSettings.contains(tokens[index + 2].text)
        }) { return true }
        guard Self.roleVerbs.contains(tokens[start].text) || tokens[start].isWord(.i) && start + 1 < range.upperBound
                && Self.roleVerbs.contains(tokens[start + 1].text) else { return false }
        // "Owned checkout for an online travel agency", "Led the card freeze launch in our mobile
        // banking app": where, introduced as new or named by the kind of place it is.
        return range.prefix(8).contains { index in
            guard Self.roleSettings.contains(tokens[index].text), index + 1 < range.upperBound else { return false }
            return ["a", "an"].contains(tokens[index + 1].text)
                || (index + 1..<min(index + 5, range.upperBound)).contains { Self.placeNouns.contains(tokens[$0].text) }
        }
    }

    /// Subjects of talk in general before a story: "It's part of the job", "This happens a lot".
    static let preambleSubjects: Set<String> = ["it", "it's", "it\u{2019}s", "this", "that", "that's", "there", "there's"]

    static let roleSettings: Set<String> = ["for", "at", "in", "on"]
    /// Kinds of place a product is made in or for: "in mobile banking app", "at a payments start-up".
    static let placeNouns: Set<String> = [
        "app", "startup", "start-up", "company", "platform", "marketplace", "bank", "retailer", "agency", "store",
        "website", "saas", "business", "firm", "e-commerce", "ecommerce", "insurer", "airline", "hospital",
    ]
    static let roleVerbs: Set<String> = ["owned", "led", "ran", "managed", "headed"]

    /// Whether the first sentence with words of its own holds a step taken by the candidate or the team.
    func opensOnAStep() -> Bool {
        guard let first = forms.indices.first(where: { forms[$0].hasContent && !forms[$0].isHeading }) else { return false }
        let range = sentences[first].start..<sentences[first].end
        return hasEvidence(.actionByMe, .actionByUs, where: { range.contains($0.offset) })
    }

    /// Names of real things (a company, a product, a tool: capitalised words inside a sentence),
    /// the kind of detail a real story has and a general one lacks.
    mutating func readNamedDetails() {
        for sentence in forms.indices where forms[sentence].hasContent && !forms[sentence].isHeading {
            let range = forms[sentence].contentStart..<forms[sentence].contentEnd
            for index in range.dropFirst() where tokens[index].isCapitalized && !tokens[index].hasDigit {
                let word = tokens[index].text
                if word == "i" || word.hasPrefix("i'") || tokens[index].flags.contains(.commonCapital) { continue }
                // After a colon or an opening quote a capital starts a sentence of its own.
                let gap = bytes[tokens[index - 1].end..<tokens[index].start]
                if gap.contains(0x3A) || gap.contains(0x22) || gap.contains(0x28) { continue }
                add(.namedDetail, Evidence(offset: tokens[index].start, text: String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)))
                break
            }
        }
    }
}
