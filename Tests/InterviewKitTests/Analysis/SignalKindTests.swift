@testable import InterviewKit
import Testing

/// Signal kinds compare, hash and sort by case: the same answers as by their place in `allCases`.
@Suite struct SignalKindTests {
    @Test func aKindsCaseIndexIsItsPlaceInAllCases() {
        for (place, kind) in SignalKind.allCases.enumerated() {
            #expect(Int(kind.caseIndex) == place, "\(kind)")
        }
    }

    @Test func kindsAreEqualOnlyToThemselvesAndSortInDeclarationOrder() {
        let kinds = SignalKind.allCases
        for (i, a) in kinds.enumerated() {
            for (j, b) in kinds.enumerated() {
                #expect((a == b) == (i == j))
                #expect((a < b) == (i < j))
            }
        }
        #expect(Set(kinds).count == kinds.count)
        #expect(kinds.shuffled().sorted() == kinds)
    }
}
