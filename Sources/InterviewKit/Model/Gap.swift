/// What an answer lacks: the target of a follow-up probe. The raw values are fixed ids used in
/// transcripts, `/why` and `barraiser probe --json`.
public enum Gap: String, CaseIterable, Codable, Sendable, Hashable {
    // Behavioural answers.
    case situation
    case action
    case result
    case metrics
    case ownership
    case tradeoff
    case customer
    case learning
    case specificity
    /// Nothing important is missing: go deeper into the strongest claim.
    case depth
    // Case rounds.
    case hypothesis
    case successMetric = "success-metric"
    case experiment
    case prioritization
    case constraints
    case segment
    case positioning
    case pricing
    case promotion
    case distribution
    case measurableGoal = "measurable-goal"

    /// The id used in files and JSON.
    public var id: String { rawValue }
}
