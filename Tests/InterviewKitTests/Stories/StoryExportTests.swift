import Foundation
import InterviewKit
import Testing

/// `stories export`: the one-page summary, its facts, and its golden files.
@Suite struct StoryExportTests {
    static func fixtureStories() throws -> [Story] {
        let url = TranscriptReviewTests.folder.deletingLastPathComponent().appendingPathComponent("stories.md")
        return try StoryParser.parse(String(contentsOf: url, encoding: .utf8), source: "stories.md")
    }

    static func summary(track: Track = .pm) throws -> StorySummary {
        StorySummary(stories: try fixtureStories(), track: track, level: .l5, bank: StoryReviewTests.builtIn)
    }

    static func review(_ text: String) -> StoryReview {
        StoryReviewer.review(Story(title: "T", line: 1, principles: [.deliverResults], text: text, textLine: 2),
                             track: .pm, level: .l5, bank: StoryReviewTests.builtIn)
    }

    @Test func markdownMatchesTheGolden() throws {
        try TranscriptReviewTests.expectGolden(StoryMarkdownExport.render(Self.summary()), "stories.md")
    }

    @Test func htmlMatchesTheGoldenAndIsSelfContainedAndPrintable() throws {
        let html = StoryHTMLExport.render(try Self.summary())
        try TranscriptReviewTests.expectGolden(html, "stories.html")
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("src="))
        #expect(html.contains("@media print") && html.contains("@page"))
        #expect(!html.contains("<b>draft</b>") && html.contains("&lt;b&gt;draft&lt;/b&gt;"), "titles are text, not markup")
    }

    @Test func theSummaryHoldsTheMatrixAndEveryStoryAsCheckReadsIt() throws {
        let summary = try Self.summary(track: .pmm)
        let stories = try Self.fixtureStories()
        #expect(summary.matrix == StoryMatrix(stories: stories, track: .pmm, level: .l5, bank: StoryReviewTests.builtIn))
        #expect(summary.entries.map(\.number) == [1, 2, 3, 4])
        for (entry, story) in zip(summary.entries, stories) {
            #expect(entry.review == StoryReviewer.review(story, track: .pmm, level: .l5, bank: StoryReviewTests.builtIn))
        }
        let markdown = StoryMarkdownExport.render(summary)
        #expect(markdown.contains("Product Marketing Manager (`pmm`)"))
        #expect(markdown.contains("| ★ | Customer Obsession |"), "the track's principles first")
        #expect(markdown.contains("Churn in the first month \\| &lt;b&gt;draft&lt;/b&gt;"), "a | in a title does not break the table")
        #expect(markdown.contains("**Stretched:** “The one I tell for everything”"))
    }

    @Test func theImpactIsTheFirstNumberOfTheResultInItsClause() {
        let story = "Situation: our trial lost people. Action: I rebuilt the sign-up myself in 3 weeks. Result: completion went from 18% to 31% in five weeks, and paid conversions rose by 9%."
        let impact = StoryFacts.impact(of: Self.review(story))
        #expect(impact?.contains("18% to 31%") == true, "\(impact ?? "nil")")
        #expect(impact?.contains("9%") == false, "the first number, in its own clause")
        #expect(impact?.contains("3 weeks") == false, "a number of the action is not the impact")
        #expect(StoryFacts.impact(of: Self.review("I rebuilt the sign-up myself and it went much better, everyone was happy.")) == nil)
        let late = "Last spring I took over our warehouse contract. I negotiated the renewal myself with the vendor, and cut the cost from 900,000 to 600,000 dollars a year, so we hit the budget."
        let cost = StoryFacts.impact(of: Self.review(late))
        #expect(cost.map { $0.hasPrefix("cut the cost from 900,000 to 600,000 dollars") } == true,
                "the clause that holds the number, even when the engine's span starts earlier: \(cost ?? "nil")")
    }

    @Test(arguments: [
        ("I wrote the fraud limits with our risk analyst and spent a day beside three support agents.", ["risk analyst", "support agents"]),
        ("I brought in the legal team and the VP of sales, then our vice president signed off.", ["legal team", "VP", "vice president"]),
        ("My team and I shipped it for our customers and our partners.", []),
        ("In 2022 I was the product manager for payments. I worked as a designer before.", []),
        ("The Data Scientist and I rebuilt it; the data scientist checked the model.", ["Data Scientist"]),
    ])
    func thePeopleItNeededAreTheRolesItNames(_ text: String, _ people: [String]) {
        #expect(StoryFacts.people(in: text) == people)
    }
}
