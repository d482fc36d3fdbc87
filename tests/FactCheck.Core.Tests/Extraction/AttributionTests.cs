using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

public class AttributionTests
{
    private static List<ExtractedClaim> Attributions(string text) =>
        new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    private static string Content(string text, ExtractedClaim c) => string.Join(" | ", c.Content!.Select(s => s.Slice(text)));

    private const string Lead = "Headline\n\n";

    [Fact]
    public void Direct_quotation_with_speaker_after()
    {
        const string text = Lead + "\"The bridge is safe,\" said Mayor Ana Ruiz.";
        var a = Assert.Single(Attributions(text));
        Assert.Equal("\"The bridge is safe,\"", Content(text, a));
        Assert.True(a.Direct);
        Assert.Equal("Ana Ruiz", a.Speaker!.Name);
        Assert.Equal("said", a.Cue!.Text);
    }

    [Fact]
    public void Direct_quotation_split_by_the_speaker_inside()
    {
        const string text = Lead + "\u201CWe are not done,\u201D the mayor added, \u201Cnot by a long way.\u201D";
        var a = Assert.Single(Attributions(text));
        Assert.Equal("\u201CWe are not done,\u201D | \u201Cnot by a long way.\u201D", Content(text, a));
        Assert.True(a.Direct);
    }

    [Fact]
    public void Reported_speech_with_that_and_time()
    {
        const string text = Lead + "Finance Minister Omar Haddad said on Monday that inflation would fall below 4 percent.";
        var a = Assert.Single(Attributions(text));
        Assert.Equal("that inflation would fall below 4 percent", Content(text, a));
        Assert.False(a.Direct);
        Assert.Equal("Omar Haddad", a.Speaker!.Name);
        Assert.True(a.Sourced);
    }

    [Fact]
    public void Reported_speech_with_speaker_after_and_inside()
    {
        const string text = Lead + "The harvest was the worst in a decade, farmers said. The rains, she added, came too late.";
        var list = Attributions(text);
        Assert.Equal(2, list.Count);
        Assert.Equal("The harvest was the worst in a decade", Content(text, list[0]));
        Assert.Equal("farmers", list[0].Speaker!.Mention);
        Assert.Equal("The rains | came too late", Content(text, list[1]));
    }

    [Fact]
    public void Mixed_attribution_is_not_direct()
    {
        const string text = Lead + "Senator Lena Park called the deal \"a historic mistake\" in a speech.";
        var a = Assert.Single(Attributions(text));
        Assert.Contains("\"a historic mistake\"", Content(text, a), StringComparison.Ordinal);
        Assert.False(a.Direct);
    }

    [Fact]
    public void According_to_before_and_after()
    {
        const string text = Lead + "According to the weather service, the storm will reach the coast by Friday. Two ferries were cancelled, according to port officials.";
        var list = Attributions(text);
        Assert.Equal(2, list.Count);
        Assert.Equal("the storm will reach the coast by Friday", Content(text, list[0]));
        Assert.Equal("According to", list[0].Cue!.Text);
        Assert.Equal("Two ferries were cancelled", Content(text, list[1]));
        Assert.Equal("port officials", list[1].Speaker!.Name);
    }

    [Fact]
    public void Quotation_continues_across_paragraphs()
    {
        var text = SampleArticles.LongQuote;
        var quote = Attributions(text).Single(a => a.Direct == true);
        Assert.Equal("Joost van Dijk", quote.Speaker!.Name);
        var content = Content(text, quote);
        Assert.Contains("We fought for every cent", content, StringComparison.Ordinal);
        Assert.Contains("heads high", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Beliefs_and_non_person_sources_are_attributions()
    {
        const string text = Lead + "Most voters believe the tax is unfair. A new survey found that rents rose in every district.";
        var list = Attributions(text);
        Assert.Equal(2, list.Count);
        Assert.Equal("the tax is unfair", Content(text, list[0]));
        Assert.Equal("that rents rose in every district", Content(text, list[1]));
        Assert.Equal("A new survey", list[1].Speaker!.Mention);
    }

    [Fact]
    public void Chained_cue_gives_a_second_attribution_to_the_same_speaker()
    {
        const string text = Lead + "Ana Ruiz said the bridge was safe, adding that repairs would start in May.";
        var list = Attributions(text);
        Assert.Equal(2, list.Count);
        Assert.Equal("the bridge was safe", Content(text, list[0]));
        Assert.Equal("that repairs would start in May", Content(text, list[1]));
        Assert.Equal("Ana Ruiz", list[1].Speaker!.Name);
    }

    [Fact]
    public void A_sentence_without_a_cue_has_no_attribution()
    {
        Assert.Empty(Attributions(Lead + "The river rose two metres overnight and closed the main road."));
    }

    [Fact]
    public void A_headline_noun_before_a_cue_noun_is_no_speaker_unless_the_body_names_it()
    {
        // "Peace talks": nobody called Peace is in the story, so "talks" is a noun and "resume" the verb.
        Assert.DoesNotContain(Attributions("Peace talks resume in Geneva\n\nDelegates from both sides met on Monday."), c => c.Speaker?.Name == "Peace");
        // "Okafor vows ...": the body names him, so the headline's first word is the speaker.
        var named = Attributions("Okafor vows to rebuild the bridge\n\nMayor Ben Okafor said the work would start in May.");
        Assert.Contains(named, c => c.Cue?.Text == "vows" && c.Speaker?.Name == "Ben Okafor");
    }
}
