using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>
/// Constructions a fact-checker found misread on real news, each on sentences written for this test: who speaks in a
/// passive, evidence as the speaker, coordinated cues, light verbs, noun cues, and cue words that say nothing.
/// </summary>
public class ReportedConstructionTests
{
    private static List<ExtractedClaim> Claims(string body) =>
        [.. new ClaimExtractor().Extract("Harbour audit\n\n" + body, new DateOnly(2026, 3, 4), cancellationToken: TestContext.Current.CancellationToken).Claims];

    // A claim's span in the body given to Claims (after the headline it adds).
    private static string Slice(string body, FactCheck.Core.Text.TextSpan s) => ("Harbour audit\n\n" + body)[s.Start..s.End];

    private static List<ExtractedClaim> Attributions(string body) => [.. Claims(body).Where(c => c.Kind == ClaimKind.Attribution)];

    [Fact]
    public void Footage_released_by_an_institute_is_the_speaker_not_the_institute()
    {
        var claim = Assert.Single(Attributions("Footage released by the Kessler Institute shows cranes standing idle at the north pier for most of February."));
        Assert.Equal("Footage released by the Kessler Institute", claim.Speaker!.Name);
        Assert.StartsWith("Footage released by the Kessler Institute shows cranes standing idle", claim.Statement);
    }

    [Fact]
    public void Three_coordinated_cues_are_three_attributions_of_one_speaker()
    {
        var claims = Attributions("Mayor Dana Whitfield questioned the count, suggested it was rigged and urged supporters to watch the polls.");
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal("Dana Whitfield", c.Speaker!.Name));
        // The one addressed belongs to the cue, as in "told reporters".
        Assert.Equal(["questioned", "suggested", "urged supporters"], claims.Select(c => c.Cue!.Text));
        Assert.Equal("Dana Whitfield suggested it was rigged", claims[1].Statement);
        Assert.Equal("Dana Whitfield urged supporters to watch the polls", claims[2].Statement);
    }

    [Fact]
    public void The_one_accused_in_a_passive_is_not_the_speaker_the_agent_is()
    {
        var claim = Assert.Single(Attributions("Councillor Tom Quist was accused of fraud by two former aides."));
        Assert.Equal("two former aides", claim.Speaker!.Name);
        // Written as the sentence: "Tom Quist accused of fraud" would make him the accuser.
        Assert.Equal("Councillor Tom Quist was accused of fraud by two former aides.", claim.Statement);
    }

    [Fact]
    public void A_passive_without_an_agent_names_no_speaker()
    {
        var claim = Assert.Single(Attributions("Councillor Tom Quist was accused of fraud."));
        Assert.Null(claim.Speaker);
        Assert.Equal("Councillor Tom Quist was accused of fraud.", claim.Statement);
    }

    [Fact]
    public void What_was_first_reported_by_a_newspaper_is_the_newspapers_report()
    {
        var claim = Assert.Single(Attributions("The leak was first reported by the Ledger."));
        Assert.Equal("the Ledger", claim.Speaker!.Mention);
        Assert.Equal("The leak was first reported by the Ledger.", claim.Statement);
    }

    [Fact]
    public void Raised_questions_about_a_topic_is_an_attribution_of_the_topic()
    {
        var claim = Assert.Single(Attributions("Auditor Sam Abara raised questions about the audit."));
        Assert.EndsWith("Sam Abara", claim.Speaker!.Name);
        Assert.Equal("raised questions about", claim.Cue!.Text);
        Assert.Equal(claim.Speaker.Name + " raised questions about the audit", claim.Statement);
    }

    [Fact]
    public void A_noun_cue_with_its_clause_reads_as_a_verb_and_stops_before_the_sentences_own_verb()
    {
        var claim = Assert.Single(Attributions("Dana Whitfield spoke on Monday. Her statement that the contract was signed in secret angered the council."),
            c => c.Cue!.Text.StartsWith("statement", StringComparison.Ordinal));
        Assert.Equal("Dana Whitfield", claim.Speaker!.Name);
        Assert.Equal("Dana Whitfield stated that the contract was signed in secret", claim.Statement);
    }

    [Theory]
    [InlineData("Dana Whitfield offered no proof for the claim.")]
    [InlineData("Dana Whitfield spoke for five minutes.")]
    [InlineData("Editor's note: This article was updated to correct a date.")]
    [InlineData("Health worries have dogged the project since 2021.")]
    public void Cue_words_that_report_nothing_make_no_attribution(string sentence)
    {
        Assert.Empty(Attributions(sentence));
    }

    [Fact]
    public void A_past_tense_cue_the_tagger_reads_as_a_noun_still_reports()
    {
        var claim = Assert.Single(Attributions("Ana Ruiz, Blackwell wrote \"has shown that she can win the nomination.\""));
        Assert.Equal("wrote", claim.Cue!.Text);
    }

    [Fact]
    public void What_was_said_ends_before_the_speakers_next_reported_act_joined_to_the_cue()
    {
        var claims = Attributions("Mayor Dana Whitfield said she was \"the right person for the job,\" and she repeated her claim that the auditors had been misled.");
        Assert.Equal(["said", "repeated"], claims.Select(c => c.Cue!.Text));
        Assert.Equal("Dana Whitfield said she was \"the right person for the job,\"", claims[0].Statement);
        // The noun cue inside what was repeated is not a third attribution ("Her claimed that ...").
        Assert.Equal("Dana Whitfield repeated her claim that the auditors had been misled", claims[1].Statement);
        Assert.All(claims, c => Assert.Equal("Dana Whitfield", c.Speaker!.Name));
    }

    [Theory]
    [InlineData("Her claim that the auditors had been misled angered the council.", "Dana Whitfield claimed that the auditors had been misled")]
    [InlineData("Her statement that the contract was fair surprised nobody.", "Dana Whitfield stated that the contract was fair")]
    public void A_noun_cue_clause_ends_before_the_sentences_own_verb(string sentence, string statement)
    {
        // "spoke on Monday" says when she spoke, not what: the noun cue's clause is the one attribution.
        var claim = Assert.Single(Attributions("Mayor Dana Whitfield spoke on Monday. " + sentence));
        Assert.Equal(statement, claim.Statement);
    }

    [Theory]
    [InlineData("The Bank of Arland kept its rate at 4.25% on Thursday, saying inflation had fallen faster than expected.",
        "Bank of Arland", "The Bank of Arland kept its rate at 4.25% on Thursday, 26 February 2026.", ClaimKind.Figure)]
    [InlineData("Governor Lucia Ferrante visited the flooded district on Friday, promising new funds for the harbour.",
        "Lucia Ferrante", "Governor Lucia Ferrante visited the flooded district on Friday, 27 February 2026.", ClaimKind.Figure)]
    public void The_main_clause_before_a_reporting_participle_is_the_outlets_own_claim(string sentence, string speaker, string own, ClaimKind kind)
    {
        var claims = Claims(sentence);
        var attribution = Assert.Single(claims, c => c.Kind == ClaimKind.Attribution);
        Assert.Equal(speaker, attribution.Speaker!.Name);
        var claim = Assert.Single(claims, c => c.Kind != ClaimKind.Attribution);
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(own, claim.Statement);
        // The main clause's figure is the outlet's, not the speaker's.
        Assert.DoesNotContain(attribution.Figures ?? [], f => claim.Figures?.Contains(f) == true);
    }

    [Fact]
    public void A_main_clause_that_is_itself_reported_is_not_an_own_voice_claim()
    {
        var claims = Claims("Governor Lucia Ferrante said the harbour would reopen in May, adding that the cranes had been repaired.");
        Assert.All(claims, c => Assert.Equal(ClaimKind.Attribution, c.Kind));
    }

    [Fact]
    public void An_organisation_named_with_of_keeps_its_whole_name_and_is_the_bank_later()
    {
        var claims = Attributions("The Bank of Arland said inflation had fallen to 3.1%. The bank said it would keep its rate unchanged until March.");
        Assert.Equal(["Bank of Arland", "Bank of Arland"], claims.Select(c => c.Speaker!.Name));
    }

    [Theory]
    [InlineData("Kessler Institute researchers said the cranes had stood idle since January.", "Kessler Institute researchers")]
    [InlineData("Harbour officials said the cranes had stood idle since January.", "Harbour officials")]
    public void A_name_before_a_plural_role_says_whose_the_speakers_are(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Attributions(sentence)).Speaker!.Name);

    [Fact]
    public void A_cue_word_after_its_determiner_is_a_noun_not_a_cue()
    {
        // "document" is a cue verb ("she documented"); after "This" it is the subject, and says nothing by itself.
        Assert.Empty(Attributions("This document, now available online, set out the harbour's accounts for 2025."));
    }

    [Fact]
    public void A_quotation_after_a_colon_is_what_was_said_and_the_words_before_it_stay_in_the_frame()
    {
        const string body = "Harbour master Ines Vaal posted just three words on her public channel: \"Cranes are back.\"";
        var claim = Assert.Single(Attributions(body));
        Assert.Equal("Ines Vaal", claim.Speaker!.Name);
        Assert.Equal("posted just three words on her public channel", claim.Cue!.Text);
        Assert.Equal("\"Cranes are back.\"", Slice(body, Assert.Single(claim.Content!)));
        // No word of the sentence is lost: the announcing words are the frame.
        Assert.Equal("Ines Vaal posted just three words on her public channel: \"Cranes are back.\"", claim.Statement);
    }

    [Fact]
    public void A_clause_before_a_colon_stays_part_of_what_was_said()
    {
        const string body = "Governor Lucia Ferrante said that dock workers had two choices: \"Return on Monday or lose the contract.\"";
        var claim = Assert.Single(Attributions(body));
        Assert.StartsWith("that dock workers had two choices", Slice(body, Assert.Single(claim.Content!)));
    }

    [Fact]
    public void A_quoted_phrase_inside_what_an_unlisted_verb_introduces_is_one_framed_attribution()
    {
        // "groused" is in no cue list; the parse finds the frame, and the quotation is part of what was said, not a second claim.
        var claim = Assert.Single(Attributions("Councillor Tom Quist groused that the harbour board \"never answers our letters\" and left the meeting."));
        Assert.Equal("Tom Quist", claim.Speaker!.Name);
        Assert.Equal("groused", claim.Cue!.Text);
    }

    [Theory]
    [InlineData("Harbour Board Flatly Rejects The Idea Of A Night Shift", "Harbour Board")]
    [InlineData("Dockers Will Ask Council To Reopen The North Pier", "Dockers")]
    public void A_title_case_headline_speaker_ends_before_its_verb(string headline, string speaker)
    {
        var claims = new ClaimExtractor().Extract(headline + "\n\nThe board met on Monday to discuss the pier.", new DateOnly(2026, 3, 4),
            cancellationToken: TestContext.Current.CancellationToken).Claims;
        var headlineClaim = Assert.Single(claims, c => c.Kind == ClaimKind.Attribution && c.Span.Start == 0);
        Assert.Equal(speaker, headlineClaim.Speaker!.Name);
    }

    [Theory]
    [InlineData("The harbour master spoke on Monday.")]
    [InlineData("The harbour master spoke on Tuesday night.")]
    public void Speaking_on_a_day_says_when_not_what(string sentence) => Assert.Empty(Attributions(sentence));

    [Fact]
    public void A_speaker_ends_before_the_verb_of_its_own_clause()
    {
        // The patterns took "withdrew notices" into the subject of "announcing"; the parse shows where the subject ends.
        var claim = Assert.Single(Attributions("The port administration withdrew notices announcing the closure of the north pier."));
        Assert.Equal("The port administration", claim.Speaker!.Name);
    }

    [Fact]
    public void The_one_quoted_as_saying_something_is_the_speaker()
    {
        var claim = Assert.Single(Attributions("Transport Secretary Mira Holm, who met both sides on Sunday, was quoted as saying that the government would not intervene \"for now\"."));
        Assert.Equal("Mira Holm", claim.Speaker!.Name);
        Assert.Equal("was quoted as saying", claim.Cue!.Text);
        Assert.Equal("Mira Holm was quoted as saying that the government would not intervene \"for now\"", claim.Statement);
    }
}
