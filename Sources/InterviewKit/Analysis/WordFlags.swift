/// What a single word is, for the analyser's checks: looked up once per token in one table, so
/// that later passes test bits instead of hashing the word again for each list.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt64

    static let negator = WordFlags(rawValue: 1 << 0)
    static let adverb = WordFlags(rawValue: 1 << 1)
    static let conjunction = WordFlags(rawValue: 1 << 2)
    static let unit = WordFlags(rawValue: 1 << 3)
    static let duration = WordFlags(rawValue: 1 << 4)
    static let person = WordFlags(rawValue: 1 << 5)
    static let multiplier = WordFlags(rawValue: 1 << 6)
    static let numberWord = WordFlags(rawValue: 1 << 7)
    static let everyone = WordFlags(rawValue: 1 << 8)
    static let work = WordFlags(rawValue: 1 << 9)
    static let irregularPast = WordFlags(rawValue: 1 << 10)
    static let stativePast = WordFlags(rawValue: 1 << 11)
    static let participle = WordFlags(rawValue: 1 << 12)
    static let hypothetical = WordFlags(rawValue: 1 << 13)
    static let aim = WordFlags(rawValue: 1 << 14)
    static let spanLead = WordFlags(rawValue: 1 << 15)
    /// Ends in "-ed" but is no verb ("need", "based", "hundred").
    static let notAVerb = WordFlags(rawValue: 1 << 16)
    /// A verb of doing, in its present or "-ing" form ("build", "adds", "testing").
    static let actionVerb = WordFlags(rawValue: 1 << 17)
    /// A verb of effort rather than a step ("tried", "focused", "worked").
    static let effortVerb = WordFlags(rawValue: 1 << 18)
    /// Someone other than the speaker who can act in a story ("manager", "boss", "director").
    static let otherActor = WordFlags(rawValue: 1 << 19)
    /// Makes a present-tense sentence a habit ("always", "usually", "whenever").
    static let habitual = WordFlags(rawValue: 1 << 20)
    /// Capitalised for reasons other than being a name (days, months, roles, the principles' words).
    static let commonCapital = WordFlags(rawValue: 1 << 21)
    /// A verb of receiving or noticing ("got", "heard", "realized"), of a stance ("disagreed") or of
    /// being there ("attended"): no step of the speaker's.
    static let perception = WordFlags(rawValue: 1 << 22)
    /// Makes a number a comparison ("fewer", "faster", "than").
    static let comparative = WordFlags(rawValue: 1 << 23)
    /// A present form of "be" or "get": a participle after it describes ("is aligned").
    static let presentBe = WordFlags(rawValue: 1 << 24)
    /// Ends in "-ed" (four letters or more, no digit): set by the tokenizer, so no pass compares strings for it.
    static let edEnding = WordFlags(rawValue: 1 << 25)
    /// "I" and its contractions.
    static let me = WordFlags(rawValue: 1 << 26)
    /// "We" and its contractions, and "team".
    static let us = WordFlags(rawValue: 1 << 27)
    /// "He" and "she".
    static let heOrShe = WordFlags(rawValue: 1 << 28)
    /// "Was", "were", "got": what a passive step is built on.
    static let passiveAuxiliary = WordFlags(rawValue: 1 << 29)
    /// A word for a virtue or a manner ("empathy", "professionalism", "constructively"): how a
    /// thing was done, which a real story shows with events rather than names.
    static let manner = WordFlags(rawValue: 1 << 30)
    /// A word that makes an outcome one still to come ("will", "hope", "waiting", "scheduled").
    static let pending = WordFlags(rawValue: 1 << 31)
    /// A verb spelt the same in past and present ("read", "put", "set").
    static let sameFormPast = WordFlags(rawValue: 1 << 32)
    /// A word that makes a past step a habit ("often", "always", "usually").
    static let habitualPast = WordFlags(rawValue: 1 << 33)
    /// A word an outcome still to come can turn on with its neighbours ("plan", "still", "next",
    /// "pilot"): a sentence is searched for one only at these (and at `pending` and `presentBe` words).
    static let pendingLead = WordFlags(rawValue: 1 << 34)

}

/// Every word the analyser knows, each with a small integer id and its flags. A token is looked up
/// here once; phrase matching then compares ids, and flag checks test bits.
struct Vocabulary: Sendable {
    private(set) var flags: [WordFlags] = []
    /// Each word's bytes, by id.
    private var spellings: [[UInt8]] = []
    /// Each word's first eight bytes packed as `Token.lead` packs them: a look-up compares these
    /// first, and the bytes only of a longer word.
    private var leads: [UInt64] = []
    /// Each word as a String, by id: a token of a known word takes its text from here instead of
    /// decoding its bytes again.
    private var texts: [String] = []
    /// Ids by the words' FNV-1a hashes, open addressing with linear probing (-1 is an empty slot):
    /// the tokenizer already has each word's hash, so a look-up compares bytes instead of hashing a String.
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    /// The id and flags of a word, given its bytes and `WordHash` of them; id -1 for a word the
    /// analyser has no use for.
    func lookup(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, lead: UInt64) -> (id: Int32, flags: WordFlags) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return (-1, []) }
            if leads[Int(id)] == lead && spellings[Int(id)].count == word.count
                && (word.count <= 8 || spellings[Int(id)].withUnsafeBufferPointer({ $0.elementsEqual(word) })) {
                return (id, flags[Int(id)])
            }
            slot = (slot + 1) & mask
        }
    }

    /// The known words' spellings one slip away: see `SpellingSlips`.
    private var slips = SpellingSlips()

    /// The known word an unknown one is a slip of ("custmer", "becuase"), or -1.
    func nearWord(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        slips.word(slipping: word, hash: hash, spellings: spellings)
    }

    /// Indexes the slips of the words known so far; words are not added after it.
    mutating func indexNearSpellings() {
        slips = SpellingSlips(of: spellings, exceptWords: Lexicon.wordsOneSlipFromAnother)
    }

    var count: Int { flags.count }

    /// The word with this id, as interned.
    func text(of id: Int32) -> String { texts[Int(id)] }

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        let known = bytes.withUnsafeBufferPointer { lookup($0, hash: WordHash.of(bytes), lead: Self.lead(of: bytes)) }
        if known.id >= 0 { return known.id }
        let id = Int32(flags.count)
        flags.append([])
        spellings.append(bytes)
        leads.append(Self.lead(of: bytes))
        texts.append(word)
        // At most half full, so a miss ends soon.
        if spellings.count * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            for (known, spelling) in spellings.enumerated() { place(Int32(known), hash: WordHash.of(spelling)) }
        } else {
            place(id, hash: WordHash.of(bytes))
        }
        return id
    }

    /// A word's first eight bytes packed little-endian, zeros after a shorter word.
    static func lead(of word: [UInt8]) -> UInt64 {
        var lead: UInt64 = 0
        for (offset, byte) in word.prefix(8).enumerated() { lead |= UInt64(byte) &<< UInt64(offset * 8) }
        return lead
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    mutating func mark(_ words: some Sequence<String>, _ flag: WordFlags) {
        for word in words {
            let id = intern(word)
            flags[Int(id)].insert(flag)
        }
    }

    /// The words with flags, from the lexicon.
    static func lexicon() -> Vocabulary {
        var vocabulary = Vocabulary()
        // The known words first, so that each one's id is its raw value.
        for word in KnownWord.allCases { _ = vocabulary.intern(word.spelling) }
        vocabulary.mark(Lexicon.negators, .negator)
        vocabulary.mark(Lexicon.adverbs, .adverb)
        vocabulary.mark(Lexicon.conjunctions, .conjunction)
        vocabulary.mark(Lexicon.units, .unit)
        vocabulary.mark(Lexicon.durations, .duration)
        vocabulary.mark(Lexicon.people, .person)
        vocabulary.mark(Lexicon.multiplierWords, .multiplier)
        vocabulary.mark(Lexicon.numberWords, .numberWord)
        vocabulary.mark(Lexicon.everyone, .everyone)
        vocabulary.mark(Lexicon.workWords, .work)
        vocabulary.mark(Lexicon.irregularPast, .irregularPast)
        vocabulary.mark(Lexicon.stativePast, .stativePast)
        vocabulary.mark(Lexicon.participles, .participle)
        vocabulary.mark(Lexicon.hypotheticalMarkers, .hypothetical)
        vocabulary.mark(Lexicon.aimMarkers, .aim)
        vocabulary.mark(Lexicon.spanLeads, .spanLead)
        vocabulary.mark(Lexicon.notVerbs, .notAVerb)
        vocabulary.mark(Lexicon.actionVerbForms, .actionVerb)
        vocabulary.mark(Lexicon.effortVerbs, .effortVerb)
        vocabulary.mark(Lexicon.otherActors, .otherActor)
        vocabulary.mark(Lexicon.otherTeams, .otherActor)
        vocabulary.mark(Lexicon.habitualMarkers, .habitual)
        vocabulary.mark(Lexicon.commonCapitals, .commonCapital)
        vocabulary.mark(Lexicon.perceptionVerbs, .perception)
        vocabulary.mark(Lexicon.comparatives, .comparative)
        vocabulary.mark(Lexicon.mannerWords, .manner)
        vocabulary.mark(Lexicon.pendingWords, .pending)
        vocabulary.mark(Lexicon.samePastAndPresent, .sameFormPast)
        vocabulary.mark(Lexicon.habitualPastMarkers, .habitualPast)
        vocabulary.mark(Lexicon.pendingLeads, .pendingLead)
        vocabulary.mark(Lexicon.pendingBeforeTo, .pendingLead)
        vocabulary.mark(Lexicon.trialWords, .pendingLead)
        vocabulary.mark(["is", "are", "am", "be", "been", "being", "get", "gets", "it's", "that's"], .presentBe)
        vocabulary.mark(["i", "i'd", "i'll", "i've", "i'm"], .me)
        vocabulary.mark(["we", "we'd", "we've", "we'll", "we're", "team"], .us)
        vocabulary.mark(["he", "she"], .heOrShe)
        vocabulary.mark(["was", "were", "got"], .passiveAuxiliary)
        return vocabulary
    }
}
