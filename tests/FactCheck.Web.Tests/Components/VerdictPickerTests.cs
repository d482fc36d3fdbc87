using Bunit;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Workbench;

namespace FactCheck.Web.Tests.Components;

public class VerdictPickerTests : WorkbenchTestContext
{
    [Fact]
    public void Shows_the_whole_scale_marks_the_chosen_verdict_and_reports_a_new_choice()
    {
        string? chosen = "unset";
        var cut = Render<VerdictPicker>(p => p
            .Add(x => x.Scale, VerdictScale.Default)
            .Add(x => x.Value, "Mixed")
            .Add(x => x.ValueChanged, v => chosen = v));

        var buttons = cut.FindAll("button[data-verdict]");
        Assert.Equal(VerdictScale.Default.Verdicts.Select(v => v.Label), buttons.Select(b => b.GetAttribute("data-verdict")));
        Assert.Equal("true", cut.Find("button[data-verdict=Mixed]").GetAttribute("aria-checked"));
        Assert.Equal("false", cut.Find("button[data-verdict=False]").GetAttribute("aria-checked"));

        cut.Find("button[data-verdict=False]").Click();
        Assert.Equal("False", chosen);

        cut.Find("button[data-verdict=Mixed]").Click();
        Assert.Null(chosen);
    }
}
