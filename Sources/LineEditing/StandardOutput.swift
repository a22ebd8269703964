import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// Standard output as C's stdio buffers it, which is where `print` writes.
public enum StandardOutput {
    /// Flushes it; the reason a write to it failed, if one did (a full disk, a closed pipe), since
    /// `print` reports nothing.
    public static func finish() -> String? {
        let code = barraiser_finish_stdout()
        return code == 0 ? nil : String(cString: strerror(code))
    }
}
