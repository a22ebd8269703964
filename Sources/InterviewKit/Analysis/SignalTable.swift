/// The evidence the passes have found so far, by kind. The passes add to it and ask about it at
/// every match, so each kind's list sits at the kind's place in `SignalKind.allCases` instead of
/// behind a hashed key; the analysis gets it as a dictionary once the reading is done.
struct SignalTable: Sendable {
    private static let kinds = SignalKind.allCases

    private var lists = Array(repeating: [Evidence](), count: kinds.count)

    /// A kind's evidence, nil when there is none, as a dictionary of signals would give it.
    subscript(kind: SignalKind) -> [Evidence]? {
        get {
            let list = lists[Int(kind.caseIndex)]
            return list.isEmpty ? nil : list
        }
        set { lists[Int(kind.caseIndex)] = newValue ?? [] }
    }

    mutating func append(_ evidence: Evidence, to kind: SignalKind) {
        let index = Int(kind.caseIndex)
        // Room for a few at once: grown one piece at a time, a list is copied at its second, third and fifth.
        if lists[index].isEmpty { lists[index].reserveCapacity(4) }
        lists[index].append(evidence)
    }

    /// Puts each kind's evidence in reading order, whichever pass found it; most lists already are.
    mutating func sortByOffset() {
        for kind in lists.indices where zip(lists[kind], lists[kind].dropFirst()).contains(where: { $0.offset > $1.offset }) {
            lists[kind].sort { $0.offset < $1.offset }
        }
    }

    /// The kinds with evidence and their evidence.
    var dictionary: [SignalKind: [Evidence]] {
        // Made at its final size: growing it kind by kind would rehash it several times.
        var signals = [SignalKind: [Evidence]](minimumCapacity: lists.count { !$0.isEmpty })
        for (kind, list) in zip(Self.kinds, lists) where !list.isEmpty { signals[kind] = list }
        return signals
    }
}
