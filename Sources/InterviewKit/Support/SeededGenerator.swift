/// A small deterministic random number generator (SplitMix64). It is a value, so it lives inside
/// the interview state: the same seed and the same answers give the same interview.
public struct SeededGenerator: RandomNumberGenerator, Codable, Equatable, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen element, or nil for an empty collection.
    public mutating func pick<C: Collection>(_ items: C) -> C.Element? {
        guard !items.isEmpty else { return nil }
        let offset = Int(next(upperBound: UInt64(items.count)))
        return items[items.index(items.startIndex, offsetBy: offset)]
    }

    /// An element chosen with probability proportional to its weight; nil when all weights are zero.
    public mutating func pick<T>(_ items: [T], weight: (T) -> Double) -> T? {
        let total = items.reduce(0) { $0 + max(0, weight($1)) }
        guard total > 0 else { return nil }
        var target = Double(next() >> 11) / Double(1 << 53) * total
        for item in items {
            target -= max(0, weight(item))
            if target < 0 { return item }
        }
        return items.last
    }
}
