using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Data;

/// <summary>Both halves of a split claim read as whole claims.</summary>
public class SplitStatementTests
{
    [Fact]
    public void The_first_half_loses_its_line_break_and_dangling_comma_or_conjunction()
    {
        Assert.Equal("Floods forced 12,000 people from their homes", SplitStatement.First("Floods forced 12,000 people\nfrom their homes, "));
        Assert.Equal("1,204 homes were flooded", SplitStatement.First("1,204 homes were flooded and "));
    }

    [Fact]
    public void The_second_half_of_an_attribution_keeps_its_speaker_and_cue()
    {
        Assert.Equal("Ana Ruiz said 300 people were evacuated.",
            SplitStatement.Second(" and 300 people were\nevacuated.", ClaimKind.Attribution, "Ana Ruiz", "said"));
    }

    [Fact]
    public void The_second_half_of_a_fact_starts_with_a_capital()
    {
        Assert.Equal("The bridge was closed on Friday.", SplitStatement.Second(", while the bridge was closed on Friday.", ClaimKind.Fact, null, null));
    }

    [Fact]
    public void A_second_half_that_names_its_speaker_is_left_as_written()
    {
        Assert.Equal("Ruiz said the levee held.", SplitStatement.Second("Ruiz said the levee held.", ClaimKind.Attribution, "Ana Ruiz", "said"));
    }
}
