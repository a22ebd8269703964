/// One line of JSON parsed into values, and a `Decoder` over them, so that a record is read by its
/// own `Codable` conformance without `JSONDecoder`. `JSONDecoder` costs a few microseconds of set-up
/// and a dictionary per object on every line, which made reading a long transcript several times
/// slower than Python's `json.loads`. This reader takes only what it is sure of: anything it does
/// not read exactly as `JSONDecoder` would (a duplicate key, a number out of range, a lone
/// surrogate, invalid UTF-8) makes it give up, and the caller asks `JSONDecoder` instead.
enum JSONValue {
    case null
    case bool(Bool)
    /// The number's text as written, read as the type asked for when decoded.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order written; objects here are small, so a scan beats hashing.
    case object([(key: String, value: JSONValue)])
}

/// Why the reader gave up on a line; the message is never shown, since `JSONDecoder` then decides.
struct JSONLineDeclined: Error {}

enum JSONLine {
    /// Deeper nesting than any record has is left to `JSONDecoder` (which refuses deep nesting itself).
    static let maximumDepth = 64

    /// The value `bytes` holds, with nothing but whitespace after it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONLineDeclined) -> JSONValue {
        // Checked once for the line, so each string is made from bytes known to be UTF-8.
        guard isValidUTF8(bytes) else { throw JSONLineDeclined() }
        var parser = Parser(bytes: bytes)
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw JSONLineDeclined() }
        return value
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(bytes[index + offset])
        }
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        while index < count {
            // Eight bytes at a time while they are ASCII, as most of a transcript is.
            if index + 8 <= count && base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            switch byte {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                let second: ClosedRange<UInt8> = byte == 0xE0 ? 0xA0...0xBF : byte == 0xED ? 0x80...0x9F : 0x80...0xBF
                guard continuation(1, second), continuation(2) else { return false }
                index += 3
            case 0xF0...0xF4:
                let second: ClosedRange<UInt8> = byte == 0xF0 ? 0x90...0xBF : byte == 0xF4 ? 0x80...0x8F : 0x80...0xBF
                guard continuation(1, second), continuation(2), continuation(3) else { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(JSONLineDeclined) -> JSONValue {
            guard depth < JSONLine.maximumDepth else { throw JSONLineDeclined() }
            skipWhitespace()
            guard position < bytes.count else { throw JSONLineDeclined() }
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                var members: [(key: String, value: JSONValue)] = []
                skipWhitespace()
                if position < bytes.count && bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
                while true {
                    skipWhitespace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw JSONLineDeclined() }
                    let key = try string()
                    skipWhitespace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw JSONLineDeclined() }
                    position += 1
                    let member = try value(depth: depth + 1)
                    // JSONDecoder's choice between two values of one key is its own: let it make it.
                    if members.contains(where: { $0.key == key }) { throw JSONLineDeclined() }
                    members.append((key, member))
                    skipWhitespace()
                    guard position < bytes.count else { throw JSONLineDeclined() }
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    guard bytes[position] == UInt8(ascii: "}") else { throw JSONLineDeclined() }
                    position += 1
                    return .object(members)
                }
            case UInt8(ascii: "["):
                position += 1
                var elements: [JSONValue] = []
                skipWhitespace()
                if position < bytes.count && bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
                while true {
                    elements.append(try value(depth: depth + 1))
                    skipWhitespace()
                    guard position < bytes.count else { throw JSONLineDeclined() }
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    guard bytes[position] == UInt8(ascii: "]") else { throw JSONLineDeclined() }
                    position += 1
                    return .array(elements)
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            default:
                return .number(try number())
            }
        }

        mutating func literal(_ word: StaticString) throws(JSONLineDeclined) {
            let count = word.utf8CodeUnitCount
            guard bytes.count - position >= count else { throw JSONLineDeclined() }
            for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { throw JSONLineDeclined() }
            position += count
        }

        /// A number as JSON writes it: `-`, digits without a leading zero, a fraction, an exponent.
        mutating func number() throws(JSONLineDeclined) -> String {
            let start = position
            func digits(_ position: inout Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
                let first = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
                return position - first
            }
            if position < bytes.count && bytes[position] == UInt8(ascii: "-") { position += 1 }
            let integerStart = position
            let integerDigits = digits(&position, in: bytes)
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw JSONLineDeclined() }
            if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
                position += 1
                guard digits(&position, in: bytes) > 0 else { throw JSONLineDeclined() }
            }
            if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
                position += 1
                if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) { position += 1 }
                guard digits(&position, in: bytes) > 0 else { throw JSONLineDeclined() }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        /// A string from its opening quote; the common case, no escapes, is one copy of its bytes.
        mutating func string() throws(JSONLineDeclined) -> String {
            position += 1
            let start = position
            var hasEscape = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { throw JSONLineDeclined() }
                if byte == UInt8(ascii: "\\") { hasEscape = true; position += 2 } else { position += 1 }
            }
            guard position < bytes.count else { throw JSONLineDeclined() }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
            position += 1
            guard hasEscape else { return String(decoding: raw, as: UTF8.self) }
            return try unescaped(raw)
        }

        private func unescaped(_ raw: UnsafeBufferPointer<UInt8>) throws(JSONLineDeclined) -> String {
            var output: [UInt8] = []
            output.reserveCapacity(raw.count)
            var index = 0
            func hex(at index: Int) throws(JSONLineDeclined) -> UInt32 {
                guard index + 4 <= raw.count else { throw JSONLineDeclined() }
                var value: UInt32 = 0
                for byte in raw[index..<index + 4] {
                    let digit: UInt8
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                    default: throw JSONLineDeclined()
                    }
                    value = value << 4 | UInt32(digit)
                }
                return value
            }
            while index < raw.count {
                // Copy the run up to the next backslash at once: escapes are sparse in long answers.
                guard raw[index] == UInt8(ascii: "\\") else {
                    let end = raw[index...].firstIndex(of: UInt8(ascii: "\\")) ?? raw.count
                    output.append(contentsOf: raw[index..<end])
                    index = end
                    continue
                }
                guard index + 1 < raw.count else { throw JSONLineDeclined() }
                let escape = raw[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex(at: index)
                    index += 4
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u") else { throw JSONLineDeclined() }
                        let low = try hex(at: index + 2)
                        guard (0xDC00...0xDFFF).contains(low) else { throw JSONLineDeclined() }
                        index += 6
                        scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw JSONLineDeclined() }
                    output.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
                default:
                    throw JSONLineDeclined()
                }
            }
            // The line was checked to be UTF-8, and each escape was a valid scalar.
            return String(decoding: output, as: UTF8.self)
        }
    }
}

/// A `Decoder` over a parsed line: the records' own `init(from:)` read it as they read JSONDecoder.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: JSONValue) { self.value = value }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw JSONLineDeclined() }
        return KeyedDecodingContainer(Keyed<Key>(members: members))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw JSONLineDeclined() }
        return Unkeyed(elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(value: value) }

    /// The Swift value of a JSON value, for the types JSON has; nil for any other type.
    static func primitive<T>(_ type: T.Type, from value: JSONValue) throws(JSONLineDeclined) -> T? {
        switch value {
        case .string(let text):
            guard type == String.self else { return nil }
            return text as? T
        case .bool(let flag):
            guard type == Bool.self else { return nil }
            return flag as? T
        case .number(let text):
            if type == Double.self {
                guard let number = Double(text), number.isFinite else { throw JSONLineDeclined() }
                return number as? T
            }
            if type == Int.self { guard let number = Int(text) else { throw JSONLineDeclined() }; return number as? T }
            if type == UInt64.self { guard let number = UInt64(text) else { throw JSONLineDeclined() }; return number as? T }
            return nil
        default:
            return nil
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        if T.self == String.self || T.self == Double.self || T.self == Int.self || T.self == Bool.self || T.self == UInt64.self {
            guard let primitive = try primitive(type, from: value) else { throw JSONLineDeclined() }
            return primitive
        }
        // Only the types above are read here; the other numbers go to JSONDecoder. (Compared one by
        // one: asking whether T conforms to a protocol was an eighth of reading a file.)
        if T.self == Float.self || T.self == Int8.self || T.self == Int16.self || T.self == Int32.self || T.self == Int64.self
            || T.self == UInt.self || T.self == UInt8.self || T.self == UInt16.self || T.self == UInt32.self {
            throw JSONLineDeclined()
        }
        return try T(from: JSONValueDecoder(value))
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [(key: String, value: JSONValue)]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        private func member(_ key: Key) -> JSONValue? {
            let name = key.stringValue
            return members.first { $0.key == name }?.value
        }

        func contains(_ key: Key) -> Bool { member(key) != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let value = member(key) else { throw JSONLineDeclined() }
            if case .null = value { return true }
            return false
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let value = member(key) else { throw JSONLineDeclined() }
            return try JSONValueDecoder.decode(type, from: value)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            guard let value = member(key) else { throw JSONLineDeclined() }
            return try JSONValueDecoder(value).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            guard let value = member(key) else { throw JSONLineDeclined() }
            return try JSONValueDecoder(value).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { throw JSONLineDeclined() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw JSONLineDeclined() }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let elements: [JSONValue]
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        init(elements: [JSONValue]) { self.elements = elements }

        mutating func next() throws -> JSONValue {
            guard currentIndex < elements.count else { throw JSONLineDeclined() }
            defer { currentIndex += 1 }
            return elements[currentIndex]
        }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < elements.count else { throw JSONLineDeclined() }
            if case .null = elements[currentIndex] { currentIndex += 1; return true }
            return false
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONValueDecoder.decode(type, from: try next()) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONValueDecoder(try next()).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try JSONValueDecoder(try next()).unkeyedContainer() }

        mutating func superDecoder() throws -> any Decoder { throw JSONLineDeclined() }
    }

    struct Single: SingleValueDecodingContainer {
        let value: JSONValue
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool {
            if case .null = value { return true }
            return false
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONValueDecoder.decode(type, from: value) }
    }
}

extension TranscriptRecord {
    /// The three records most of a file is made of (questions, answers, probes), read from their
    /// values without `Codable`, whose generic containers were a quarter of reading a history. Only
    /// an object holding none but the record's own keys is read here, so a field added to one of
    /// these records sends its lines to `Codable` until it is added below too; nil otherwise.
    init?(commonRecord value: JSONValue) {
        guard case .object(let members) = value else { return nil }
        var type: String?
        for member in members where member.key == "type" {
            guard case .string(let name) = member.value else { return nil }
            type = name
        }
        func string(_ value: JSONValue) -> String? { if case .string(let text) = value { text } else { nil } }
        switch type {
        case "answer":
            var text: String?, seconds: Double?
            for (key, value) in members {
                switch key {
                case "type": continue
                case "text": text = string(value)
                case "seconds":
                    guard case .number(let digits) = value, let number = Double(digits), number.isFinite else { return nil }
                    seconds = number
                default: return nil
                }
            }
            guard let text, let seconds else { return nil }
            self = .answer(AnswerRecord(text: text, seconds: seconds))
        case "question":
            var round: RoundKind?, questionID: String?, principles: [Principle]?, text: String?, part: String?
            for (key, value) in members {
                switch key {
                case "type": continue
                case "round": round = string(value).flatMap(RoundKind.init(rawValue:))
                case "questionID": questionID = string(value)
                case "text": text = string(value)
                case "part":
                    if case .null = value { continue }
                    guard let named = string(value) else { return nil }
                    part = named
                case "principles":
                    guard case .array(let elements) = value else { return nil }
                    var list: [Principle] = []
                    for element in elements {
                        guard let principle = string(element).flatMap(Principle.init(rawValue:)) else { return nil }
                        list.append(principle)
                    }
                    principles = list
                default: return nil
                }
            }
            guard let round, let questionID, let principles, let text else { return nil }
            self = .question(QuestionRecord(round: round, questionID: questionID, principles: principles, text: text, part: part))
        case "probe":
            var text: String?, target: Gap?, principle: Principle?, depth: Int?, reason: String?
            var firm: Bool?, quote: String?, issue: AnswerIssue?, source: ProbeSource?
            for (key, value) in members {
                if case .null = value, key != "type" && key != "text" && key != "target" && key != "depth" && key != "reason" { continue }
                switch key {
                case "type": continue
                case "text": text = string(value)
                case "target": target = string(value).flatMap(Gap.init(rawValue:))
                case "reason": reason = string(value)
                case "depth":
                    guard case .number(let digits) = value, let number = Int(digits) else { return nil }
                    depth = number
                case "principle":
                    guard let named = string(value).flatMap(Principle.init(rawValue:)) else { return nil }
                    principle = named
                case "firm":
                    guard case .bool(let flag) = value else { return nil }
                    firm = flag
                case "quote":
                    guard let words = string(value) else { return nil }
                    quote = words
                case "issue":
                    guard let named = string(value).flatMap(AnswerIssue.init(rawValue:)) else { return nil }
                    issue = named
                case "source":
                    guard let named = string(value).flatMap(ProbeSource.init(rawValue:)) else { return nil }
                    source = named
                default: return nil
                }
            }
            guard let text, let target, let depth, let reason else { return nil }
            self = .probe(ProbeRecord(text: text, target: target, principle: principle, depth: depth, reason: reason,
                                      firm: firm, quote: quote, issue: issue, source: source))
        default:
            return nil
        }
    }
}
