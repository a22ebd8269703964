/// The words and phrases the analyser looks for, in one place so they can be read and tuned together.
/// Phrases are lower-case and matched on word boundaries; a trailing `*` matches any ending.
enum Lexicon {

    /// Words that may sit between a subject and its verb without changing who acted.
    static let adverbs: Set<String> = [
        "then", "also", "quickly", "personally", "just", "finally", "immediately", "eventually", "actually",
        "basically", "first", "later", "directly", "myself", "ourselves", "initially", "soon", "really", "still",
        "had", "have", "then,", "even", "jointly", "together", "once", "recently", "later", "again", "successfully",
        "instead", "eventually", "ultimately", "proactively", "carefully", "simply", "only", "all", "both",
    ]

    static let irregularPast: Set<String> = [
        "built", "wrote", "led", "ran", "made", "drove", "took", "got", "went", "set", "sent", "met", "sought",
        "spoke", "told", "found", "chose", "gave", "bought", "brought", "began", "began", "held", "kept", "left",
        "lost", "paid", "put", "read", "said", "saw", "sold", "spent", "stood", "taught", "thought", "understood",
        "won", "shut", "cut", "hired", "fought", "rewrote", "rebuilt", "knew", "felt", "did", "dug", "wrote",
        "drew", "grew", "flew", "threw", "broke", "chose", "froze", "rode", "rose", "shook", "spun", "split",
        "sat", "laid", "heard", "caught", "fed", "hung", "hit", "let", "meant", "proved", "struck", "stuck", "swept",
        "oversaw", "overcame", "undertook", "withdrew", "forgot", "bent", "dealt", "fell", "fled", "hid", "lent", "lit",
        "mistook", "quit", "shot", "sought", "sprang", "stole", "strove", "upset", "woke", "wound", "rang", "redid",
        "reran", "rethought", "retaught", "outran", "underwent", "became", "came", "wore", "tore", "bore", "swore",
    ]

    /// Past forms that describe a state rather than something the speaker did.
    static let stativePast: Set<String> = ["was", "were", "had", "seemed", "used", "supposed", "needed", "wanted", "liked", "loved", "hated"]

    /// Words after "I" that frame what follows as hypothetical or habitual, not a past event.
    static let hypotheticalMarkers: Set<String> = [
        "would", "will", "'d", "'ll", "usually", "typically", "generally", "always", "normally", "tend", "try", "should", "can",
    ]

    static let negators: Set<String> = [
        "not", "no", "never", "didn't", "don't", "doesn't", "wasn't", "weren't", "haven't", "hasn't", "hadn't",
        "couldn't", "wouldn't", "without", "none", "nobody", "nothing", "cannot", "can't", "neither", "nor", "lack", "lacked",
    ]

    /// Words one slip from a word of the lexicon that are words in their own right: never read as
    /// a misspelling of it ("leaned" is not "learned", "casual" not "causal").
    static let wordsOneSlipFromAnother: [String] = [
        "leaned", "lunched", "casual", "causal", "united", "untied", "wining", "dinning", "marital", "martial", "compliant",
    ]

    static let resultMarkers: [String] = [
        "result*", "outcome*", "led to", "leading to", "ended up", "in the end", "impact*", "increas*", "decreas*", "reduc*",
        "improv*", "grew", "grow*", "dropped", "drop", "saved", "launched", "shipped", "delivered", "achiev*",
        "exceeded", "cut", "raised * by", "raised * * by", "raised it to", "boosted", "lifted", "went from", "went up", "went down", "doubled",
        "tripled", "halved", "won", "hit * target", "hit * * target", "hit * goal", "hit * * goal", "hit * targets",
        "hit * goals", "hit the number", "hit our number", "lower*", "higher", "fell", "rose", "climbed", "adopted",
        "brought down", "brought up", "succeeded", "failed", "so that", "which meant", "turned around",
        "was better", "were better", "got better", "much better", "lot better", "way better", "much easier",
        "way more", "much faster", "paid off", "went live", "cancelled", "canceled", "passed the", "passed our", "passed all", "passed its", "passed every", "happened on time",
        "became", "fewer", "no complaints", "almost no complaints", "a lot faster", "kept their", "kept the account", "kept the client", "kept the customer", "kept the contract", "stayed", "retained",
        "prevented", "avoided", "averted", "caught it", "released", "rolled out", "sold", "went out", "took off",
        "stopped the", "ended at", "ended with", "came in at", "landed at", "closed at",
        // The work brought to its end: "finished the app in ten days", "met the deadline".
        "finished the", "finished it", "completed the", "completed it", "met the deadline", "met our deadline", "met the date",
        "made the deadline", "on schedule", "ahead of schedule",
        // A problem gone: "the complaints disappeared", "the alerts died down".
        "disappeared", "vanished", "went away", "died down", "dried up",
        // A measure that moved, said with "came" or "went back": "churn came down", "it went back to 87%".
        "came down", "came up", "came back", "went back", "are down", "is down", "was down", "were down",
    ]

    static let tradeoff: [String] = [
        "trade-off*", "tradeoff*", "trade off", "instead of", "rather than", "gave up", "give up", "giving up",
        "at the cost of", "at the expense of", "alternative*", "option", "options", "weighed", "weighing", "decided against",
        "depriorit*", "sacrific*", "downside*", "risk*", "pros and cons", "compromis*", "cut scope", "descop*",
        "de-scop*", "decided not", "said no", "parked", "delayed", "postpone*", "paused the", "paused our",
        "put * on hold", "put * * on hold", "put * * * on hold",
        "pushed * back", "held the launch", "held off", "hold off", "which meant", "we lost", "i lost", "lost the",
        "in exchange", "cost us", "cost me", "traded", "accepted the risk", "i was ok with that", "meant giving up",
        "slipped", "pushed the launch", "moved * to next", "dropped the", "dropping the", "killed the", "cut the",
        "instead", "back by", "dropped our", "cut all", "in return", "a quarter later", "later than planned",
        "we skip", "skip the", "over two other", "over the other", "funded over", "took over from", "chose not to", "agreed not to",
        "make room", "made room", "a delay", "the delay", "would cost", "cost the", "cost them", "at a cost",
        // A concern named and answered ("support worried it would annoy users, so I trialled it in
        // two regions first"): the risk of the choice, weighed.
        "worried about", "worried that", "were worried", "was worried", "concerned about", "concerned that",
        "concerns about", "the concern", "pushed back", "pushback", "objected", "was nervous", "were nervous",
        "was hesitant", "were hesitant", "was skeptical", "were skeptical", "was sceptical", "were sceptical",
        "did not want to", "didn't want to",
        // What the choice cost, told as its cost: "the cost was ten minutes a lane", "that cost a sprint".
        "cost was", "cost were", "that cost a", "that cost one", "which cost a", "it cost a", "it cost one",
    ]

    static let customers: [String] = [
        "customer*", "user*", "shopper*", "seller*", "buyer*", "client*", "reader*", "viewer*", "merchant*",
        "advertiser*", "subscriber*", "patients", "consumers", "end user*", "listener*", "player*", "guest*",
        "traveler*", "traveller*", "parents", "students", "teachers", "developers", "small business*", "merchants", "households", "families",
        // One of those served, where care is the work: "I had an elderly patient who…".
        "a patient", "the patient", "one patient", "my patient", "each patient", "every patient", "elderly patient", "difficult patient",
        // Whom the product served, by the name the trade gives them.
        "policyholder*", "donor*", "rider*", "passenger*", "tenant*", "homeowner*", "learner*", "borrower*",
        "cardholder*", "account holder*", "diner*", "attendee*", "applicant*", "caller*", "fans", "creator*",
        // Businesses served, named by their trade: "a small bakery using our POS", "shop owners".
        "shop owner*", "store owner*", "business owner*", "restaurant*", "retailer*", "bakery", "bakeries", "shops", "stores",
    ]

    static let customerImpact: [String] = [
        "complain*", "churn*", "satisfaction", "nps", "csat", "customer feedback", "user feedback", "customer experience",
        "user experience", "ticket*", "contacts", "retention", "adoption", "conversion", "happier", "frustrat*", "pain", "saved them",
        "star rating*", "repeat purchase*", "support calls", "delight*",
    ]

    static let evidence: [String] = [
        "data", "metric*", "dashboard*", "a/b", "ab test*", "experiment*", "analys*", "analyz*", "sql", "query",
        "queries", "survey*", "cohort*", "funnel*", "research", "logs", "numbers", "baseline", "measured",
        "measure", "benchmark*", "interviewed", "statistic*", "significan* test", "p-value", "control group",
    ]

    static let learning: [String] = [
        "learned", "learnt", "learning", "lesson*", "in hindsight", "looking back", "differently", "next time",
        "would have", "should have", "could have", "realized", "realised", "takeaway*", "taught me", "reminded me", "showed me that", "made me realize", "made me realise", "now i",
        "since then", "i'd have", "mistake", "did it again", "do it again", "in retrospect", "what i'd change",
        "what i would change", "i'd do", "i would do", "would do differently",
        // The lesson told in the present, as many who learnt English later tell a past story.
        "i learn to", "i learn that", "we learn to", "we learn that", "if i do again", "if i do this again",
        "if i did this again", "do different", "did different", "doing different",
    ]

    /// Participles that make "I'd" mean "I had" ("I'd already built it").
    static let participles: Set<String> = [
        "already", "never", "just", "built", "done", "gone", "made", "seen", "been", "led", "run", "sent", "spent",
        "taken", "written", "told", "had", "given", "shipped", "launched", "finished", "started", "agreed", "promised",
    ]

    /// Ways of saying there is no example to give.
    static let declines: [String] = [
        "don't know", "dont know", "do not know", "can't think", "cant think", "cannot think", "no example",
        "come back to", "not sure what to say", "nothing comes to mind", "can't remember", "never happened",
        "haven't had", "have not had", "never had", "pass on this", "skip this",
    ]

    static let hedges: [String] = [
        "kind of", "sort of", "a lot", "significantly", "significant", "huge", "hugely", "massive*", "pretty",
        "basically", "really", "very", "a bunch", "somewhat", "quite", "tons", "lots", "big impact", "much better",
        "some", "many", "various", "stuff", "things like that", "etc", "and so on", "i think", "i guess", "maybe",
    ]

    static let disagreement: [String] = [
        "disagree*", "pushed back", "push back", "pushback", "conflict*", "argued", "argue*", "convinc*",
        "escalat*", "objected", "challeng*", "tension", "pushed for", "didn't agree", "did not agree", "debate*",
    ]

    /// Words before a result verb that make it an aim, not an outcome ("asked to improve").
    static let aimMarkers: Set<String> = ["to", "would", "will", "could", "should", "can", "might", "must", "want", "wanted", "hoping", "trying", "try"]

    /// Words that end a clause when quoting the candidate.
    /// Words that make what follows a condition, not a time it happened ("if I failed…").
    static let conditionWords: Set<String> = ["if", "unless", "whenever"]

    static let conjunctions: Set<String> = ["and", "but", "so", "because", "which", "then", "while", "when", "after", "before", "since", "although", "though", "rather"]

    /// What a number is measured in, when it is a result: percentages, money, multipliers.
    static let units: Set<String> = ["percent", "pct", "%", "pp", "points", "bps", "basis", "dollars", "usd", "eur", "euros", "k", "m", "mm", "million", "billion", "bn", "x", "times"]
    static let durations: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "ms", "sprint", "sprints", "quarter", "quarters"]
    /// After a number, these make it a team size, not a result.
    static let people: Set<String> = ["people", "person", "engineers", "engineer", "developers", "designers", "members", "reports", "folks", "pms", "marketers", "analysts", "scientists", "interns", "direct", "managers", "headcount", "fte", "ftes", "teammates"]
    static let multiplierWords: Set<String> = ["doubled", "tripled", "halved", "quadrupled", "twice", "double", "triple"]
    static let numberWords: Set<String> = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen"]
    /// Before a duration, these make it a span of time ("for 2 years"), not a result.
    static let spanLeads: Set<String> = ["for", "over", "in", "within", "after", "about", "almost", "nearly", "first", "last", "next", "every", "per"]

    /// A segment that names everybody names nobody.
    static let everyone: Set<String> = ["everyone", "everybody", "anyone", "anybody"]

    static let situation: [String] = [
        "when i was", "at my previous", "at my last", "at my current", "last year", "last quarter", "a few months ago",
        "a few years ago", "back in 20*", "back in 19*", "back in the", "back in my", "in my previous", "in my last", "in my role", "in my current", "at the time",
        "the situation", "the problem was", "the context", "our team was", "we were", "i was working", "i was the",
        "i joined", "years ago", "months ago", "at amazon", "in 20*", "during", "in h1", "in h2", "in q1", "in q2",
        "in q3", "in q4", "i'm pm", "i'm a pm", "i am a pm", "i was pm", "as pm", "as a pm", "as the pm",
        "i'm pmm", "as pmm", "as the pmm", "i was the pmm", "i was leading", "we had a", "there was a",
        "in my team", "at my company", "at a startup", "at the startup", "our company", "the company",
        "i took over", "took over", "i inherited", "when its", "when our", "when the",
        // The scene announced as such: "Let me put you in context: …", "For some context, …".
        "put you in context", "some context", "for context", "a bit of context", "some background", "for background",
    ]

    static let task: [String] = [
        "my goal", "the goal", "our goal", "i was responsible", "i was asked", "my job", "tasked", "my task",
        "i owned", "i was charged", "i needed to", "we needed to", "objective", "my role was", "i had to",
        "responsible for", "responsible of", "in charge of", "the ask was", "mandate",
        // A commitment made to someone: "We promised a customer a custom export by month end".
        "we promised", "i promised", "we had promised", "i had promised", "we committed to", "i committed to",
        "we had committed", "we had to", "we were asked", "we signed up to", "we owed",
    ]

    static let broadScope: [String] = [
        "across", "org", "organization*", "organisation*", "company-wide", "companywide", "multiple teams",
        "several teams", "other teams", "cross-functional", "vp", "svp", "director*", "executive*", "global*",
        "countries", "million", "millions", "billion", "platform", "whole company", "business unit*", "marketplace*",
        "worldwide", "multi-year", "roadmap for", "strategy", "industry",
    ]

    /// Red flags in the candidate's own voice: blame, contempt, dishonesty.
    static let redFlags: [String] = [
        "their fault", "not my fault", "wasn't my fault", "not really my failure", "not my failure", "not my problem",
        "they messed up", "blamed them", "blame them", "blame the", "customers don't know", "customers are stupid",
        "i lied", "we lied", "fudged", "i hid", "we hid", "covered it up", "i didn't care", "i don't care",
        "threw them under", "made them look bad", "went around my", "it wasn't my job", "not my job",
        "lesson is more for them", "if they had followed", "if they had listened", "people just didn't",
        "they need a better", "idiots", "incompetent", "useless team", "lazy", "babysit", "i'm not a teacher",
        "would not notice", "wouldn't notice", "not notice it", "behind their back", "without telling legal",
        "got him out", "got her out", "got rid of him", "got rid of her",
    ]

    /// A part handed off or left open: case evidence in such a sentence does not count.
    static let deferrals: [String] = [
        "will handle", "will take care", "tbd", "to be decided", "to be defined", "figure out later", "not sure yet",
        "someone else", "out of scope for me", "handle that later",
    ]

    /// Words of work: an answer to a behavioural question without any of them is about something else.
    static let workWords: Set<String> = [
        "team", "teams", "project", "product", "products", "launch", "launched", "customer", "customers", "manager",
        "company", "work", "job", "role", "feature", "users", "user", "engineering", "engineers", "stakeholders",
        "roadmap", "campaign", "business", "client", "clients", "sales", "marketing", "data", "metric", "pm", "pmm",
        "boss", "director", "colleague", "colleagues", "org", "release", "sprint", "deadline", "budget", "plan",
        "site", "app", "pitch", "deal", "deals", "prototype", "designer", "svp", "vp", "directors", "spec", "doc",
        "qbr", "revenue", "pipeline", "segment", "pricing", "partners", "vendor", "legal", "ops", "operations",
        "system", "systems", "service", "services", "production", "code", "deployment", "deploy", "platform",
        "infrastructure", "process", "department", "office", "finance", "invoices", "backend", "frontend", "api",
        "database", "server", "servers", "features", "bug", "bugs", "incident", "outage", "shift", "workload",
        "internship", "intern", "employer", "military", "army", "navy", "hr", "staff", "engineer", "developer",
        "microservices", "stakeholder", "executives", "organization", "organisation", "sprint", "agile",
        "campaigns", "agency", "contract", "contracts", "vendors", "webinar", "webinars", "design", "designs",
        "templates", "headcount", "orgs", "pms", "launches", "marketers", "leadership", "survey", "mentoring",
        "program", "programme", "policy", "legal", "drivers", "sellers", "merchants", "partner", "app", "apps",
        "tool", "tools", "report", "reports", "dashboard", "roadmap", "analytics", "eng", "qa", "ux", "metrics",
        "approval", "approvals", "review", "reviews", "meeting", "meetings", "checklist", "ticket", "tickets",
        "queue", "workflow", "onboarding", "notification", "notifications", "invoice", "expense", "expenses",
        "spreadsheet", "audit", "compliance", "kpi", "kpis", "okr", "okrs", "pilot", "rollout", "migration",
        "releases", "support", "procurement", "renewal", "account", "accounts", "payroll", "warehouse", "orders",
        "checkout", "onboard", "escalation", "on-call", "runbook", "runbooks", "alerts", "sla", "backlog",
        "target", "targets", "quarter", "quarterly", "sign-ups", "signups", "newsletter", "conversion", "funnel",
        "churn", "retention", "subscribers", "subscriptions", "listings", "catalog", "catalogue", "inventory",
        // Work in care, teaching and service, where the people served are not called customers.
        "patient", "patients", "nurse", "nurses", "nursing", "hospital", "clinic", "ward", "wards", "physician",
        "doctor", "doctors", "caregiver", "shifts", "restaurant", "waiter", "waitress", "cashier", "classroom", "pupils",
    ]

    /// Words that take a story outside work: a hobby is not an answer to a question about work.
    static let outsideWork: [String] = [
        "outside work", "outside of work", "in my free time", "on weekends", "hobby", "hobbies", "in my spare time",
        "my son's", "my daughter's", "my kids", "trail running", "marathon",
    ]

    static let timeFrames: [String] = [
        "within #", "within a week", "within a month", "within the quarter", "within a day", "by q*", "deadline", "by the end of", "by end of", "in # week*", "in # month*", "in # day*",
        "over # week*", "over # month*", "per quarter", "per month", "per week", "in # quarter*", "next quarter",
        "first # days", "first # weeks", "first # months", "by year end", "by end of year",
    ] + monthFrames

    /// A month named as a date: "by September", "last March", "in early June".
    static let monthFrames: [String] = ["by", "in", "until", "since", "last", "early", "late", "mid", "before", "from"].flatMap { lead in
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
            .map { "\(lead) \($0)" }
    }

    // Case rounds.
    static let problem: [String] = [
        "problem", "pain point*", "clarif*", "who is the customer", "the customer is", "goal is", "the goal",
        "understand", "assum*", "scope", "question*", "root cause", "why they",
    ]
    static let hypothesis: [String] = [
        "hypothes*", "i believe", "we believe", "i bet", "my bet", "bet is", "assum*", "if we * then", "i suspect",
        "i think the reason", "likely because", "my guess", "the theory",
    ]
    static let alternatives: [String] = [
        "instead of", "rather than", "alternative*", "option", "options", "considered", "versus", "vs", "over the", "compared",
        "trade-off*", "tradeoff*", "chose", "choose", "ruled out", "discarded", "build vs", "prioritiz*", "prioritis*",
    ]
    static let successMetric: [String] = [
        "success metric*", "north star", "measure success", "kpi*", "primary metric", "key metric", "metric*",
        "success looks like", "success would be", "success is", "guardrail*", "conversion", "retention", "rate",
        "i'd measure", "i would measure", "we would measure", "measure the share", "share of", "percentage of", "aim for",
        "target of", "call it a win", "call it a success",
        // "measure visits per customer and margin per visit": what would be measured, named.
        "measure *", "per customer", "per user", "per visit", "per order", "per session",
    ]
    static let experiment: [String] = [
        "a/b", "ab test*", "experiment*", "pilot*", "control group", "treatment", "test group", "holdout",
        "randomi*", "beta", "canary", "dogfood*", "split test*", "test it", "test with", "prototype",
        "against a control", "a control", "run a test", "test a", "test the", "trial",
    ]
    static let mvp: [String] = [
        "mvp", "minimum viable", "milestone*", "phase*", "first version", "v1", "version one", "iterate",
        "roadmap", "week #", "month #", "then expand", "rollout", "roll out", "launch in", "ship in", "first step",
        "first because", "start with", "starting with", "build * first", "later phase", "after that",
    ]
    static let constraints: [String] = [
        "latency", "scale", "scalab*", "cost*", "limit*", "capacity", "complian*", "privacy", "sla", "slas", "throughput",
        "ms", "milliseconds", "budget", "regulat*", "gdpr", "security", "reliab*", "uptime", "bandwidth",
        "offline", "battery", "storage", "headcount", "legal", "operational", "operations", "supply",
        "content deal*", "licens*", "contract", "contracts", "contractual", "partner*", "dependenc*", "engineering time", "deadline",
    ]
    static let segment: [String] = [
        "segment*", "target*", "persona", "personas", "audience", "icp", "ideal customer", "early adopter*", "small business*",
        "smb*", "enterprise*", "mid-market", "studios", "clinics", "demographic*", "who we sell", "beachhead",
        "households", "homes", "families", "owners", "subscribers", "shoppers who", "customers who", "users who",
    ]
    static let positioning: [String] = [
        "position*", "differentiat*", "unlike", "value prop*", "messag*", "tagline", "for * who", "only product",
        "unique", "why us", "narrative", "promise",
    ]
    static let competition: [String] = [
        "competitor*", "competition", "competing", "competes", "competitive", "competitors", "versus", "vs", "compared to", "alternative*", "incumbent*",
        "google", "microsoft", "azure", "gcp", "apple", "shopify", "netflix", "spotify", "walmart",
        "unlike", "compared with", "rather than", "instead of", "than the", "than other", "than any", "they use today",
        "today they", "currently use", "switch from", "the basic", "the free", "existing tools", "spreadsheets",
        "position it against", "positioned against", "against building", "against rolling", "build it yourself",
        "building it themselves", "in-house", "status quo", "do nothing",
    ]
    static let pricing: [String] = [
        "price*", "pricing", "priced", "free tier", "freemium", "subscription", "discount*", "per month",
        "per year", "per seat", "per user", "a month", "a year", "bundle*", "pay-as-you-go", "usage-based",
        "trial", "$#", "tier*", "cost to the customer", "willingness to pay",
    ]
    static let promotion: [String] = [
        "campaign*", "promot*", "ads", "advertis*", "launch event", "email*", "social", "pr", "press",
        "influencer*", "webinar*", "content", "blog*", "video*", "keynote", "re:invent", "events", "paid media",
        "search ads", "awareness", "forum*", "communit*", "meetup*", "conference*", "word of mouth", "referral*",
        "newsletter*", "podcast*", "reach them", "case stud*", "game jam*", "hackathon*",
    ]
    static let distribution: [String] = [
        "channel*", "distribut*", "sales team", "sales force", "partner*", "marketplace", "retail*", "direct",
        "self-serve", "self serve", "reseller*", "console", "app store", "in-app", "homepage", "detail page",
        "go through", "sold through", "account manager*", "inside sales", "field sales", "storefront",
    ]
}
