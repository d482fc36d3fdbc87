using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

public class ReportGoldenTests
{
    [Fact]
    public void Report_for_the_fixed_sample_matches_the_expected_markdown_exactly()
    {
        var markdown = ReportWriter.Write(ReportSample.Data(), ReportSample.Options);
        Assert.Equal(Expected.ReplaceLineEndings("\n"), markdown);
    }

    private const string Expected = """
        # Fact-check: Floods in Campo Sereno \| a \*test\*

        > **Draft — not approved.** An editor has not yet approved these verdicts.

        ## Summary

        The mayor's flood count is close to the official one; the power cut was far smaller than reported.

        | Article | |
        |---|---|
        | Title | Floods in Campo Sereno \| a \*test\* |
        | Outlet | Meridian News |
        | Author | Helena Prado |
        | Published | 2026-03-12 |
        | URL | <https://news.example.com/floods?id=7> |
        | Report generated | 2026-03-14 10:00 UTC |

        ## Verdict summary

        | Verdict | Claims |
        |---|---:|
        | Mostly true | 1 |
        | False | 1 |
        | Not checkable | 1 |
        | Not yet checked | 1 |
        | **All claims** | **4** |

        ## Claims

        ### 1. Ana Ruiz said 1,204 homes were flooded in Campo Sereno on 12 March 2026.

        > **Claim:** Ana Ruiz said 1,204 homes were flooded in Campo Sereno on 12 March 2026.
        >
        > **Said by:** Ana Ruiz, in Meridian News on 12 March 2026
        >
        > **Our verdict:** **Mostly true** — Accurate but needs clarification or context.

        In the article: “Mayor Ana Ruiz said 1,204 homes were flooded.” (reported speech, not a direct quotation).

        The civil defense bulletin counts **1,190** flooded homes.

        - close to the cited figure
        - [bulletin](https://civil-defense.example.gov/b/12)

        **Sources for this claim**

        - [1] Flood bulletin 12, supports the claim: “1,190 residences were flooded”

        ### 2. About 40% of Campo Sereno lost power.

        > **Claim:** About 40% of Campo Sereno lost power.
        >
        > **Stated:** in Meridian News on 12 March 2026, by Helena Prado
        >
        > **Our verdict:** **False** — Not accurate.

        In the article: “About 40% of the city lost power.” (the article gives no source for this figure).

        The utility reported 12%.

        **Sources for this claim**

        - [2] Energia Sul, contradicts the claim: “12% of customers lost power”

        ### 3. Ana Ruiz said the new dikes will fail.

        > **Claim:** Ana Ruiz said the new dikes will fail.
        >
        > **Said by:** Ana Ruiz, in Meridian News on 12 March 2026
        >
        > **Our verdict:** **Not checkable** — Opinion or prediction: set aside, with a reason.

        In the article: “The new dikes will fail, she said.” (reported speech, not a direct quotation).

        A prediction.

        Sources: none cited.

        ### 4. The river peaked on 12 March 2026.

        > **Claim:** The river peaked on 12 March 2026.
        >
        > **Stated:** in Meridian News on 12 March 2026, by Helena Prado
        >
        > **Our verdict:** not yet checked

        In the article: “The river peaked on Thursday.”

        ## Sources

        1. [Flood bulletin 12](<https://civil-defense.example.gov/b/12>) — State Civil Defense, published 2026-03-12. Official statistic. Accessed 2026-03-13. Archived copy: [web archive](<https://web.archive.org/web/20260313/https://civil-defense.example.gov/b/12>), saved 2026-03-13.
        2. <https://energia.example.com/outages> — Energia Sul. Primary document. Accessed 2026-03-13. Archived copy: text pasted by a reviewer on 2026-03-13 (the page could not be fetched), kept by the newsroom.

        ## Methodology

        FactCheck broke the article into 3 claims automatically; reviewers added 1 claim by hand.
        Of 4 claims, 2 were checked and 1 set aside as not checkable (opinion or prediction).
        Each verdict rests on the sources listed under its claim, with the passage quoted from each source,
        so that a reader can repeat the check. Verdicts use the scale: True, Mostly true, Mixed, Misleading, Mostly false, False, Unverifiable, Not checkable.

        ## Corrections

        No corrections.

        """;
}
