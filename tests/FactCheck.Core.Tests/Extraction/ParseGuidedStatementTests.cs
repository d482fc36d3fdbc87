using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Statements the parse keeps whole and speakers it names, on made-up sentences.</summary>
public class ParseGuidedStatementTests
{
    private static readonly DateOnly Published = new(2026, 3, 12);

    private static List<ExtractedClaim> Attributions(string body) =>
        new ClaimExtractor().Extract("Harbour plan splits the council\n\n" + body, Published, cancellationToken: TestContext.Current.CancellationToken)
            .Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Fact]
    public void A_comma_aside_inside_the_reported_subject_does_not_cut_off_its_verb()
    {
        var c = Attributions("Engineers and even some harbour pilots say that crane, and dozens just like it, show how little the upkeep budget buys.");
        var say = Assert.Single(c, x => x.Cue?.Text == "say");
        Assert.Equal("Engineers and even some harbour pilots say that crane, and dozens just like it, show how little the upkeep budget buys", say.Statement);
    }

    [Fact]
    public void A_description_followed_by_a_name_in_apposition_gives_the_name_as_speaker()
    {
        var c = Attributions("But the other candidate on the stage, former minister Elena Marquez, drew a contrast, saying that concerns about job losses were not to be dismissed.");
        var saying = Assert.Single(c, x => x.Cue?.Text == "saying");
        Assert.Equal("Elena Marquez", saying.Speaker?.Name);
        Assert.StartsWith("Elena Marquez said that concerns about job losses", saying.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_in_the_apposition_stays_out_of_the_name()
    {
        var c = Attributions("The party's strongest voice, former Secretary of State Ana Ruiz, said the harbour would close by June.");
        Assert.Equal("Ana Ruiz", Assert.Single(c).Speaker?.Name);
    }

    [Fact]
    public void A_description_followed_by_a_clause_keeps_the_description()
    {
        var c = Attributions("The harbour master, who has run the port for a decade, said the cranes were unsafe.");
        Assert.Equal("The harbour master", Assert.Single(c).Speaker?.Name);
    }

    [Fact]
    public void A_description_with_an_appositive_is_the_speaker_not_the_content_after_the_cue()
    {
        var c = Attributions("The harbour master, a veteran of the port, said the fence had collapsed.");
        var said = Assert.Single(c);
        Assert.Equal("The harbour master", said.Speaker?.Name);
        Assert.Equal("The harbour master said the fence had collapsed", said.Statement);
    }

    [Fact]
    public void A_copular_clause_after_said_is_what_was_said()
    {
        var c = Attributions("The spokesman, a veteran of the port, said the cranes were unsafe.");
        Assert.Equal("The spokesman said the cranes were unsafe", Assert.Single(c).Statement);
    }

    [Fact]
    public void A_relative_clause_after_a_description_keeps_every_word_of_the_statement()
    {
        var c = Attributions("The harbour master, who has run the port for a decade, said on Monday that the gates were rusty.");
        Assert.Equal("The harbour master said on Monday, 9 March 2026, that the gates were rusty", Assert.Single(c).Statement);
    }

    [Fact]
    public void A_speaker_after_the_cue_is_still_read_when_no_clause_follows()
    {
        var c = Attributions("The gates were rusty, said the harbour master.");
        var said = Assert.Single(c);
        Assert.Equal("the harbour master", said.Speaker?.Name, ignoreCase: true);
    }

    [Fact]
    public void An_adjective_cue_after_remain_keeps_its_verb_and_its_coordinated_subject()
    {
        var c = Attributions("Ana Ruiz and other union leaders remain confident that they can keep the port open.");
        var confident = Assert.Single(c);
        Assert.Equal("Ana Ruiz", confident.Speaker?.Name);
        Assert.Equal("Ana Ruiz and other union leaders remain confident that they can keep the port open", confident.Statement);
    }

    [Fact]
    public void A_gerund_adjunct_before_the_main_clause_is_spoken_by_its_subject()
    {
        var c = Attributions("After talking about wages, Tomas Berg suggested that the dockers walk to the harbour.");
        var talking = Assert.Single(c, x => x.Cue?.Text == "talking about");
        Assert.Equal("Tomas Berg", talking.Speaker?.Name);
        Assert.Equal("Tomas Berg talked about wages", talking.Statement);
    }

    [Fact]
    public void An_infinitive_of_purpose_is_spoken_by_the_main_subject_and_written_in_the_past()
    {
        var c = Attributions("So it was no surprise on Thursday when Lena Brink went off script to comment on the harbour budget and its backers.");
        var comment = Assert.Single(c);
        Assert.Equal("Lena Brink", comment.Speaker?.Name);
        Assert.Equal("Lena Brink commented on the harbour budget and its backers", comment.Statement);
    }

    [Fact]
    public void A_raising_verb_keeps_the_words_in_the_article_order()
    {
        var c = Attributions("Tomas Berg himself seemed to recognize the significance of the vote.");
        var seemed = Assert.Single(c);
        Assert.DoesNotContain("seemed Tomas", seemed.Statement, StringComparison.Ordinal);
        Assert.Contains("Tomas Berg himself seemed to recognize the significance of the vote", seemed.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_with_a_which_clause_before_said_is_the_speaker()
    {
        var c = Attributions("The national weather service, which had issued a red alert on Monday, said more rain was expected through the weekend.");
        var said = Assert.Single(c, x => x.Cue?.Text == "said");
        Assert.Equal("The national weather service", said.Speaker?.Name);
        Assert.Equal("The national weather service said more rain was expected through the weekend", said.Statement);
    }

    [Fact]
    public void The_subject_of_a_warned_clause_is_not_taken_for_the_one_warned()
    {
        var c = Attributions("Diaz said at least 14 people had died, though she warned the toll could rise as crews reached remote areas.");
        var warned = Assert.Single(c, x => x.Cue?.Text == "warned");
        Assert.EndsWith("warned the toll could rise as crews reached remote areas", warned.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_which_in_what_was_said_is_written_as_its_noun()
    {
        var c = Attributions("Tomas Berg accused the government of ignoring the state of the river embankments, which he said had not been repaired since 2019.");
        var said = Assert.Single(c, x => x.Cue?.Text == "said");
        Assert.Equal("Tomas Berg said the river embankments had not been repaired since 2019", said.Statement);
    }

    [Fact]
    public void Declared_with_a_bare_adjective_after_a_passive_is_part_of_what_was_said()
    {
        var c = Attributions("A spokesman for the interior ministry told reporters the embankments had been inspected in May and declared sound.");
        var told = Assert.Single(c);
        Assert.EndsWith("the embankments had been inspected in May and declared sound", told.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_expected_to_cost_is_not_someone_expecting()
    {
        var c = Attributions("The council voted on Monday to open a route to Gull Island, a project expected to cost 5 million dollars.");
        Assert.DoesNotContain(c, x => x.Cue?.Text == "expected");
    }

    [Fact]
    public void A_name_before_an_organisation_word_stays_part_of_the_description()
    {
        var c = Attributions("The Marlow Bay town council said on Monday that the ferry would run twice a day.");
        var said = Assert.Single(c);
        Assert.Equal("The Marlow Bay town council", said.Speaker?.Name);
        Assert.StartsWith("The Marlow Bay town council said", said.Statement, StringComparison.Ordinal);
    }
}
