/// What a one-page summary says about a story beyond its rating: the number it moved and the
/// people it needed, found in its words.
public enum StoryFacts {
    /// The first number of the story's result, with the words around it that say what it
    /// measures ("From 22% to 30% in six weeks"), from the engine's reading of the story; nil
    /// when its result has no number.
    public static func impact(of review: StoryReview) -> String? {
        let evidence = review.judgement.story.signals[.quantifiedResult] ?? []
        guard let first = evidence.min(by: { $0.offset < $1.offset }) else { return nil }
        return clause(holdingTheFirstNumberOf: first.text)
    }

    /// The clause of `text` (between `, ` or `; `) that holds its first digit; the engine's span
    /// may run on into other clauses. "900,000" is one number, not two clauses.
    static func clause(holdingTheFirstNumberOf text: String) -> String? {
        guard let digit = text.firstIndex(where: \.isNumber) else { return nil }
        let breaks = [", ", "; "]
        let start = breaks.compactMap { text[..<digit].ranges(of: $0).last?.upperBound }.max() ?? text.startIndex
        let end = breaks.compactMap { text[digit...].firstRange(of: $0)?.lowerBound }.min() ?? text.endIndex
        var clause = String(text[start..<end]).trimmingWhitespace()
        for joining in ["and ", "but ", "so ", "then "] where clause.lowercased().hasPrefix(joining) {
            clause = String(clause.dropFirst(joining.count))
        }
        while let last = clause.last, last == "…" || last == "." || last == "," || last.isWhitespace { clause.removeLast() }
        return clause.isEmpty ? nil : clause
    }

    /// The people beyond the candidate the story names by their role ("our risk analyst", "three
    /// support agents", "the legal team"), each once, in the order they come, as written. The
    /// candidate's own team and customers are not counted: they are not whom the work needed
    /// to bring in.
    public static func people(in text: String) -> [String] {
        let words = self.words(in: text)
        var found: [String] = []
        var seen = Set<String>()
        for (index, word) in words.enumerated() {
            let key = word.lowercased()
            guard roles.contains(key) || (qualifiedRoles.contains(key) && index > 0 && functions.contains(words[index - 1].lowercased())) else { continue }
            // "vice president", "risk analyst", "customer success team": the words that say which one.
            var start = index
            while start > 0, index - start < 2, functions.contains(words[start - 1].lowercased()) { start -= 1 }
            if start == index, index > 0, words[index - 1].lowercased() == "vice" { start -= 1 }
            if describesTheSpeaker(words[..<start]) { continue }
            let name = words[start...index].joined(separator: " ")
            if seen.insert(name.lowercased()).inserted { found.append(name) }
        }
        return found
    }

    /// Whether the words before a role make it the speaker's own: "I was the product manager",
    /// "as a designer".
    static func describesTheSpeaker(_ before: ArraySlice<String>) -> Bool {
        let near = before.suffix(3).map { $0.lowercased() }.filter { !["a", "an", "the", "lead"].contains($0) }
        return near.suffix(2).contains { ["was", "am", "i'm", "i’m", "as", "became", "being"].contains($0) }
    }

    /// Words as written: letters, digits, hyphens and apostrophes.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var word = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "-" || character == "'" || character == "’" {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Roles that name someone on their own. Not "partners" or "accountants": in a story they are
    /// as often whom the product serves.
    static let roles: Set<String> = [
        "engineer", "engineers", "designer", "designers", "analyst", "analysts", "scientist", "scientists",
        "researcher", "researchers", "manager", "managers", "director", "directors", "president", "vp", "vps",
        "ceo", "cto", "cfo", "coo", "cmo", "cpo", "founder", "founders", "co-founder", "lawyer", "lawyers", "counsel",
        "agent", "agents", "architect", "architects", "marketer", "marketers", "recruiter", "recruiters",
        "copywriter", "writer", "writers", "vendor", "vendors", "agency", "contractor", "contractors",
        "stakeholder", "stakeholders", "executive", "executives", "leadership",
        "auditor", "auditors", "specialist", "specialists", "consultant", "consultants",
    ]

    /// Words that name someone only with a function before them: "the legal team", not "my team".
    static let qualifiedRoles: Set<String> = ["team", "teams", "lead", "leads", "squad", "group", "department", "org", "owner", "owners", "rep", "reps"]

    /// The functions that say which engineer, which team.
    static let functions: Set<String> = [
        "risk", "data", "support", "sales", "legal", "finance", "marketing", "product", "engineering", "design",
        "security", "ops", "operations", "customer", "success", "platform", "warehouse", "fraud", "brand", "growth",
        "content", "tech", "technical", "qa", "ux", "ui", "research", "analytics", "pricing", "compliance", "hr",
        "people", "field", "account", "solutions", "program", "project", "release", "infrastructure", "infra",
        "mobile", "backend", "frontend", "web", "ml", "privacy", "policy", "partnerships", "procurement",
        "logistics", "supply", "chain", "payments", "billing", "devops", "sre", "editorial", "communications", "pr",
        "creative", "regional", "country", "general", "business", "executive", "senior", "principal", "staff",
    ]
}
