/// Trimming without Foundation's character sets, which took about an eighth of a bank load when profiled.
extension String {
    func trimmingWhitespace() -> String {
        // Most text is trimmed of ASCII spaces and line breaks only, next to visible ASCII. Such a
        // byte is a whole Character there, and the visible byte starts or ends a Character that is
        // no whitespace: the bytes give the Characters' answer. Other text is trimmed by Characters.
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isASCIIWhitespace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, Self.isASCIIWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        guard Self.isVisibleASCII(bytes[start]), Self.isVisibleASCII(bytes[bytes.index(before: end)]) else {
            return trimmingWhitespaceCharacters()
        }
        if start == bytes.startIndex && end == bytes.endIndex { return self }
        return String(self[start..<end])
    }

    /// The same, Character by Character.
    func trimmingWhitespaceCharacters() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
