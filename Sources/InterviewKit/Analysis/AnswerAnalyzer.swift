/// Reads an answer into signals: its layout first (sections, bullets, fragments), then its words.
/// Pure and linear in the length of the answer; each pass is a file under `Passes/`.
public enum AnswerAnalyzer {
    /// Answers shorter than this are too short to judge.
    public static let shortAnswerWords = 8

    /// Answers longer than this are asked to tighten; they are still read in full.
    public static let longAnswerWords = 1_200

    /// How many earlier answers an answer is compared with to notice a repeat.
    public static let repetitionWindow = 20

    /// Reads one answer. `earlierAnswers` are the candidate's previous answers in this interview,
    /// used to notice an answer pasted again; `framing` is what the question asks for.
    public static func analyze(_ rawAnswer: String, earlierAnswers: RecentAnswers = RecentAnswers(), framing: QuestionFraming = .pastExample) -> AnswerAnalysis {
        read(rawAnswer, framing: framing).analysis(after: earlierAnswers)
    }

    /// Reads one answer on its own, keeping its words so it can later be compared with earlier answers.
    static func read(_ rawAnswer: String, framing: QuestionFraming) -> AnswerReading {
        let answer = normalize(rawAnswer)
        let bytes = Array(answer.utf8)
        let (tokens, sentences) = Tokenizer.tokenize(bytes, vocabulary: matcher.vocabulary)
        var analysis = AnswerAnalysis(wordCount: tokens.count)
        guard !tokens.isEmpty else {
            analysis.issue = .empty
            return AnswerReading(analysis: analysis, words: RecentAnswers.WordPrint(bytes: bytes.count, words: []))
        }
        var reader = AnswerReader(bytes: bytes, tokens: tokens, sentences: sentences, framing: framing)
        reader.readForm()
        reader.countPastVerbs()
        reader.readPhrases()
        reader.readWeighedOptions()
        reader.dropEveryoneSegments()
        reader.readSections()
        reader.readSubjects()
        reader.readPassives()
        reader.readPresentOutcomes()
        reader.readCeasedTroubles()
        reader.readClosingOutcome()
        reader.readHandOff()
        reader.readCallMadeAbove()
        reader.readQuantities()
        reader.readClosingFigure()
        reader.readEarlierBaselines()
        reader.readGoals()
        reader.readVagueResults()
        reader.readPendingEnding()
        reader.readSituation()
        reader.readViews()
        reader.readManner()
        reader.signals.sortByOffset()
        analysis.signals = reader.signals
        analysis.pastVerbs = reader.pastVerbs
        analysis.mannerWords = reader.mannerWords
        analysis.actionSection = reader.actionSection
        analysis.opensOnAStep = reader.opensOnAStep()
        analysis.sentenceCount = reader.forms.indices.filter { reader.forms[$0].hasContent && !reader.forms[$0].isHeading && !reader.isNote($0) }.count
        // A sentence under a STAR heading is part of the story told, whatever its tense.
        analysis.narratedSentences = reader.forms.indices.filter { sentence in
            let form = reader.forms[sentence]
            return form.hasContent && !form.isHeading && (reader.narrated.contains(sentence) || (form.part != nil && form.part != .learning))
        }.count
        analysis.sectionWords = reader.sectionWords
        analysis.sections = Set(reader.forms.compactMap(\.part)).union(reader.resultHeldLessons ? [.result] : [])
        analysis.mentionsWork = tokens.contains { $0.flags.contains(.work) }
        let words = RecentAnswers.words(of: tokens)
        analysis.issue = AnswerIssues.issue(of: tokens, distinctWords: words.count, declined: reader.signals[.decline] != nil)
        return AnswerReading(analysis: analysis, words: RecentAnswers.WordPrint(bytes: bytes.count, words: words))
    }

    /// Removes control characters and terminal escapes, keeps line breaks and tabs.
    public static func normalize(_ text: String) -> String { Normalizer.normalize(text) }

    static let matcher = PhraseMatcher([
        (.result, Lexicon.resultMarkers), (.outcome, Lexicon.outcomes), (.tradeoff, Lexicon.tradeoff), (.risk, Lexicon.risks), (.customer, Lexicon.customers),
        (.customerImpact, Lexicon.customerImpact), (.evidence, Lexicon.evidence), (.learning, Lexicon.learning),
        (.hedge, Lexicon.hedges), (.disagreement, Lexicon.disagreement), (.situation, Lexicon.situation),
        (.task, Lexicon.task), (.broadScope, Lexicon.broadScope), (.redFlag, Lexicon.redFlags), (.blame, Lexicon.blame),
        (.timeFrame, Lexicon.timeFrames), (.problem, Lexicon.problem), (.hypothesis, Lexicon.hypothesis),
        (.alternatives, Lexicon.alternatives), (.successMetric, Lexicon.successMetric),
        (.experiment, Lexicon.experiment), (.mvp, Lexicon.mvp), (.constraints, Lexicon.constraints),
        (.segment, Lexicon.segment), (.positioning, Lexicon.positioning), (.competition, Lexicon.competition),
        (.pricing, Lexicon.pricing), (.promotion, Lexicon.promotion), (.distribution, Lexicon.distribution),
        (.outsideWork, Lexicon.outsideWork), (.personalContext, Lexicon.personalContext), (.decline, Lexicon.declines), (.deferral, Lexicon.deferrals),
        (.unknownOutcome, Lexicon.unknownOutcomes),
        (.generic, Lexicon.genericMarkers), (.manyRoles, Lexicon.manyRoles), (.decision, Lexicon.decisions), (.vagueAction, Lexicon.vagueActions),
    ], vocabulary: .lexicon())
}
