import Foundation

/// A moment as UTC calendar fields, formatted by hand. `DateFormatter` and `ISO8601DateFormatter`
/// load ICU's calendar and locale data, which costs every start of the program a few milliseconds
/// and megabytes for two fixed, locale-free formats.
public struct UTCTimestamp: Equatable, Sendable {
    public var year, month, day, hour, minute, second: Int

    /// The fields of `date` in UTC, the fraction of a second dropped.
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (dayNumber, time) = secondOfDay < 0 ? (days - 1, secondOfDay + 86_400) : (days, secondOfDay)
        // Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day count from 1970-01-01.
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = time / 3_600
        minute = time % 3_600 / 60
        second = time % 60
    }

    /// `yyyyMMdd-HHmmss`, as in transcript file names.
    public var compact: String {
        "\(Self.padded(year, 4))\(Self.padded(month, 2))\(Self.padded(day, 2))-\(Self.padded(hour, 2))\(Self.padded(minute, 2))\(Self.padded(second, 2))"
    }

    /// ISO 8601 in UTC to the second, `2026-11-27T07:23:49Z`.
    public var iso8601: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))T\(Self.padded(hour, 2)):\(Self.padded(minute, 2)):\(Self.padded(second, 2))Z"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
