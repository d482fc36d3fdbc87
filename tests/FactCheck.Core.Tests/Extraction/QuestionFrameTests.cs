using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>A quoted question or exclamation ends its sentence; the frame after it still names the speaker.</summary>
public class QuestionFrameTests
{
    private static List<ExtractedClaim> Attributions(string text) =>
        new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Fact]
    public void A_name_and_said_after_a_quoted_question_speaks_it()
    {
        const string text = "Headline\n\nMayor Lena Brink opened the meeting.\n\n\"Is this a priority because it is an election year?\" Okafor said.";
        var claim = Assert.Single(Attributions(text));
        Assert.Equal("Okafor", claim.Speaker!.Name);
        Assert.Equal("said", claim.Cue!.Text);
    }

    [Fact]
    public void A_frame_with_an_occasion_after_a_quoted_exclamation_speaks_it()
    {
        var claim = Assert.Single(Attributions("Headline\n\n\"We will never close the ferry!\" the mayor said at a press conference."));
        Assert.Equal("the mayor", claim.Speaker!.Mention);
    }

    [Fact]
    public void A_sentence_with_its_own_content_is_not_a_frame()
    {
        var list = Attributions("Headline\n\n\"Why now?\" Okafor said that the vote was rushed.");
        Assert.DoesNotContain(list, c => c.Speaker?.Name == "Okafor" && c.Statement.Contains("Why now", StringComparison.Ordinal) && c.Content!.Count > 1);
    }

    [Fact]
    public void A_frame_ending_a_paragraph_with_a_colon_names_the_next_quotation()
    {
        var list = Attributions("Headline\n\nTomas Brink said taxes were high.\n\nMayor Okafor said:\n\n\"We will never close the ferry.\"");
        var quote = Assert.Single(list, c => c.Statement.Contains("ferry", StringComparison.Ordinal));
        Assert.Equal("Okafor", quote.Speaker!.Name);
    }

    [Fact]
    public void A_statement_announced_with_a_colon_belongs_to_the_sentence_subject()
    {
        var list = Attributions("Headline\n\nTomas Brink said taxes were high.\n\nWhen Varga retired in 1998, President Okafor released the following statement:\n\n\"We will miss him.\"");
        Assert.Equal("Okafor", Assert.Single(list, c => c.Statement.Contains("miss him", StringComparison.Ordinal)).Speaker!.Name);
    }

    [Fact]
    public void A_colon_without_a_speech_word_changes_no_speaker()
    {
        var list = Attributions("Headline\n\nTomas Brink said taxes were high.\n\nHere are the results:\n\n\"We will miss him.\"");
        Assert.Equal("Tomas Brink", Assert.Single(list, c => c.Statement.Contains("miss him", StringComparison.Ordinal)).Speaker!.Name);
    }

    [Fact]
    public void Began_by_saying_speaks_for_the_pronoun_before_the_verb()
    {
        var list = Attributions("Headline\n\nMayor Okafor left the room.\n\nWhen she returned she began by saying, \"I do not think it is necessary.\"");
        Assert.Equal("she", Assert.Single(list).Speaker!.Mention);
    }

    [Fact]
    public void A_participle_chained_after_a_noun_cue_speaks_for_the_main_subject()
    {
        var list = Attributions("Headline\n\nIn response to Varga's proposal to close the ferry, Mayor Okafor rallied supporters, saying: \"We have to be ready to stop him.\"");
        Assert.Equal("Okafor", Assert.Single(list, c => c.Statement.Contains("stop him", StringComparison.Ordinal)).Speaker!.Name);
    }

    [Fact]
    public void Confessed_frames_a_quotation()
    {
        Assert.Equal("I", Assert.Single(Attributions("Headline\n\n\"This is a big win for me,\" I confessed.")).Speaker!.Mention);
    }

    [Fact]
    public void A_lower_case_introduction_after_a_connective_leads_to_the_subject()
    {
        var list = Attributions("Headline\n\nMrs. Okafor sees benefits. But while denouncing the toll to campaign audiences, she has not offered a plan of her own.");
        Assert.Equal("she", Assert.Single(list, c => c.Cue!.Text == "denouncing").Speaker!.Mention);
    }
}
