using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>
/// A statement keeps the article's words: only a pronoun or description becomes the name, a relative date the date,
/// and the cue frame is written "X said (that) ...". Sentences made up for the tests.
/// </summary>
public class StatementWordsTests
{
    private static readonly DateOnly Published = new(2026, 10, 12);

    private static List<ExtractedClaim> Attributions(string body) =>
        new ClaimExtractor().Extract("Talks resume in Port Maren\n\n" + body, Published, cancellationToken: TestContext.Current.CancellationToken)
            .Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Fact]
    public void The_words_between_the_cue_and_what_was_said_stay()
    {
        var c = Attributions("Unity leader Ana Ruiz spoke on Sunday. She thanked the volunteer crews sent by the city council to clear the streets.");
        Assert.Contains(c, x => x.Statement == "Ana Ruiz thanked the volunteer crews sent by the city council to clear the streets");
    }

    [Theory]
    // "Flood" opens the sentence only; the treebank knows it as a common word, so after the frame it is written in lower case.
    [InlineData("Flood barriers gave way near the harbour, officials said.", "Officials said flood barriers gave way near the harbour")]
    // A name stays capitalised: the treebank writes "Bush" as a name too.
    [InlineData("Bush won the harbour vote easily, officials said.", "Officials said Bush won the harbour vote easily")]
    // "Unemployment" is not in the treebank; the parse reads it as a common noun where it opens the sentence.
    [InlineData("Unemployment stood at 7.9% in September, the statistics office said.", "The statistics office said unemployment stood at 7.9% in September")]
    public void A_sentence_opening_word_moved_after_the_frame_keeps_a_names_capital_only(string sentence, string statement) =>
        Assert.Contains(Attributions(sentence), x => x.Statement == statement);

    [Fact]
    public void An_addressee_joined_to_another_stays_whole()
    {
        var c = Attributions("Foreign Minister Karel Dvorak urged the government and the opposition to resume direct talks within a week.");
        Assert.Contains(c, x => x.Statement.Contains("urged the government and the opposition to resume direct talks within a week", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_before_its_frame_keeps_to_whom_and_where_it_was_said()
    {
        var c = Attributions("\"We will not be frightened into silence,\" Mayor Ana Ruiz told a rally of supporters in Liberty Square.");
        Assert.Contains(c, x => x.Statement == "Ana Ruiz told a rally of supporters in Liberty Square: \"We will not be frightened into silence.\"");
    }
}
