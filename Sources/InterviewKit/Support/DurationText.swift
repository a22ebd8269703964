/// Durations as people read them. Every `Double` is accepted: a transcript can hold any number (a
/// clock set back, a hand-edited file), and showing it must never stop the program.
public enum DurationText {
    /// `42 s`, `3 min 5 s`, `-4 s` (a clock set back while answering); a value too large for whole
    /// seconds is shown as it is stored, `1e+19 s`.
    public static func spoken(_ seconds: Double) -> String {
        guard let total = wholeSeconds(seconds.rounded()) else { return "\(seconds) s" }
        let sign = total < 0 ? "-" : ""
        let magnitude = total.magnitude
        return magnitude >= 60 ? "\(sign)\(magnitude / 60) min \(magnitude % 60) s" : "\(sign)\(magnitude) s"
    }

    /// `m:ss`, as the answer clock shows it (`-0:04` before a clock set back; `1e+19 s` when too large).
    public static func clock(_ seconds: Double) -> String {
        guard let total = wholeSeconds(seconds.rounded(.towardZero)) else { return "\(seconds) s" }
        let sign = total < 0 ? "-" : ""
        let magnitude = total.magnitude
        let remainder = magnitude % 60
        return "\(sign)\(magnitude / 60):\(remainder < 10 ? "0" : "")\(remainder)"
    }

    /// Below 1e16 Swift prints a `Double` in full (`1000000000000000.0`), at and above it in
    /// exponent form; the cut-off keeps every value that is shown in minutes well inside `Int`.
    private static let largestWhole = 1e16

    private static func wholeSeconds(_ value: Double) -> Int? {
        guard value.isFinite, value.magnitude < largestWhole else { return nil }
        return Int(value)
    }
}
