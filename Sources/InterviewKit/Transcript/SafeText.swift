/// Makes text from a transcript safe to print: a file someone sent you must never drive the
/// terminal. Escape sequences and control characters become visible symbols; line breaks and
/// tabs stay.
public enum SafeText {
    public static func forTerminal(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                scalars.append(scalar)
            case 0x00...0x1F:
                // The Control Pictures block shows each C0 control as a visible symbol (ESC as ␛).
                scalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F:
                scalars.append("\u{2421}")
            case 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                // C1 controls and bidirectional overrides can reorder or hide what follows.
                scalars.append("\u{FFFD}")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
