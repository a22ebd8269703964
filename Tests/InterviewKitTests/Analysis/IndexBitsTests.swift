@testable import InterviewKit
import Testing

/// The analyser's sets of sentence and token numbers: the same answers as a `Set<Int>`.
@Suite struct IndexBitsTests {
    @Test(arguments: [[], [0], [63], [64], [3, 1, 200, 64, 63, 0, 127, 128], Array(stride(from: 5, to: 700, by: 7))])
    func bitsHoldWhatASetHolds(_ members: [Int]) {
        let bits = IndexBits(members)
        let set = Set(members)
        for number in -1...710 { #expect(bits.contains(number) == set.contains(number), "\(number)") }
        #expect(Array(bits) == set.sorted())
        #expect(bits.max() == set.max())
        #expect(bits.isEmpty == set.isEmpty)
    }

    @Test func theIntersectionHoldsTheMembersOfBoth() {
        let odd = IndexBits(stride(from: 1, to: 300, by: 2))
        let threes = IndexBits(stride(from: 0, to: 100, by: 3))
        #expect(Array(odd.intersection(threes)) == Array(stride(from: 3, to: 100, by: 6)))
        #expect(Array(threes.intersection(odd)) == Array(stride(from: 3, to: 100, by: 6)))
        #expect(IndexBits().intersection(odd).isEmpty)
    }
}
