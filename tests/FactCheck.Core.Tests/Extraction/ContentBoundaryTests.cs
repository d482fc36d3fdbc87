using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Where reported content ends, on made-up sentences.</summary>
public class ContentBoundaryTests
{
    private const string Title = "Harbour strike enters second week\n\n";

    private static List<string> Contents(string body)
    {
        var text = Title + body;
        var result = new ClaimExtractor().Extract(text, new DateOnly(2026, 3, 12), cancellationToken: TestContext.Current.CancellationToken);
        return result.Claims.Where(c => c.Kind == ClaimKind.Attribution && c.Content is { Count: > 0 })
            .Select(c => string.Join(" | ", c.Content!.Select(s => text[s.Start..s.End]))).ToList();
    }

    [Fact]
    public void A_coordinated_list_after_an_object_cue_is_one_object()
    {
        var c = Contents("The union leader blamed low wages, long shifts and unsafe cranes for the walkout.");
        Assert.Contains("low wages, long shifts and unsafe cranes for the walkout", c);
        c = Contents("The council cited rising costs, falling revenue, and a shrinking workforce.");
        Assert.Contains("rising costs, falling revenue, and a shrinking workforce", c);
    }

    [Fact]
    public void A_comma_before_a_new_clause_still_ends_an_object()
    {
        var c = Contents("The union leader blamed the port authority, and the mayor said talks would resume on Monday.");
        Assert.Contains("the port authority", c);
    }

    [Fact]
    public void A_that_clause_keeps_its_parenthetical_commas()
    {
        var c = Contents("The mayor rebutted that the port authority, which has refused to meet the union, was acting in good faith.");
        Assert.Contains("that the port authority, which has refused to meet the union, was acting in good faith", c);
    }

    [Fact]
    public void A_bare_time_or_place_phrase_after_the_cue_is_not_content()
    {
        Assert.DoesNotContain("during a conference call on Friday", Contents("The union leader told reporters during a conference call on Friday."));
        Assert.DoesNotContain("in Port Elm, Maine", Contents("The mayor will speak in Port Elm, Maine."));
        Assert.Contains("the strike would end soon", Contents("The mayor said the strike would end soon."));
    }

    [Fact]
    public void An_infinitive_content_ends_where_a_new_clause_begins()
    {
        var c = Contents("After the last strike the dockers vowed to negotiate earlier next time, the port authority has refused every meeting since.");
        Assert.Contains("to negotiate earlier next time", c);
        c = Contents("The mayor promised to reopen the harbour, after she met the union on Monday.");
        Assert.Contains("to reopen the harbour, after she met the union on Monday", c);
    }

    [Fact]
    public void A_poll_introduced_by_in_is_the_source_of_its_finding()
    {
        var text = Title + "In a Harbour Gazette poll released Monday, 61 percent of dockers backed the strike.\n\nSupport for the mayor fell to 30 percent, in the latest council survey.";
        var claims = new ClaimExtractor().Extract(text, new DateOnly(2026, 3, 12), cancellationToken: TestContext.Current.CancellationToken).Claims
            .Where(c => c.Kind == ClaimKind.Attribution && c.Content is { Count: > 0 }).ToList();
        var poll = Assert.Single(claims, c => text[c.Content![0].Start..c.Content[0].End] == "61 percent of dockers backed the strike");
        Assert.Contains("Harbour Gazette", poll.Speaker!.Name, StringComparison.Ordinal);
        Assert.StartsWith("In a Harbour Gazette poll released Monday", poll.Statement, StringComparison.Ordinal);
        Assert.EndsWith(", 61 percent of dockers backed the strike", poll.Statement, StringComparison.Ordinal);
        Assert.Contains(claims, c => text[c.Content![0].Start..c.Content[0].End] == "Support for the mayor fell to 30 percent");
        Assert.DoesNotContain(Contents("In the harbour, the ferries were idle all week."), x => x.StartsWith("the ferries", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_interrupted_by_paired_dashes_still_speaks()
    {
        var c = Contents("Two-thirds of the dockers in the north yard — and half of the crane drivers — said that the strike should continue into March.");
        Assert.Contains("that the strike should continue into March", c);
    }

    [Fact]
    public void An_infinitive_cue_with_its_preposition_reports_the_object()
    {
        var c = Contents("The harbour master will come on the program to talk about the new berths and how many ships can dock at once.");
        Assert.Contains("the new berths and how many ships can dock at once", c);
        Assert.Empty(Contents("The ferry was late owing to talk of a strike."));
    }

    [Fact]
    public void A_lone_quoted_word_without_a_frame_is_not_a_statement()
    {
        var c = Contents("\"The talks are over,\" the union leader said.\n\n\"Related:\"\n\n\"We will sit down again next week.\"");
        Assert.DoesNotContain(c, x => x.Contains("Related", StringComparison.Ordinal));
        Assert.Contains(c, x => x.Contains("We will sit down again next week.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_speaker_noun_before_an_aside_speaks()
    {
        var c = Contents("Council economists, like their counterparts at the port, say higher wages encourage spending in the town.");
        Assert.Contains("higher wages encourage spending in the town", c);
    }

    [Fact]
    public void A_venue_with_its_own_participle_is_skipped_before_the_content()
    {
        var c = Contents("The union leader said in a statement provided to the Harbour Gazette on Friday: the strike would go on.");
        Assert.Contains("the strike would go on", c);
        Assert.DoesNotContain(c, x => x.StartsWith("provided", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_title_after_a_preposition_is_not_a_quotation()
    {
        Assert.Empty(Contents("Two hours after the interview aired on \"The Evening Harbour Show\" the mayor gave in."));
        Assert.Empty(Contents("Pell was the founder of \"Dockers for Fair Pay Now\" and later left the union."));
        Assert.NotEmpty(Contents("The mayor called the deal \"a betrayal of every worker here\" and left the room."));
    }

    [Fact]
    public void A_frame_after_a_quotation_running_over_two_sentences_takes_the_quotation()
    {
        var c = Contents("\"He has never let us down. And he never will,\" Mr. Pell said of the mayor.");
        Assert.Contains("\"He has never let us down. And he never will,\"", c);
        Assert.DoesNotContain("the mayor", c);
    }
}
