/// The words the layout, subject and outcome passes look for: section labels, verbs of doing and
/// of effort, who else acts in a story, plain-word outcomes, talk in general, decisions.
extension Lexicon {
    /// Section labels, longest first so "lessons learned" wins over "lessons".
    static let sectionLabels: [([String], StoryPart)] = {
        let labels: [(String, StoryPart)] = [
            ("situation", .situation), ("the situation", .situation), ("context", .situation), ("the context", .situation),
            ("background", .situation), ("setting", .situation), ("scenario", .situation), ("nugget", .situation),
            ("challenge", .situation), ("the challenge", .situation), ("s", .situation), ("set the scene", .situation),
            ("the setup", .situation),
            ("task", .task), ("the task", .task), ("my task", .task), ("tasks", .task), ("goal", .task), ("the goal", .task),
            ("my goal", .task), ("goals", .task), ("objective", .task), ("objectives", .task), ("problem", .task),
            ("the problem", .task), ("mission", .task), ("the ask", .task), ("t", .task), ("my role", .task),
            ("action", .action), ("actions", .action), ("the action", .action), ("actions taken", .action),
            ("approach", .action), ("my approach", .action), ("the approach", .action), ("what i did", .action),
            ("what we did", .action), ("how i did it", .action), ("how i handled it", .action), ("how i recovered", .action),
            ("how i solved it", .action), ("solution", .action), ("the solution", .action), ("steps", .action),
            ("steps taken", .action), ("execution", .action), ("a", .action), ("my actions", .action), ("key actions", .action),
            ("what to do", .action), ("what i do", .action),
            ("result", .result), ("results", .result), ("the result", .result), ("outcome", .result),
            ("outcomes", .result), ("the outcome", .result), ("impact", .result), ("the impact", .result),
            ("how it ended", .result), ("what happened next", .result), ("r", .result), ("the results", .result),
            ("end result", .result), ("business impact", .result),
            ("learning", .learning), ("learnings", .learning), ("key learning", .learning), ("key learnings", .learning),
            ("lesson", .learning), ("lessons", .learning), ("lesson learned", .learning), ("lessons learned", .learning),
            ("lesson learnt", .learning), ("lessons learnt", .learning), ("reflection", .learning), ("reflections", .learning),
            ("takeaway", .learning), ("takeaways", .learning), ("key takeaway", .learning), ("what i learned", .learning),
            ("what i learnt", .learning), ("how we grew", .learning), ("how i grew", .learning),
            ("what i'd do differently", .learning), ("what i would do differently", .learning), ("l", .learning),
            ("what you learned", .learning), ("what we learned", .learning), ("looking back", .learning), ("in hindsight", .learning),
        ]
        return labels.map { (label: $0.0.split(separator: " ").map(String.init), part: $0.1) }
            .sorted { $0.label.count > $1.label.count }
            .map { ($0.label, $0.part) }
    }()

    /// The section labels by their first word, longest first: one look-up per sentence.
    static let sectionLabelsByFirstWord: [String: [([String], StoryPart)]] =
        Dictionary(grouping: sectionLabels, by: { $0.0.first ?? "" })

    /// Verbs of doing, in their base form: their present and "-ing" forms make a fragment or a
    /// present-tense narration an action ("Add alerts", "I explain why"). Past forms are read by ending.
    static let actionVerbs: [String] = [
        "add", "align", "analyse", "analyze", "approach", "assess", "assign", "audit", "automate", "build", "call",
        "change", "check", "clarify", "collect", "combine", "communicate", "compare", "complete", "conduct", "configure",
        "confirm", "contact", "convince", "coordinate", "create", "cut", "debug", "define", "delegate", "deliver",
        "deploy", "design", "develop", "document", "draft", "drive", "email", "escalate", "establish", "estimate",
        "evaluate", "explain", "find", "fix", "gather", "identify", "implement", "improve", "inform", "integrate",
        "interview", "introduce", "investigate", "launch", "lead", "map", "measure", "meet", "mentor", "merge",
        "migrate", "monitor", "move", "negotiate", "optimise", "optimize", "organise", "organize", "pilot", "plan",
        "present", "prioritise", "prioritize", "propose", "prototype", "provide", "publish", "raise", "read",
        "rebuild", "recommend", "redesign", "reduce", "refactor", "release", "remove", "replace", "reproduce",
        "request", "research", "resolve", "review", "rewrite", "roll", "run", "schedule", "send", "set", "ship",
        "simplify", "sketch", "solve", "split", "start", "streamline", "suggest", "survey", "talk", "test", "track",
        "train", "update", "validate", "write", "admit", "offer", "apologise", "apologize", "ask", "book", "hire",
        "segment", "price", "target", "position", "brainstorm", "interface", "containerize", "containerise",
        // Everyday verbs a story told in the present leans on: "I make a doc", "I visit 8 shops".
        "make", "show", "visit", "pull", "prepare", "share", "bring", "join", "sit", "go", "give", "help", "teach",
        "push", "follow", "take",
        // Verbs of work that are rarely nouns, as notes and a second language use them in the
        // present ("dev fix and republish", "he forward the issue to their team").
        "forward", "notify", "submit", "install", "revert", "restart", "upgrade", "reorganize", "reorganise", "rename", "verify",
        "inspect", "diagnose", "trace", "recruit", "onboard", "persuade", "consolidate", "standardize", "standardise", "retire",
        "deprecate", "renegotiate", "reprioritize", "reprioritise", "descope", "cancel", "approve", "reject", "divide",
        "summarize", "summarise", "translate", "calculate", "compute", "simulate", "execute", "modify", "adjust", "tweak",
        "shorten", "extend", "republish", "redeploy", "retest", "rework", "dig", "dive",
    ]

    /// Every present and "-ing" form of the verbs of doing.
    static let actionVerbForms: Set<String> = {
        var forms = Set<String>()
        for verb in actionVerbs {
            forms.insert(verb)
            if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") { forms.insert(verb + "es") }
            else if verb.hasSuffix("y") && !verb.hasSuffix("ay") { forms.insert(String(verb.dropLast()) + "ies") }
            else { forms.insert(verb + "s") }
            if verb.hasSuffix("e") && !verb.hasSuffix("ee") { forms.insert(String(verb.dropLast()) + "ing") } else { forms.insert(verb + "ing") }
        }
        // Nouns and adjectives that share a form with one of the verbs.
        return forms.subtracting(["shows", "visits", "shares", "pulls", "goes", "gives", "takes", "makes", "plans", "tests", "calls", "changes", "checks", "emails", "reviews", "sets", "meeting", "meetings",
                                  "a", "updates", "requests", "steps", "interviews", "surveys", "prices", "targets", "positions",
                                  "building", "setting", "training", "pricing", "offers", "reads", "maps", "tracks", "starts",
                                  "drives", "estimates", "documents", "releases", "launches", "drafts", "results", "leads",
                                  "pilots", "books", "hires", "segments", "presents", "splits", "runs", "cuts"])
    }()

    /// Nouns for a step the speaker took: "my approach was to…", "my first step was to…".
    static let stepNouns: Set<String> = ["approach", "first", "plan", "solution", "strategy", "response", "idea", "fix", "proposal", "next", "action", "reaction", "move"]

    /// What "last" or "previous" places in the past: "my last company", "the previous quarter".
    static let pastAnchorNouns: Set<String> = [
        "company", "job", "role", "team", "employer", "project", "internship", "position", "startup", "firm",
        "year", "quarter", "month", "week", "summer", "semester",
    ]

    /// Words that open a spoken answer before its subject.
    static let fillers: Set<String> = ["so", "basically", "well", "honestly", "ok", "okay", "yeah", "um", "uh", "right", "actually"]

    /// Verbs of effort rather than a step: an action on one of them says how hard, not what.
    static let effortVerbs: Set<String> = [
        "tried", "focused", "worked", "ensured", "dedicated", "handled", "managed", "helped", "supported", "kept",
        "continued", "struggled", "powered", "strived", "stayed", "remained", "put", "spent", "waited",
    ]

    /// Words for virtues and manners, and for process in the abstract: a story that names them
    /// ("with patience and a positive attitude", "facilitated alignment") more than it tells events
    /// is a self-portrait, not one real time.
    static let mannerWords: Set<String> = [
        "empathy", "empathetic", "patience", "patient", "professionalism", "professional", "professionally",
        "positive", "positivity", "attitude", "integrity", "respect", "respectful", "respectfully", "collaboration",
        "collaborative", "collaboratively", "transparency", "transparent", "openness", "honesty", "honest",
        "willingness", "proactive", "proactively", "effectively", "efficiently", "constructively", "constructive",
        "commitment", "dedication", "resilience", "resilient", "flexibility", "adaptability", "teamwork",
        "harmonious", "harmony", "mindset", "motivation", "motivated", "perspective", "synergy", "rapport",
        "excellence", "passion", "passionate", "strive", "foster", "fostered", "fostering", "cultivate",
        "cultivated", "holistic", "seamless", "seamlessly", "mutual", "diligence", "diligent", "diligently",
        "supportive", "encouraging", "atmosphere", "cooperation", "cooperative", "genuinely", "genuine",
        "actively", "composure", "maturity", "morale", "understanding", "trust", "open", "efforts",
        // Process named in the abstract, the way a polished answer fills the place of events.
        "leverage", "leveraged", "leveraging", "facilitated", "facilitating", "alignment", "consensus",
        "cross-functional", "data-driven", "insights", "synergies", "streamlined", "streamlining", "optimized",
        "optimised", "robust", "strategic", "holistically", "stakeholder", "communication", "outcomes", "velocity",
    ]

    /// Phrases of effort rather than a step.
    static let vagueActions: [String] = [
        "tried to", "try to", "did my best", "do my best", "made sure", "make sure", "focused on", "worked on",
        "worked hard", "took ownership", "took charge", "took the initiative", "took initiative", "power through", "took lots of time",
        "took time", "spent time", "spent considerable", "spent a lot", "worked closely", "kept in mind",
        "was unwavering", "did what", "handled it", "took a lot of", "took pride",
        // Working beside people, with no word of what was done: "coordinated with the data team".
        "coordinated with", "collaborated with", "partnered with", "liaised with", "aligned with",
        "take ownership", "taking ownership", "took care of", "take care of", "take responsibility",
        "took responsibility", "taking responsibility",
        // Ownership claimed in the abstract: "owned it end to end", "drove it to resolution".
        "owned * end to end", "owned * * end to end", "owned it end to end", "drove * to resolution", "drove it to",
        "held * accountable", "held * * accountable", "took the lead", "led the effort", "led the initiative",
        "spearheaded", "championed", "drove alignment", "drove the effort", "drove the initiative",
        // Effort as a boast: "went above and beyond", "gave it my all".
        "went above and beyond", "go above and beyond", "went the extra mile", "gave it my all", "gave my all",
        "pushed myself", "pushed hard", "stepped up",
        // Resolve with no deed in it: "made it a priority", "jumped on it", "did whatever it took".
        "made it a priority", "made * a priority", "made * * a priority", "prioritized it", "prioritised it", "owned it",
        "jumped on it", "jumped in", "did whatever it took", "whatever it takes", "was persistent", "kept pushing",
        "stayed focused", "stayed positive", "managed the situation", "dealt with it", "took action", "took actions",
        // Grip and drive claimed, not shown: "got my arms around it", "got it back on track".
        "took * ownership", "took * * ownership", "got my arms around", "got * arms around", "back on track",
        "drove it to completion", "drove * to completion", "drove * * to completion", "drove the fix", "looked into",
        "from multiple angles", "from every angle", "embraced", "focused on building", "focused on improving",
        // Persuasion named, not told: "influenced leadership", "built consensus across the org".
        "influenced", "built consensus", "drove consensus", "built alignment", "created alignment", "rallied",
        "got everyone on the same page", "got everyone aligned", "brought everyone together", "helped with",
        // A role, not a step: "I acted as a mediator and facilitated discussions".
        "acted as", "served as", "facilitated discussions", "facilitated conversations", "facilitated * discussions",
        // Obstacles cleared with no word of which: "escalated and unblocked", "removed blockers".
        "unblocked", "removed blockers", "removed roadblocks", "made sure we had", "fostered", "instilled",
    ]

    /// Titles of those who run the business: people over the work, whoever else a story names.
    static let executiveTitles: Set<String> = ["vp", "svp", "ceo", "cto", "cfo", "coo", "cpo", "cmo", "gm", "founder"]

    /// People other than the speaker who act in a story.
    static let otherActors: Set<String> = executiveTitles.union([
        "manager", "boss", "supervisor", "lead", "director", "chief", "coordinator", "head",
        "leadership", "executives", "colleague", "coworker", "co-worker", "mentor", "owner", "teammate", "partner",
    ])

    /// Verbs that settle a problem, told of someone else: the step that decided the story was theirs
    /// ("my manager stepped in", "she took over", "he fixed the export"). Two-word ones are
    /// the verb and the word after it.
    static let settlingVerbs: Set<String> = [
        "stepped in", "took over", "got involved", "intervened", "resolved", "fixed", "solved", "sorted", "settled",
        "handled", "took charge",
    ]

    /// Verbs of someone else's deciding ("my director decided on a phased rollout"): settling, when
    /// they come after the candidate's own steps.
    static let decidingVerbs: Set<String> = ["decided", "chose", "picked", "ruled", "overruled"]

    /// What someone gives the candidate for the work done ("my manager gave me great feedback",
    /// "the VP gave us a shout-out"): recognition of the outcome, not a step that settled it.
    static let recognitionNouns: Set<String> = [
        "feedback", "praise", "credit", "kudos", "recognition", "thanks", "compliment", "compliments", "award", "bonus",
        "promotion", "shout-out", "shoutout", "appreciation", "all-hands",
    ]

    /// Someone else saying yes to the candidate's case or taking up the work ("the director
    /// approved it", "the CEO started using the deck"): the case accepted, not settled by them.
    static let approvingVerbs: Set<String> = [
        "approved", "agreed", "accepted", "signed", "endorsed", "liked", "loved", "praised", "thanked", "appreciated",
        "supported", "backed", "sponsored", "funded", "allowed", "said", "confirmed", "greenlit", "okayed", "trusted",
        "started", "began", "adopted", "used", "kept", "asked", "invited", "mentioned", "shared", "presented", "quoted",
    ]

    /// The plain yes among them ("approved", "agreed", "signed off"): never a step of someone else's,
    /// whatever its object.
    static let yesVerbs: Set<String> = ["approved", "agreed", "accepted", "endorsed", "greenlit", "okayed", "signed"]

    /// What a step can be done to without anything being made or touched: a step on one of these
    /// alone ("set the vision", "fostered a culture") is effort, not a step.
    static let abstractObjects: Set<String> = [
        "vision", "culture", "governance", "alignment", "mindset", "direction", "sponsorship", "north", "emphasis",
        "excellence", "synergy", "synergies", "ecosystem", "momentum", "visibility", "accountability", "ownership",
        "framework", "philosophy", "transformation", "narrative", "tone", "environment",
        // What is steered rather than made: "drove clarity", "aligned stakeholders", "managed dependencies".
        "clarity", "understanding", "consensus", "buy-in", "collaboration", "communication", "transparency", "execution",
        "stakeholders", "dependencies",
    ]

    /// Things made or touched, which make a step on an abstraction concrete ("wrote the strategy doc").
    static let madeThings: Set<String> = [
        "doc", "document", "memo", "spec", "page", "dashboard", "deck", "email", "test", "script", "template",
        "checklist", "tool", "prototype", "meeting", "review", "survey", "report", "plan", "workshop",
    ]

    /// Words of the steps any plan has, with nothing proposed in them: "understand the customer",
    /// "do research", "prioritise", "iterate", "set KPIs".
    static let processWords: Set<String> = [
        "understand", "understanding", "research", "define", "identify", "prioritise", "prioritize", "iterate",
        "brainstorm", "analyse", "analyze", "gather", "kpis", "okrs", "optimise", "optimize", "validate", "learnings",
        "framework", "stakeholders", "align", "analysis", "assess", "examine", "evaluate", "measure", "map",
        "personas", "tam", "data", "ideas", "insights", "feedback", "awareness", "results",
        // "look at the competitors", "price it competitively", "set goals", "in a few steps".
        "competitors", "competitively", "goals", "steps", "approaches", "proposition", "persona", "consider",
    ]

    /// Verbs of change in the present, the way a story told in the present gives its outcome:
    /// "the tickets go down", "conversion increase to 4%".
    static let presentChangeVerbs: Set<String> = [
        "go", "goes", "increase", "increases", "drop", "drops", "reduce", "reduces", "improve", "improves", "grow", "grows",
        "become", "becomes", "fall", "falls", "rise", "rises",
    ]

    /// Job titles a candidate opens notes with ("PM for search at a marketplace").
    static let roleWords: Set<String> = [
        "pm", "pmm", "po", "tpm", "apm", "manager", "owner", "lead", "engineer", "analyst", "director", "head",
        "consultant", "designer", "marketer", "founder", "intern", "scientist", "officer",
    ]

    /// Verbs of a mistake that happened: what went wrong, not a step taken.
    static let mishapVerbs: Set<String> = [
        "missed", "forgot", "overlooked", "neglected", "underestimated", "overestimated", "misjudged", "misread",
        "misunderstood", "miscalculated", "misjudge", "forget", "miss", "underestimate",
    ]

    /// Verbs of saying, told of someone else: what the candidate heard, not a step.
    static let sayingVerbs: Set<String> = [
        "said", "say", "says", "saying", "told", "telling", "complained", "complaining", "mentioned", "asking", "argued",
        "commented", "claimed", "insisted", "estimated",
    ]

    /// Verbs of handing someone a job, which open a note's passive ("Asked to lead the migration",
    /// "Tasked with the launch"): the candidate's task, not a step.
    static let assignmentVerbs: Set<String> = [
        "asked", "told", "assigned", "tasked", "charged", "expected", "required", "chosen", "selected", "picked",
        "invited", "hired", "brought", "pulled", "tapped", "appointed", "nominated", "instructed", "allowed",
    ]

    /// Other teams, named as the ones who acted: "Engineering rolled back the deploy, SRE scaled the database".
    static let otherTeams: Set<String> = [
        "engineering", "design", "support", "sales", "marketing", "legal", "finance", "ops", "operations", "qa", "sre",
        "devops", "security", "compliance", "procurement", "hr",
    ]

    /// Verbs that introduce what a look at the facts turned up ("found that 30% of searches failed").
    static let discoveryVerbs: Set<String> = [
        "found", "find", "finds", "noticed", "notice", "discovered", "discover", "saw", "see", "realized", "realised",
        "showed", "shows", "show", "revealed", "reveals", "identified", "spotted", "learned", "learnt",
    ]

    /// Verbs of receiving or noticing, of a stance and of being there: something that happened to or
    /// in the speaker, not a step they took.
    static let perceptionVerbs: Set<String> = [
        "got", "received", "heard", "saw", "noticed", "realized", "realised", "learned", "learnt", "felt", "knew",
        "thought", "believed", "understood", "recalled", "remembered", "wondered", "hoped", "expected", "wished",
        "enjoyed", "faced", "encountered", "experienced", "became", "came", "fell",
        // A stance is no step either: "I disagreed" says what the candidate thought, not did.
        "disagreed", "wanted", "preferred", "worried",
        // Nor is being there: "I attended the meetings".
        "attended", "participated",
    ]

    /// Words of change: an outcome with one of these and no number is what "by how much?" asks about.
    static let changeWords = [
        "improv", "increas", "reduc", "grew", "grow", "drop", "fell", "rose", "lift", "cut", "sav", "faster",
        "slower", "better", "worse", "fewer", "higher", "lower", "doubl", "halv", "boost",
        "happier", "shorter", "cheaper", "clearer", "smaller", "quicker", "easier",
    ]

    /// Words of change that are whole words only: "up" is not "update", "less" not "unless".
    static let changeWholeWords: Set<String> = ["up", "down", "less", "more"]

    /// Whether words tell that something moved ("no-shows went down", "reviews improved"): a word
    /// starting on a stem of change, or one of the short words of change on its own. "Went ahead",
    /// "an updated version" and "regardless" move nothing.
    static func tellsAChange(_ text: String) -> Bool {
        let words = text.lowercasedWords
        return words.indices.contains { index in
            let word = words[index]
            if changeWholeWords.contains(word) {
                // "ended up fine", "calmed down", "set up a call": a verb's particle, nothing that moved.
                return index == 0 || !particleVerbs.contains(words[index - 1])
            }
            return changeWords.contains { word.hasPrefix($0) }
        }
    }

    /// Verbs whose "up" or "down" is part of the verb, not a change: "ended up", "calmed down".
    static let particleVerbs: Set<String> = [
        "end", "ended", "ending", "show", "showed", "come", "came", "set", "setting", "pick", "picked", "follow", "followed",
        "sign", "signed", "step", "stepped", "speak", "spoke", "make", "made", "open", "opened", "back", "backed", "look",
        "looked", "team", "teamed", "catch", "caught", "calm", "calmed", "sit", "sat", "write", "wrote", "break", "broke",
        "turn", "turned", "narrow", "narrowed", "wrap", "wrapped", "mess", "messed",
    ]

    /// Participles that describe a state after "was" ("was excited", "was assigned"), not a step taken.
    static let participleAdjectives: Set<String> = [
        "assigned", "asked", "tasked", "given", "told", "hired", "placed", "based", "located", "involved", "required",
        "expected", "supposed", "used", "allowed", "stuck", "lost", "born", "known", "called", "named", "scheduled",
        "planned", "needed", "committed", "responsible", "promoted", "appreciated", "praised", "thanked", "approved",
        "granted", "accepted", "relieved", "impressed", "surprised", "shocked", "confused", "annoyed", "upset",
    ]

    /// Verbs of change before a pair of figures ("went 2.1 to 2.6").
    static let changeVerbs: Set<String> = [
        "went", "moved", "grew", "rose", "fell", "dropped", "increased", "decreased", "improved", "reduced", "jumped", "climbed", "shrank",
    ]

    /// Words that make a number a comparison.
    static let comparatives: Set<String> = [
        "fewer", "less", "more", "faster", "slower", "higher", "lower", "reduction", "increase", "decrease", "improvement",
        "halved", "doubled", "tripled", "cut", "saved", "down", "up", "growth", "drop", "lift", "baseline", "versus", "vs",
        "compared", "than", "previous", "before", "against", "projection", "target", "above", "below", "back",
    ]

    /// Words of comparison only beside a figure (`AnswerReader.isComparative`): "up 20%", not "set up".
    static let comparativesBesideAFigure: Set<String> = ["up", "down", "back", "previous", "target", "against", "above", "below"]

    /// Who a product is for, after "target": "our target customers".
    static let segmentNouns: Set<String> = [
        "customers", "customer", "users", "user", "audience", "audiences", "market", "markets", "segment", "segments", "group", "groups",
        "persona", "personas", "buyers",
    ]

    /// Words that make a present-tense sentence a habit rather than a time it happened.
    static let habitualMarkers: Set<String> = [
        "always", "usually", "typically", "generally", "normally", "often", "whenever", "tend", "sometimes", "every", "try",
    ]

    /// Words that make an outcome one still to come: "will", "hope", "still waiting", "scheduled".
    static let pendingWords: Set<String> = [
        "will", "won't", "would", "hope", "hoping", "hopefully", "waiting", "pending", "scheduled", "planning", "upcoming",
        "ongoing", "underway",
    ]

    /// Units of time that, after "next" with no "the" before it, put an outcome in the future:
    /// "we'll know next quarter", against "the next morning she signed".
    static let futureUnits: Set<String> = [
        "week", "month", "quarter", "year", "sprint", "release", "cycle", "half", "spring", "summer", "fall", "autumn", "winter",
    ]

    /// Verbs of sending the work on for someone's yes: "sent it to the CRO for sign-off".
    static let sendingOnVerbs: Set<String> = ["sent", "submitted", "passed", "forwarded", "took", "gave", "put", "went", "handed", "shared"]

    /// Trials whose present ("the pilot is running", "the beta is live") is a wait for their read-out.
    static let trialWords: Set<String> = ["pilot", "pilots", "trial", "trials", "experiment", "experiments", "beta", "test", "tests"]

    /// Work still being done, after "is", "are" or "am": "the team is evaluating it", "I am
    /// working on the next version". An outcome after them is still to come.
    static let workUnderWay: Set<String> = [
        "working", "checking", "building", "testing", "evaluating", "piloting", "finalising", "finalizing", "discussing",
        "reviewing", "rolling", "investigating", "exploring", "negotiating", "preparing", "drafting", "developing",
        "designing", "scoping", "validating", "measuring", "collecting", "gathering", "analysing", "analyzing",
    ]

    /// Words that, before "to", make an outcome an intention: "plan to", "expected to", "going to".
    static let pendingBeforeTo: Set<String> = [
        "plan", "plans", "expect", "expected", "expecting", "going", "yet", "aim", "aiming", "want", "wants", "intend", "intends",
    ]

    /// The other words a telling of what is still to come turns on, beside its neighbours: "the
    /// plan was to", "in progress", "not yet", "next quarter", "on the roadmap", "to follow",
    /// "still running", "for sign-off", "in the middle of", "we're testing". A sentence with none of
    /// these, of `pendingBeforeTo`, `trialWords`, `pendingWords`, a present "be" or a contracted
    /// "will" tells nothing still to come.
    static let pendingLeads: [String] = [
        "plan", "idea", "in", "under", "not", "next", "on", "to", "still", "for", "middle", "we're", "they're", "i'm",
    ]

    /// Words owning that the outcome is not known: what happened is still the first thing to ask.
    static let unknownOutcomes: [String] = [
        "never got to see", "never saw how", "never found out", "never heard back", "not sure where it ended",
        "not sure how it ended", "not sure what happened", "not sure how it turned out", "don't know how it",
        "don't know what happened", "do not know how it", "do not know what happened", "no idea how it",
        "still don't know", "left the company before", "left before it", "moved teams before", "before i could see",
        "when i moved teams", "when i left", "when i changed teams", "then i moved teams", "then i left the",
    ]

    /// Words of a note left to fill in: "TODO", "TBD", "add numbers from the review".
    static let placeholderWords: Set<String> = ["todo", "tbd", "tba", "fixme", "xxx"]
    /// Verbs that, at a note's start or after "to"/"need to", leave something to fill in: "add numbers", "fill in".
    static let placeholderPhrases: [[String]] = [
        ["add", "numbers"], ["add", "the", "numbers"], ["add", "metrics"], ["add", "the", "result"], ["add", "result"],
        ["add", "what"], ["fill", "in"], ["to", "be", "added"], ["to", "be", "confirmed"], ["need", "to", "add"],
    ]

    /// Verbs of passing the work on, which under a Result heading tell a step, not what came of it.
    static let passingOnVerbs: Set<String> = [
        "shared", "presented", "sent", "communicated", "reported", "circulated", "published", "demoed", "emailed", "socialized",
        "socialised",
    ]

    /// Verbs of taking the work up, after "decided to": no course chosen over another.
    static let engagingVerbs: Set<String> = [
        "take", "help", "step", "reach", "talk", "speak", "ask", "look", "dig", "investigate", "learn", "own", "volunteer",
        "meet", "call", "schedule", "understand", "find", "figure", "get", "start", "try", "work", "join", "support",
    ]

    /// What became known rather than what changed: "the problem became clear", "it became obvious".
    static let realisations: [String] = ["became clear", "become clear", "became obvious", "became apparent", "became evident", "became aware"]

    /// How people took the work, not what it changed: "my mentor was really happy", "she said it
    /// was very helpful", "stakeholders were pleased".
    static let reactionWords: Set<String> = [
        "happy", "pleased", "satisfied", "impressed", "grateful", "thankful", "appreciated", "appreciative", "helpful",
        "delighted", "thrilled", "relieved", "praised", "thanked",
    ]

    /// What a story meant to its teller: "it really showed me that…", "this taught me…".
    static let reflectionPhrases: [String] = ["showed me", "taught me", "made me realize", "made me realise", "reminded me"]

    /// Words of an outcome that settled a question rather than moved a measure: an agreement, a
    /// decision taken, a release.
    static let settledOutcomeWords: Set<String> = [
        "agreed", "agree", "approved", "accepted", "signed", "chose", "decided", "dropped", "shipped", "launched",
        "released", "live", "delayed", "postponed", "cancelled", "canceled", "adopted", "aligned", "convinced", "yes",
        // The work brought to its end, or the deal closed: "finished the project in time", "they renewed".
        "finished", "completed", "renewed", "compromise", "deal",
    ]

    /// Verbs of work brought to its end or a mark reached: "we completed it", "we both passed".
    static let finishingVerbs: Set<String> = [
        "completed", "complete", "finished", "finish", "passed", "pass", "met", "reached", "achieved", "won", "delivered",
    ]

    /// Verbs that tell a figure as reached: "we reached 92%", "hit 4,000 sign-ups"; or as drawn
    /// in after the steps: "the first meeting welcomed over 50 volunteers", "it attracted 300 sign-ups".
    static let reachingVerbs: Set<String> = [
        "reached", "hit", "achieved", "crossed", "surpassed", "topped", "exceeded", "reaching", "hitting",
        "attracted", "welcomed", "drew", "gained", "generated", "onboarded",
    ]

    /// Words that tell an outcome as something that stopped happening: "without an incident", "zero
    /// complaints", "not a single missed payout".
    static let absenceWords: Set<String> = ["without", "no", "zero", "none", "single", "never"]

    /// Words that make a past-tense step a habit: what the candidate used to do, not one time.
    static let habitualPastMarkers: Set<String> = ["always", "usually", "typically", "generally", "normally", "often", "whenever", "frequently"]

    /// Verbs whose past is spelt as their present: "I read the tickets" is a habit or a time, as
    /// its sentence says.
    static let samePastAndPresent: Set<String> = ["read", "put", "set", "cut", "let", "hit", "shut", "quit", "spread", "cost", "split"]

    /// Counts that make a step a habit when "times" follows: "many times", "several times".
    static let habitualCounts: Set<String> = ["many", "several", "countless", "multiple", "numerous"]

    /// Words ending in "-ed" that are not past-tense verbs.
    static let notVerbs: Set<String> = [
        "need", "based", "hundred", "red", "bed", "speed", "indeed", "feed", "seed", "proceed", "exceed", "succeed",
        "embed", "shed", "interested", "excited", "talented", "skilled", "experienced", "detailed", "limited",
        "related", "advanced", "unexpected", "unprecedented", "sophisticated", "complicated", "motivated", "tired",
        "supposed", "biased", "bored", "scared", "worried", "concerned", "overwhelmed", "stressed", "frustrated",
        "satisfied", "so-called", "aged", "pleased", "mixed", "talented", "self-paced", "red-flagged",
    ]

    /// Capitalised words that are no names: days, months, and words people capitalise for emphasis.
    static let commonCapitals: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an",
        "my", "our", "we", "it", "this", "that", "they", "he", "she", "customer", "customers", "team", "product",
        "manager", "business", "leadership", "principles", "obsession", "ownership", "results", "trust", "action",
        "situation", "task", "result", "learning", "so", "and", "but", "then", "also", "after", "before", "when",
        "if", "for", "in", "on", "at", "to", "of", "with", "by", "as", "or", "not", "no", "yes", "ok", "okay",
    ]

    /// Blame on others: the red flags that are about who failed, not what was done.
    static let blame: [String] = [
        "their fault", "not my fault", "wasn't my fault", "not really my failure", "not my failure", "not my problem",
        "they messed up", "blamed them", "blame them", "blame the", "lesson is more for them", "if they had followed",
        "if they had listened", "people just didn't", "they need a better", "it wasn't my job", "not my job",
    ]

    /// Settings of a personal stake: school, home, a club; or, at work, a stake of the candidate's
    /// own ("I wanted to get promoted", "for my bonus") in place of anyone the work was for.
    static let personalContext: [String] = [
        // The candidate's own advancement; not a colleague's ("pushed for him to be promoted"), nor
        // when in a career it happened ("early in my career").
        "to get promoted", "want to be promoted", "wanted to be promoted", "me to be promoted", "hoping to be promoted",
        "getting promoted", "my promotion", "my bonus", "my performance review", "my performance rating",
        "for my career", "my career goals", "my career growth", "grow my career", "advance my career", "my career development",
        "into promo", "for promo", "my promo", "promo packet", "promo case", "appraisal", "appraisals", "my scope", "my rating",
        "on my record", "my resume", "my résumé", "my cv",
        // The payoff told as the candidate's own: "it helped me get promoted", "mentioned in my
        // review", "now it takes me 15 minutes", "it shows I'm someone who invests in myself".
        "me get promoted", "i got promoted", "i was promoted", "in my review", "in myself", "takes me", "saves me", "saved me",
        "shows i'm", "shows that i'm", "shows i am", "shows that i am",
        "professor", "my class", "the class", "classmates", "course project", "semester", "my school", "university",
        "college", "exam", "exams", "my grade", "homework", "academic year", "my studies", "my apartment", "new apartment",
        "my father", "my mother", "my parents", "my family", "my friend*", "my mates", "scouts", "troop", "my roommate*",
        "at school", "school project", "side project", "personal project", "hackathon", "my thesis", "bootcamp", "coursework",
        // Volunteering as a setting; "I volunteered to own the runbook" at work is a step.
        "volunteer", "volunteers", "volunteering", "volunteered at",
    ]

    /// Adverbs of sequence and success among the outcomes: on a step of the candidate's they tell
    /// the last step, not what became of things.
    static let sequenceOutcomeWords: Set<String> = ["finally", "eventually", "afterwards", "afterward", "successfully"]

    /// Steps that put the work before others and settle nothing themselves: after "finally" or
    /// "in the end" they are the story's last step ("in the end I presented two options").
    static let handingOnVerbs: Set<String> = passingOnVerbs.union([
        "proposed", "suggested", "recommended", "pitched", "asked", "told", "explained", "escalated", "raised", "flagged",
        "met", "scheduled", "forwarded", "submitted", "handed",
    ])

    /// An outcome told in plain words: what became of things after the actions.
    static let outcomes: [String] = [
        "since then", "from then on", "after that", "ever since", "eventually", "in the end", "finally", "ended up",
        "as a result", "thus", "which led to", "this led to", "that led to", "resulted in", "turned out", "by the end",
        // "She went on to be one of the top reps": what became of someone after the story.
        "went on to",
        "afterwards", "afterward", "no longer", "anymore", "no more", "from now on", "now i", "now we", "now the", "now it",
        "now there", "now everyone", "today the", "still running", "has been running", "have been running", "got it done",
        "got the job done", "got done", "was approved", "were approved", "got approved", "got * approved", "got * * approved",
        "got * signed", "got * * signed", "got * * done", "got * merged", "got * * merged", "agreed", "appreciated",
        "thanked", "praised", "complimented", "lauded", "promoted", "was successful", "successfully", "on time",
        "ahead of schedule", "met the deadline", "met the second", "caught the", "made the deadline",
        "solved", "resolved", "fixed", "worked out", "took off", "didn't work", "did not work", "went ahead",
        "was a success", "were able to", "was able to", "managed to", "never happened again", "no similar",
        "stabilized", "stabilised", "recovered", "accepted", "granted", "approved", "back to normal", "back to baseline",
        "back on track", "back under", "so now", "and now", "now takes", "now take", "now runs",
        "now run", "now has", "now have", "now gets", "now get", "went well", "went ok", "went okay", "went fine",
        "got better", "got easier", "got faster", "got quicker", "got simpler", "got smoother", "got much",
        "became easier", "became faster", "became quicker", "became simpler", "became smoother", "became much",
        "went smoothly", "went great", "went badly", "went live", "ran smoothly", "without a hitch",
        // How it was received, told as a verdict: "the new emails were a big success".
        "were a success", "was a * success", "were a * success", "were successful", "worked well",
        "much happier", "were happier", "was happier", "more satisfied", "were happy with", "was happy with",
        "got shorter", "got cheaper", "got clearer", "got smaller", "got quieter", "got worse", "became clearer",
        "became shorter", "was success", "were success", "working again", "running again", "up and running", "made it on time", "made it in time", "restored", "was back", "were back", "came back up", "back online",
        // What did not happen, when that was the risk: "we moved it without any downtime".
        "without downtime", "without any downtime", "without incident", "without a single incident",
        // The sides brought together: "we came to a compromise on scope", "both teams struck a deal".
        "came to an agreement", "came to a compromise", "reached an agreement", "reached a compromise", "reached a deal",
        "struck a deal", "found a compromise", "found a middle ground",
        // A state that lasts, told in the present perfect: "the checklist has since become part of every launch".
        "has become", "have become", "has since become", "have since become", "has now become", "have now become",
        // What could at last be done: "customers could finally pay in one step".
        "could finally", "can finally", "finally able", "finally could",
        // The candidate's option chosen: "my proposal was picked over the other two".
        "chosen over", "picked over", "selected over",
    ]

    /// Talk about how things are done in general, not what happened one time.
    static let genericMarkers: [String] = [
        "you need", "you must", "you should", "you can", "you want", "you have to", "you will", "you'll", "you're",
        "you get", "you end up", "you find", "you ask", "you make", "you see", "it's important", "it is important",
        "it's critical", "it is critical", "it's crucial", "it is crucial", "it's essential", "it is essential",
        "the best way", "the key is", "make sure you", "i always", "i usually", "i often", "i tend to", "i typically",
        "i generally", "i normally", "in my experience", "as a rule", "every time", "whenever", "one should",
        "i'm often", "i am often", "i'm the kind", "i am the kind", "i'm someone", "i am someone", "for me, the",
        "i believe", "i'm very", "i am very", "i'm a", "i do what", "i do my", "we always", "we usually",
        "throughout my career", "in my career", "i have always", "i've always", "i have consistently", "i consistently",
    ] + manyRoles

    /// Many jobs told at once, no one time: "In both my roles, in the army and as a mechanic, I…".
    static let manyRoles: [String] = [
        "in both my roles", "in both roles", "in my previous roles", "in all my roles", "in each of my roles", "across my roles",
        "in every role", "in all my jobs", "in my previous jobs", "in every job", "in both jobs", "in each role",
    ]

    /// A risk or cost named as such: what a plan's choice risks or gives up.
    static let risks: [String] = [
        "risk*", "trade-off*", "tradeoff*", "trade off", "downside*", "the cost of", "at the expense of", "give up",
        "giving up", "gave up", "what could go wrong", "could go wrong", "mitigat*", "instead of", "rather than",
        "at the cost of", "in exchange", "sacrific*",
    ]

    /// A decision taken: what a trade-off probe asks the cost of.
    static let decisions: [String] = [
        "decided", "decide to", "i chose", "we chose", "opted", "proposed", "recommended", "recommanded", "advocated",
        "pushed for", "made the call", "made a call", "judgement call", "judgment call", "took the decision",
        "made the decision", "went with", "prioritized", "prioritised", "picked", "committed to", "insisted",
        "i asked them to", "request to move", "requested to", "i pushed", "i suggested", "suggested", "i convinced",
        "convinced", "i sacrificed", "i dedicated", "i spend", "i spent twice",
    ]
}
