@testable import LineEditing
import Testing

/// libedit measures a prompt's width by skipping what sits between two `\u{1}` marks, so colour
/// codes must be marked or the cursor lands in the wrong column.
@Suite struct PromptMarkingTests {
    @Test func colourCodesAreMarkedAsNonPrinting() {
        let prompt = "\u{1B}[36m[Bar Raiser · Q1/4]\u{1B}[0m › "
        #expect(LineEditor.markingEscapes(prompt) == "\u{1}\u{1B}[36m\u{1}[Bar Raiser · Q1/4]\u{1}\u{1B}[0m\u{1} › ")
    }

    @Test func aPlainPromptIsUnchanged() {
        #expect(LineEditor.markingEscapes("  … › ") == "  … › ")
    }

    @Test func wideCopiesKeepEveryScalar() {
        let text = "café 😀 中文 שלום ›"
        let buffer = LineEditor.wideCopy(text)
        defer { buffer.deallocate() }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while buffer[index] != 0 {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: buffer[index])) { scalars.append(scalar) }
            index += 1
        }
        #expect(String(scalars) == text)
    }
}

/// History keeps typed lines, not a paste of megabytes.
@Suite struct HistoryEntryTests {
    @Test func aLongLineIsNotKept() {
        #expect(LineEditor.fitsHistory("a line to recall"))
        #expect(LineEditor.fitsHistory(String(repeating: "é", count: LineEditor.historyEntryLimit / 2)))
        #expect(!LineEditor.fitsHistory(String(repeating: "a", count: LineEditor.historyEntryLimit + 1)))
        #expect(!LineEditor.fitsHistory("   "))
    }
}
