/// A file problem the user can act on.
enum FileError: Error, CustomStringConvertible {
    /// The message names the file or folder and what to do.
    case cannotWrite(String)
    case cannotRead(String)

    var description: String {
        switch self {
        case .cannotWrite(let message), .cannotRead(let message): message
        }
    }
}
