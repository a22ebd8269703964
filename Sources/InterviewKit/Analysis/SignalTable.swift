/// Evidence by kind: what the passes find, and what the gaps' checks then ask about, many times a
/// story. Each kind's list sits at the kind's place in `SignalKind.allCases` instead of behind a
/// hashed key, so a look-up costs an index rather than a hash. Read as a sequence, it gives the
/// kinds that have evidence, in `allCases` order.
public struct SignalTable: Equatable, Sendable, Sequence {
    private static let kinds = SignalKind.allCases

    private var lists = Array(repeating: [Evidence](), count: kinds.count)

    public init() {}

    /// A kind's evidence, nil when there is none, as a dictionary of signals would give it.
    public subscript(kind: SignalKind) -> [Evidence]? {
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

    mutating func append(contentsOf evidence: [Evidence], to kind: SignalKind) {
        lists[Int(kind.caseIndex)].append(contentsOf: evidence)
    }

    /// The kinds with evidence and their evidence, in `allCases` order.
    public func makeIterator() -> some IteratorProtocol<(kind: SignalKind, evidence: [Evidence])> {
        zip(Self.kinds, lists).lazy.filter { !$0.1.isEmpty }.map { (kind: $0.0, evidence: $0.1) }.makeIterator()
    }
}
