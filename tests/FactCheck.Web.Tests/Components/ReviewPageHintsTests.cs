using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Web.Components.Pages.Review;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Components;

/// <summary>The editor sees what the reviewer saw: the figure and quotation hints, and the article's words on one line.</summary>
public class ReviewPageHintsTests : WorkbenchTestContext
{
    private const string Wrapped = """
        Harbor repairs to cost more

        PORT LYALL, May 4 (Coastline Wire)--Transport Commissioner Dana Okafor said the
        repairs would cost about $48 million and take at least 14 weeks.
        """;

    [Fact]
    public void The_review_card_shows_the_source_hints_and_the_article_words_without_line_breaks()
    {
        SignIn("eddie", Role.Editor);
        var id = Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = Wrapped, Outlet = "Coastline Wire", Published = new DateOnly(2026, 5, 4) });
        var claim = Claims.ListByArticle(id).First(c => c.Figures.Any(f => f.Text.Contains("48", StringComparison.Ordinal)));
        var evidence = Evidence.Add(claim.Id, new EvidenceDraft
        {
            Url = "https://transport.example.gov/budget", Title = "Repair budget", Passage = "$52 million", Stance = Stance.Contradicts,
        });
        Services.GetRequiredService<SourceArchive>().AddManual(evidence.Source, "The repair budget is $52 million over 14 weeks.");
        var proposed = Claims.SetVerdict(claim.Id, Claims.Get(claim.Id)!.Version, "False", "The budget says $52 million.", "rita");
        Assert.True(proposed.Saved);

        var cut = Render<ReviewPage>(p => p.Add(x => x.Id, id));
        var card = cut.Find($"[data-testid=review-item][data-claim='{claim.Id}']");
        Assert.NotEmpty(card.QuerySelectorAll("[data-testid=source-hint]"));
        var words = card.QuerySelector("[data-testid=review-article-words]")!.TextContent;
        Assert.DoesNotContain('\n', words);
        Assert.Contains("said the repairs would cost", words, StringComparison.Ordinal);
    }
}
