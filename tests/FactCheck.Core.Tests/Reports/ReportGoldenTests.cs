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

        - **Kind:** Attribution (reported speech)
        - **In the article:** “Mayor Ana Ruiz said 1,204 homes were flooded.”
        - **Speaker:** Ana Ruiz
        - **Figures:** 1,204 homes
        - **Verdict:** **Mostly true**

        The civil defense bulletin counts **1,190** flooded homes.

        - close to the cited figure
        - [bulletin](https://civil-defense.example.gov/b/12)

        **Sources**

        1. [Flood bulletin 12](<https://civil-defense.example.gov/b/12>) — State Civil Defense, 2026-03-12. Official statistic; supports the claim; accessed 2026-03-13.
           > 1,190 residences were flooded

        ### 2. About 40% of Campo Sereno lost power.

        - **Kind:** Figure (no source given in the article)
        - **In the article:** “About 40% of the city lost power.”
        - **Verdict:** **False**

        The utility reported 12%.

        **Sources**

        1. <https://energia.example.com/outages> — Energia Sul. Primary document; contradicts the claim; accessed 2026-03-13.
           > 12% of customers lost power

        ### 3. Ana Ruiz said the new dikes will fail.

        - **Kind:** Attribution (reported speech)
        - **In the article:** “The new dikes will fail, she said.”
        - **Speaker:** Ana Ruiz
        - **Verdict:** **Not checkable**

        A prediction.

        Sources: none cited.

        ### 4. The river peaked on 12 March 2026.

        - **Kind:** Fact
        - **In the article:** “The river peaked on Thursday.”
        - **Verdict:** not yet checked

        ## Methodology

        FactCheck broke the article into 3 claims automatically; reviewers added 1 claim by hand.
        Of 4 claims, 2 were checked and 1 set aside as not checkable (opinion or prediction).
        Each verdict rests on the sources listed under its claim, with the passage quoted from each source,
        so that a reader can repeat the check. Verdicts use the scale: True, Mostly true, Mixed, Misleading, Mostly false, False, Unverifiable, Not checkable.

        ## Corrections

        No corrections.

        """;
}
