import CYaml

/// Refuses, before the YAML is composed, the two shapes that make loading it take exponential
/// time: an alias (or a list or mapping) used as a mapping key, whose expanded tree is hashed to
/// look for duplicate keys, and aliases that expand to a huge tree. One linear pass over the parser's
/// events, counting what each anchor would expand to without expanding it.
enum AliasGuard {
    /// The most nodes aliases may stand for in one bank; a bank that shares a few follow-ups
    /// through anchors uses a handful.
    static let expansionLimit = 10_000

    /// The first such problem in `text`, or nil. Syntax errors are left to the composer, which
    /// reports them with more context.
    static func problem(in text: String, source: String) -> BankFinding? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> BankFinding? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let message = walk.step(event) {
                    return BankFinding(source: source, line: Int(event.start_mark.line) + 1,
                                       column: Int(event.start_mark.column) + 1, message: message)
                }
            }
        }
    }

    /// The containers open around the current event and the sizes anchors stand for.
    private struct Walk {
        struct Frame {
            var isMapping: Bool
            var children = 0
            var size = 1
            var anchor: String?
        }

        var open: [Frame] = []
        var anchorSizes: [String: Int] = [:]
        var expanded = 0

        mutating func step(_ event: yaml_event_t) -> String? {
            switch event.type {
            case YAML_SCALAR_EVENT:
                finish(size: 1, anchor: Self.name(event.data.scalar.anchor))
                return nil
            case YAML_ALIAS_EVENT:
                let name = Self.name(event.data.alias.anchor) ?? ""
                if isKeyPosition {
                    return "an alias (`*\(name)`) cannot be a key; write the key out as a word"
                }
                let size = anchorSizes[name] ?? 1
                expanded = min(expanded + size, AliasGuard.expansionLimit + 1)
                if expanded > AliasGuard.expansionLimit {
                    return "aliases here expand to more than \(AliasGuard.expansionLimit) values; write the values out instead of nesting aliases"
                }
                finish(size: size, anchor: nil)
                return nil
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if isKeyPosition {
                    return "a list or mapping cannot be a key; write the key out as a word"
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? Self.name(event.data.mapping_start.anchor) : Self.name(event.data.sequence_start.anchor)
                open.append(Frame(isMapping: isMapping, anchor: anchor))
                return nil
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = open.popLast() else { return nil }
                finish(size: frame.size, anchor: frame.anchor)
                return nil
            default:
                return nil
            }
        }

        /// Whether the next node is a key: the innermost container is a mapping waiting for one.
        var isKeyPosition: Bool {
            guard let last = open.last else { return false }
            return last.isMapping && last.children.isMultiple(of: 2)
        }

        /// Records a finished node in its container, and its size under its anchor.
        mutating func finish(size: Int, anchor: String?) {
            let capped = min(size, AliasGuard.expansionLimit + 1)
            if let anchor { anchorSizes[anchor] = capped }
            if !open.isEmpty {
                open[open.count - 1].children += 1
                open[open.count - 1].size = min(open[open.count - 1].size + capped, AliasGuard.expansionLimit + 1)
            }
        }

        static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
