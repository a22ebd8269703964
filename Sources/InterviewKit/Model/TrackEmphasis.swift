/// How much each track leans on each principle and gap, and how strict each level's bar is.
/// The numbers live here, in one table, so the weighting can be read and tuned in one place.
public enum TrackEmphasis {
    /// Relative weight of a principle when a round picks principles; 1 is neutral.
    public static func weight(of principle: Principle, on track: Track) -> Double {
        principleWeights[track]?[principle] ?? 1
    }

    /// Extra rank given to a gap on this track when choosing a probe; 0 is neutral.
    public static func gapBoost(_ gap: Gap, on track: Track) -> Double {
        gapBoosts[track]?[gap] ?? 0
    }

    /// The points a story needs for each rating at this level (not inclined, inclined), on
    /// `StoryScorer`'s scale: about one point each for own steps, a weighed choice and a compared
    /// number. Above inclined, strong hire is earned by leaving nothing worth a probe.
    public static func bar(for level: Level) -> (notInclined: Double, inclined: Double) {
        switch level {
        case .l4: (-1.25, 0.75)
        case .l5: (-1.0, 1.0)
        case .l6: (-0.75, 1.25)
        case .l7: (-0.5, 1.5)
        }
    }

    private static let principleWeights: [Track: [Principle: Double]] = [
        .pm: [.inventAndSimplify: 3, .deliverResults: 3, .diveDeep: 3],
        .pmm: [.customerObsession: 3, .thinkBig: 3, .earnTrust: 3],
    ]

    private static let gapBoosts: [Track: [Gap: Double]] = [
        .pm: [.metrics: 0.6, .tradeoff: 0.4, .experiment: 0.4, .constraints: 0.3],
        .pmm: [.customer: 0.6, .measurableGoal: 0.4, .positioning: 0.3],
    ]
}
