using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Cue words that are also nouns ("hopes", "calls", "shows", "point") read as verbs where the grammar says so.</summary>
public class VerbReadingTests
{
    private static (ExtractedClaim Claim, string Content) Only(string sentence)
    {
        var text = "Headline\n\n" + sentence;
        var claim = Assert.Single(new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims, c => c.Kind == ClaimKind.Attribution);
        return (claim, string.Join(" ~ ", claim.Content!.Select(c => text[c.Start..c.End])));
    }

    [Fact]
    public void A_name_before_hopes_to_is_the_subject_of_a_verb()
    {
        var (claim, content) = Only("Okafor hopes to get one last media splash from her tour.");
        Assert.Equal("Okafor", claim.Speaker!.Name);
        Assert.Equal("to get one last media splash from her tour", content);
    }

    [Fact]
    public void A_headline_calls_for_is_a_verb()
    {
        Assert.Equal("bringing back the harbour patrol", Only("Okafor calls for bringing back the harbour patrol.").Content);
    }

    [Fact]
    public void A_plural_subject_before_point_out_that_speaks()
    {
        var (claim, content) = Only("Longtime union officials point out that the mayor's lead is a different proposition.");
        Assert.Equal("Longtime union officials", claim.Speaker!.Mention);
        Assert.Equal("that the mayor's lead is a different proposition", content);
    }

    [Fact]
    public void A_document_that_shows_something_is_evidence()
    {
        Assert.Equal("the agency sent ten staffers to the summit", Only("A March 2011 email shows the agency sent ten staffers to the summit.").Content);
    }

    [Fact]
    public void A_relative_pronoun_before_hopes_to_makes_it_a_verb()
    {
        Assert.Equal("to compete in Harlow without the fishing vote", Only("It is a rare candidate who hopes to compete in Harlow without the fishing vote.").Content);
    }

    [Fact]
    public void Reported_to_a_listener_that_keeps_the_that_clause()
    {
        Assert.Equal("that his salary was $31,592", Only("The foundation reported to the tax office that his salary was $31,592.").Content);
    }

    [Fact]
    public void A_coordinated_participle_with_that_shares_the_subject()
    {
        var (claim, content) = Only("Okafor was painting her rivals as weak and suggesting that she would stop the next flood.");
        Assert.Equal("Okafor", claim.Speaker!.Name);
        Assert.Equal("that she would stop the next flood", content);
    }

    [Fact]
    public void Smiled_and_said_after_a_question_speaks_for_the_subject_not_the_asker()
    {
        var text = "Headline\n\nWhen asked whom she supported, Ms. Okafor smiled and said, \"I am waiting for the mayor to run.\"";
        var list = new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();
        Assert.Contains(list, c => c.Speaker?.Name == "Okafor" && c.Statement.Contains("waiting for the mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_after_a_dash_is_a_subject()
    {
        Assert.Equal("it would have made more sense to visit the far counties earlier",
            Only("Okafor has toured the county for 36 years — they say it would have made more sense to visit the far counties earlier.").Content);
    }

    [Fact]
    public void Called_out_takes_its_object_as_content()
    {
        Assert.Equal("her rival Okafor for alienating fishermen", Only("Sen. Lena Brink (R-Ore.) called out her rival Okafor for alienating fishermen.").Content);
    }

    [Fact]
    public void Offered_articulated_and_sought_are_cues()
    {
        Assert.Equal("a similar explanation", Only("Varga offered a similar explanation.").Content);
        Assert.Equal("a new vision for the harbour", Only("Okafor articulated a new vision for the harbour.").Content);
        Assert.Equal("to delay the vote", Only("The council sought to delay the vote.").Content);
    }

    [Fact]
    public void A_that_after_a_nearer_cue_belongs_to_it()
    {
        var text = "Headline\n\n\"Everything is on the table,\" Okafor said after hinting that staff changes could come.";
        var list = new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();
        Assert.Equal(2, list.Count);
        Assert.Contains(list, c => c.Cue!.Text == "hinting" && text[c.Content![0].Start..c.Content[0].End] == "that staff changes could come");
    }

    [Fact]
    public void Reasoning_that_chains_a_second_attribution()
    {
        var text = "Headline\n\n\"She was born abroad to a citizen,\" the board said, reasoning that Okafor met the criteria.";
        var list = new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();
        Assert.Contains(list, c => c.Speaker?.Mention == "the board" && text[c.Content![0].Start..c.Content[0].End] == "that Okafor met the criteria");
    }

    [Fact]
    public void Who_support_a_name_is_a_verb_and_its_object_ends_before_the_main_verb()
    {
        var (claim, content) = Only("More than half of the respondents who support Brink are in college.");
        Assert.Equal("Brink", content);
        Assert.Equal("support", claim.Cue!.Text);
    }

    [Fact]
    public void By_questioning_is_a_cue_of_the_sentence_subject()
    {
        var (claim, content) = Only("Varga injected a new element into the race by questioning Okafor's eligibility to serve.");
        Assert.Equal("Varga", claim.Speaker!.Name);
        Assert.Equal("Okafor's eligibility to serve", content);
    }

    [Fact]
    public void A_long_name_with_a_place_in_an_appositive_speaks()
    {
        Assert.Equal("Tomas Brink", Only("Okafor's rival, Harlow Sen. Tomas Brink, also praised the mayor's actions.").Claim.Speaker!.Name);
    }
}
