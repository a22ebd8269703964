/// The evidence the passes have found so far, by kind. The passes add to it and ask about it at
/// every match, so each kind's list sits at the kind's place in `SignalKind.allCases` instead of
/// behind a hashed key; the analysis gets it as a dictionary once the reading is done.
struct SignalTable: Sendable {
    private static let kindCount = SignalKind.allCases.count

    private var lists = Array(repeating: [Evidence](), count: kindCount)

    /// A kind's evidence, nil when there is none, as a dictionary of signals would give it.
    subscript(kind: SignalKind) -> [Evidence]? {
        get {
            let list = lists[Int(kind.caseIndex)]
            return list.isEmpty ? nil : list
        }
        set { lists[Int(kind.caseIndex)] = newValue ?? [] }
    }

    mutating func append(_ evidence: Evidence, to kind: SignalKind) {
        lists[Int(kind.caseIndex)].append(evidence)
    }

    /// Puts each kind's evidence in reading order, whichever pass found it; most lists already are.
    mutating func sortByOffset() {
        for kind in lists.indices where zip(lists[kind], lists[kind].dropFirst()).contains(where: { $0.offset > $1.offset }) {
            lists[kind].sort { $0.offset < $1.offset }
        }
    }

    /// The kinds with evidence and their evidence.
    var dictionary: [SignalKind: [Evidence]] {
        var signals: [SignalKind: [Evidence]] = [:]
        for (kind, list) in zip(SignalKind.allCases, lists) where !list.isEmpty { signals[kind] = list }
        return signals
    }
}
