/// One of Amazon's sixteen Leadership Principles, identified by a stable kebab-case id.
public enum Principle: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case customerObsession = "customer-obsession"
    case ownership = "ownership"
    case inventAndSimplify = "invent-and-simplify"
    case areRightALot = "are-right-a-lot"
    case learnAndBeCurious = "learn-and-be-curious"
    case hireAndDevelopTheBest = "hire-and-develop-the-best"
    case insistOnTheHighestStandards = "insist-on-the-highest-standards"
    case thinkBig = "think-big"
    case biasForAction = "bias-for-action"
    case frugality = "frugality"
    case earnTrust = "earn-trust"
    case diveDeep = "dive-deep"
    case haveBackbone = "have-backbone-disagree-and-commit"
    case deliverResults = "deliver-results"
    case earthsBestEmployer = "strive-to-be-earths-best-employer"
    case successAndScale = "success-and-scale-bring-broad-responsibility"

    /// The id used in banks, transcripts and on the command line.
    public var id: String { rawValue }

    /// The principle's name as people say it.
    public var title: String {
        switch self {
        case .customerObsession: "Customer Obsession"
        case .ownership: "Ownership"
        case .inventAndSimplify: "Invent and Simplify"
        case .areRightALot: "Are Right, A Lot"
        case .learnAndBeCurious: "Learn and Be Curious"
        case .hireAndDevelopTheBest: "Hire and Develop the Best"
        case .insistOnTheHighestStandards: "Insist on the Highest Standards"
        case .thinkBig: "Think Big"
        case .biasForAction: "Bias for Action"
        case .frugality: "Frugality"
        case .earnTrust: "Earn Trust"
        case .diveDeep: "Dive Deep"
        case .haveBackbone: "Have Backbone; Disagree and Commit"
        case .deliverResults: "Deliver Results"
        case .earthsBestEmployer: "Strive to be Earth's Best Employer"
        case .successAndScale: "Success and Scale Bring Broad Responsibility"
        }
    }

    public static func < (lhs: Principle, rhs: Principle) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
