/// What `barraiser stories new` writes: the format explained in a comment, and one example story
/// that holds up, to be replaced by the candidate's own.
public enum StoryTemplate {
    public static let text = """
        # My stories

        <!--
        barraiser reads this file. `barraiser stories check` reads each story the way a bar raiser
        would hear it; `barraiser stories matrix --track pm` (or pmm) shows which Leadership
        Principles your stories cover and which they leave open.

        Each story starts with a `## ` heading: its title. Right under the heading, two optional lines:
          Principles: ids or official titles, separated by commas. The first is the one the story
                      is checked against. Four at most: a story that fits everything proves nothing.
          Role: PM or PMM, the role you would tell it for.
        Then the story, in any form: prose, STAR headings (### Situation, ### Action, ...), bullets.
        Say "I" for what you did, put a number on the result, and say what you gave up.

        Principle ids: \(Principle.allCases.map(\.id).joined(separator: ", ")).

        Comments like this one, and anything above the first `## ` heading, are not read as stories.
        Replace the example below with your own.
        -->

        ## Refunds in a day instead of nine
        Principles: customer-obsession, dive-deep
        Role: PM

        ### Situation
        In 2023 I was the product manager for payments at a regional online grocer. A refund took nine
        days on average, and refunds were the most common reason for one-star reviews of our app.

        ### Action
        I read two hundred refund tickets myself and spent a day beside three support agents. I found
        that most refunds waited on a manual photo check, although the warehouse scans already showed
        which orders had arrived damaged. I proposed approving refunds under 20 dollars at once for
        customers with a clean history, and I wrote the fraud limits with our risk analyst. I chose to
        ship that narrow rule in three weeks rather than the full redesign of refunds the team wanted,
        which meant moving the new order-status page back by a quarter.

        ### Result
        The median time to a refund fell from nine days to one, refund contacts to support dropped by
        35% within two months, and fraud losses stayed under our ceiling of 0.5% of refunds.

        ### Learning
        Next time I would bring the risk team in on the first day: I lost a week arguing over limits
        they could have set at the start.

        """
}
