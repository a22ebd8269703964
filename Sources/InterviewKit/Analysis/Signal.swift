/// A piece of text in an answer that proves a signal: where it starts (in characters) and what it says.
public struct Evidence: Codable, Equatable, Hashable, Sendable {
    public var offset: Int
    public var text: String

    public init(offset: Int, text: String) {
        self.offset = offset
        self.text = text
    }

    /// Whether these words and `other` share any part of the answer.
    func overlaps(_ other: Evidence) -> Bool {
        other.offset < offset + text.utf8.count && offset < other.offset + other.text.utf8.count
    }
}

/// What the analyser can find in an answer. The raw values appear in `barraiser probe --json`.
public enum SignalKind: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    // STAR parts.
    case situation, task
    /// A past action whose subject is "I".
    case actionByMe = "action-by-me"
    /// A past action whose subject is "we" or the team.
    case actionByUs = "action-by-us"
    /// A past action by someone else: a manager, a colleague, "he", "they".
    case actionByOther = "action-by-other"
    /// Someone else took the step that settled it: "my manager stepped in", "my lead spoke to the
    /// client and got the date moved", or the candidate's last step handed it up ("escalated to
    /// the platform lead") and the outcome came after.
    case settledByOther = "settled-by-other"
    /// A step told in the passive with no one taking it ("the policy was drafted").
    case passiveAction = "passive-action"
    /// An action that is effort rather than a step ("tried to", "made sure", "focused on").
    case vagueAction = "vague-action"
    /// A decision the candidate took ("I decided", "I proposed", "we went with").
    case decision
    /// A quantity of any kind that is not a date, a team size or a span of service.
    case quantity
    /// A quantity in a sentence that states a result.
    case quantifiedResult = "quantified-result"
    /// A result number that compares: a percentage, a multiple, a before and after, "by 3 days".
    case comparedResult = "compared-result"
    /// A before-and-after pair ("from 40% to 65%").
    case beforeAfter = "before-after"
    case result
    /// A result verb in the opening of the story, where it is the setting rather than the outcome.
    case earlyResult = "early-result"
    /// A plain-word outcome ("since then", "in the end", "was approved"): read as a result.
    case outcome
    /// A result told with intensifiers instead of a number ("improved it a lot").
    case vagueResult = "vague-result"
    /// The candidate says the outcome was not measured.
    case unmeasured
    /// The candidate says they do not know how it ended ("I never got to see how it played out").
    case unknownOutcome = "unknown-outcome"
    /// The story ends on what is still to come ("the pilot runs until June", "we'll know next
    /// quarter"), with no outcome told after the last step: its last evidence is that ending, and
    /// any before it an outcome told only in words between the last step and it.
    case pendingOutcome = "pending-outcome"
    /// A note left to fill in where the outcome should be ("R: TODO add the Q1 numbers", "TBD").
    case placeholder
    case tradeoff
    /// A risk, a cost or what a choice gives up, named as such ("the risk is…", "instead of…").
    case risk
    case customer
    case customerImpact = "customer-impact"
    case evidence
    case learning
    case hedge
    case hypothetical
    /// Talk about how things are done in general: "you need to…", "I always…", advice.
    case generic
    /// Many jobs told at once ("in both my roles", "in all my jobs"): no one time, however many steps.
    case manyRoles = "many-roles"
    /// A sentence that states a view or a framework rather than what happened.
    case view
    /// The sentence densest in words for virtues and manners ("with empathy and professionalism"):
    /// how the candidate behaved, told instead of what happened.
    case manner
    /// A name of a real thing (a company, a product, a tool): the detail of one real time.
    case namedDetail = "named-detail"
    case disagreement
    case timeFrame = "time-frame"
    /// Scope wider than one team: several teams, an organisation, a company, a market.
    case broadScope = "broad-scope"
    /// Blaming others or dismissing customers.
    case redFlag = "red-flag"
    /// A story set in school, at home or in a club: a stake of the candidate's own, not a business's.
    case personalContext = "personal-context"
    /// Blame put on others for what went wrong ("not my fault", "if they had followed the doc").
    case blame
    /// A mistake the candidate owns as theirs ("I missed the launch date"): no step, but no "we" either.
    case ownMistake = "own-mistake"
    /// Life outside work: a hobby, the weekend.
    case outsideWork = "outside-work"
    /// "I don't know", "can't think of one".
    case decline
    /// A part handed off or left open ("marketing will handle it").
    case deferral
    // Product exercise (PM).
    case problem, hypothesis, alternatives
    case successMetric = "success-metric"
    case experiment
    case mvp
    case constraints
    // Go-to-market case (PMM).
    case segment, positioning, competition, pricing, promotion, distribution
    case measurableGoal = "measurable-goal"

    // Equal, hashed and ordered by case rather than by raw value: a String raw value would be
    // hashed and compared on every look-up in the analyser's dictionaries and sets of signals.
    public static func == (lhs: SignalKind, rhs: SignalKind) -> Bool { lhs.caseIndex == rhs.caseIndex }

    public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex) }

    /// In the order of `allCases`.
    public static func < (lhs: SignalKind, rhs: SignalKind) -> Bool { lhs.caseIndex < rhs.caseIndex }

    /// The case's place in `allCases`. A case of an enum without payloads is stored as its place
    /// in the declaration, here in one byte; a test holds this equal to `allCases`' order.
    var caseIndex: UInt8 { withUnsafeBytes(of: self) { $0[0] } }
}

/// Something about the answer as a whole that calls for a different response than a probe on a gap.
public enum AnswerIssue: String, Codable, Sendable, Hashable {
    case empty
    case tooShort = "too-short"
    case gibberish
    case repeated
    case tooLong = "too-long"
    case offTopic = "off-topic"
    /// "I don't know", "can't think of one": no example offered.
    case noExample = "no-example"
}
