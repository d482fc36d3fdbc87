using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class DateTests
{
    [Theory]
    [InlineData("The mayor spoke on Monday.", "Monday", "2026-03-09")]
    [InlineData("The mayor spoke on Thursday.", "Thursday", "2026-03-12")]
    [InlineData("The mayor will speak on Friday.", "Friday", "2026-03-13")]
    [InlineData("The storm could hit the coast on Saturday.", "Saturday", "2026-03-14")]
    [InlineData("Forecasters said snow might arrive on Monday.", "Monday", "2026-03-16")]
    [InlineData("The agency forecast heavier snow for Tuesday.", "Tuesday", "2026-03-17")]
    [InlineData("The council is expected to vote on Wednesday.", "Wednesday", "2026-03-18")]
    [InlineData("The storm hit the coast on Saturday.", "Saturday", "2026-03-07")]
    [InlineData("Prices would rise, the minister said on Monday.", "Monday", "2026-03-09")]
    [InlineData("The flood began last October.", "last October", "2025-10-01")]
    [InlineData("The flood began yesterday.", "yesterday", "2026-03-11")]
    [InlineData("Talks resume next week.", "next week", "2026-03-16")]
    [InlineData("Prices rose last year.", "last year", "2025-01-01")]
    [InlineData("The dam failed three days ago.", "three days ago", "2026-03-09")]
    [InlineData("The law passed on October 7th.", "October 7th", "2025-10-07")]
    [InlineData("The law passed on Oct. 7 after a debate.", "Oct. 7", "2025-10-07")]
    [InlineData("The council will vote on October 7th.", "October 7th", "2026-10-07")]
    [InlineData("The vote is on April 2.", "April 2", "2026-04-02")]
    [InlineData("The levee failed on 28 December.", "28 December", "2025-12-28")]
    [InlineData("The plan passed on Monday.", "Monday", "2026-03-09")]
    [InlineData("Talks stalled last week.", "last week", "2026-03-02")]
    [InlineData("Inflation eased to 2.1% in May from 2.6% in April.", "April", "2025-04-01")]
    [InlineData("The law passed on March 3, 2025.", "March 3, 2025", "2025-03-03")]
    [InlineData("The law passed on 3 March 2025.", "3 March 2025", "2025-03-03")]
    [InlineData("The law passed on 2025-03-03.", "2025-03-03", "2025-03-03")]
    public void Resolves_dates_against_the_article_date(string sentence, string text, string date)
    {
        var figure = One(sentence, text, Article);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), figure.Date);
    }

    [Fact]
    public void A_year_alone_is_a_date()
    {
        var figure = Single("The plant opened in 2019.");
        Assert.Equal("2019", figure.Text);
        Assert.Equal(new DateOnly(2019, 1, 1), figure.Date);
        Assert.Equal(2019, figure.Value);
    }

    [Fact]
    public void Relative_dates_need_an_article_date()
    {
        Assert.Empty(Find("The mayor spoke on Monday."));
        var absolute = Single("The law passed on March 3, 2025.");
        Assert.Equal(new DateOnly(2025, 3, 3), absolute.Date);
    }

    [Fact]
    public void May_the_verb_is_not_a_month()
    {
        Assert.Empty(Find("Officials May decide later, they may not.", Article));
        Assert.Single(Find("The vote is in May.", Article));
    }

    [Fact]
    public void A_decade_is_a_date_not_seconds()
    {
        var figure = Single("Car ownership soared in the 1990s.");
        Assert.Equal("1990s", figure.Text);
        Assert.Null(figure.Unit);
        Assert.Equal(new DateOnly(1990, 1, 1), figure.Date);
    }

    [Fact]
    public void A_plain_space_keeps_two_numbers_apart()
    {
        var figures = Find("In 2019 300 people moved in.");
        Assert.Equal(["2019", "300"], figures.Select(f => f.Text));
    }
}
