import InterviewKit
import Testing

/// A duration read from a transcript can be any number; every one is shown, none stops the program.
@Suite struct DurationTextTests {
    @Test(arguments: [
        (0.0, "0 s"), (42.4, "42 s"), (59.6, "1 min 0 s"), (185, "3 min 5 s"), (-4, "-4 s"), (-65, "-1 min 5 s"),
        (1e15, "16666666666666 min 40 s"), (1e19, "1e+19 s"), (-1e19, "-1e+19 s"), (Double.greatestFiniteMagnitude, "1.7976931348623157e+308 s"),
        (Double.infinity, "inf s"), (-Double.infinity, "-inf s"), (Double.nan, "nan s"),
    ])
    func spoken(seconds: Double, text: String) {
        #expect(DurationText.spoken(seconds) == text)
    }

    @Test(arguments: [
        (0.0, "0:00"), (5.9, "0:05"), (185, "3:05"), (2700, "45:00"), (-4.5, "-0:04"),
        (1e19, "1e+19 s"), (-1e19, "-1e+19 s"), (Double.nan, "nan s"),
    ])
    func clock(seconds: Double, text: String) {
        #expect(DurationText.clock(seconds) == text)
    }
}
