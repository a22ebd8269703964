import Foundation
import InterviewKit
import Testing

@Suite struct UTCTimestampTests {
    /// Leap days, the ends of months and years, the epoch, and moments just before a second.
    static let moments: [Double] = [0, 59.999, 86_399, 951_782_400, 951_868_799.5, 1_709_164_800, 1_735_689_599,
                                    1_764_633_588, 4_107_542_399, 4_102_444_800, 1_234_567_890.75]

    @Test(arguments: moments)
    func itFormatsAsFoundationDoes(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        let compact = DateFormatter()
        compact.locale = Locale(identifier: "en_US_POSIX")
        compact.timeZone = TimeZone(identifier: "UTC")
        compact.dateFormat = "yyyyMMdd-HHmmss"
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        #expect(UTCTimestamp(date).compact == compact.string(from: date))
        #expect(UTCTimestamp(date).iso8601 == iso.string(from: date))
    }

    @Test func everyDayOfFourHundredYearsMatchesTheCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for day in stride(from: -40_000, through: 146_097, by: 3) {
            let date = Date(timeIntervalSince1970: Double(day) * 86_400 + 3_661)
            let expected = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let fields = UTCTimestamp(date)
            guard fields.year == expected.year, fields.month == expected.month, fields.day == expected.day,
                  fields.hour == 1, fields.minute == 1, fields.second == 1 else {
                Issue.record("day \(day): \(fields) against \(expected)")
                return
            }
        }
    }
}
