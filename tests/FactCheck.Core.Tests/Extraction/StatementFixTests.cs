using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Standalone statements, act verbs, speakers and captions, on made-up sentences.</summary>
public class StatementFixTests
{
    // A Thursday.
    private static readonly DateOnly Published = new(2026, 3, 12);

    private static List<ExtractedClaim> Claims(string body) =>
        new ClaimExtractor().Extract("Storm batters coastal towns\n\n" + body, Published, cancellationToken: TestContext.Current.CancellationToken).Claims.ToList();

    [Fact]
    public void Reported_content_after_the_cue_loses_its_sentence_capital()
    {
        var c = Claims("Most of the pier was washed away overnight, the harbour authority said.").Single(x => x.Kind == ClaimKind.Attribution);
        Assert.StartsWith("The harbour authority said most of the pier was washed away", c.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_or_acronym_opening_the_content_keeps_its_capital()
    {
        var c = Claims("The port of Valdera will stay shut, a coast guard spokeswoman said. Officials in Valdera said NATO ships had left.").Where(x => x.Kind == ClaimKind.Attribution).ToList();
        Assert.Contains(c, x => x.Statement.Contains("said NATO ships had left", StringComparison.Ordinal));
        Assert.Contains(c, x => x.Statement.Contains("said the port of Valdera will stay shut", StringComparison.Ordinal));
    }

    [Fact]
    public void Plural_common_noun_opening_the_content_is_lowered()
    {
        var c = Claims("Lifeguards pulled four swimmers from the sea on Tuesday, according to the town council.").Single(x => x.Kind == ClaimKind.Attribution);
        Assert.StartsWith("According to the town council, lifeguards pulled four swimmers", c.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_weekday_in_reported_speech_gets_the_date()
    {
        var c = Claims("The port authority said the ferry sank on Tuesday near the breakwater.").Single(x => x.Kind == ClaimKind.Attribution);
        Assert.Contains("on Tuesday, 10 March 2026, near the breakwater", c.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_of_the_speech_stays_with_the_statement()
    {
        var c = Claims("Councillor Rui Costa called the dike plan \"a waste of money\" in a radio interview on Wednesday.").Single(x => x.Kind == ClaimKind.Attribution);
        Assert.EndsWith("(on Wednesday, 11 March 2026)", c.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void About_before_a_number_after_said_is_a_qualifier()
    {
        var c = Claims("The utility said about 9,000 homes had lost power.").Single(x => x.Kind == ClaimKind.Attribution);
        Assert.Equal("said", c.Cue!.Text);
        Assert.StartsWith("The utility said about 9,000 homes had lost power", c.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_dates_in_a_quotation_keep_their_words_and_gain_a_bracketed_date()
    {
        var c = Claims("\"The seawall has not been repaired since last November,\" said Mayor Inês Barros.").Single(x => x.Kind == ClaimKind.Attribution);
        Assert.Contains("since last November [November 2025]", c.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_claims_replace_every_relative_date_in_their_sentence()
    {
        var figures = Claims("The storm flooded 120 homes on Monday evening.").Where(x => x.Kind == ClaimKind.Figure).ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Contains("Monday evening, 9 March 2026", f.Statement, StringComparison.Ordinal));
    }

    [Fact]
    public void Yesterday_and_last_month_become_dates()
    {
        var r = TextRepairer.Repair("The dam failed yesterday after rains last October.");
        var figures = new List<Figure>
        {
            new("yesterday", new TextSpan(15, 24), null, null, null, null, new DateOnly(2026, 3, 11)),
            new("last October", new TextSpan(37, 49), null, null, null, null, new DateOnly(2025, 10, 1)),
        };
        var s = StatementWriter.ReplaceDates(r.Analysis, figures, false);
        Assert.Equal("The dam failed on 11 March 2026 after rains in October 2025.", s);
    }

    [Fact]
    public void Future_weekday_in_reported_speech_is_the_next_one()
    {
        var c = Claims("Forecasters warned that the swell could reach the northern beaches on Sunday.").Single(x => x.Kind == ClaimKind.Attribution);
        Assert.Contains("on Sunday, 15 March 2026", c.Statement, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 15), c.Figures.Single(f => f.Text == "Sunday").Date);
    }

    [Fact]
    public void Reported_content_without_its_subject_falls_back_to_the_sentence()
    {
        var c = Claims("Engineers blamed the collapse on corrosion, a finding the minister's office said would shape the new rules.")
            .Where(x => x.Kind == ClaimKind.Attribution).ToList();
        var office = Assert.Single(c, x => x.Cue?.Text == "said");
        Assert.Equal("the minister's office", office.Speaker!.Name);
        Assert.StartsWith("Engineers blamed the collapse", office.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Participle_cue_reads_as_a_past_tense_in_the_statement()
    {
        var c = Claims("Senator Paulo Reis criticised the budget, saying the hospital had been left without funds.").Where(x => x.Kind == ClaimKind.Attribution).ToList();
        Assert.Contains(c, x => x.Statement.StartsWith("Paulo Reis said the hospital had been left without funds", StringComparison.Ordinal));
    }

    [Fact]
    public void Found_with_a_person_subject_is_an_event_not_a_cue()
    {
        var c = Claims("Divers found the wreck of a fishing boat off the cape, according to the navy.").Where(x => x.Kind == ClaimKind.Attribution).ToList();
        var a = Assert.Single(c);
        Assert.Equal("according to", a.Cue!.Text);
        Assert.Equal("the navy", a.Speaker!.Name);
    }

    [Fact]
    public void Found_with_a_study_or_a_that_clause_is_still_a_cue()
    {
        Assert.Contains(Claims("A government survey found high levels of salt in the wells.").Where(x => x.Kind == ClaimKind.Attribution), x => x.Cue!.Text == "found");
        Assert.Contains(Claims("Researchers found that the wells were contaminated.").Where(x => x.Kind == ClaimKind.Attribution), x => x.Cue!.Text == "found");
    }

    [Fact]
    public void A_determiner_alone_is_never_the_speaker()
    {
        var c = Claims("The coastal weather office expected calmer seas on Friday, but warned that gusts of 90 km/h could return.").Where(x => x.Kind == ClaimKind.Attribution).ToList();
        var warned = Assert.Single(c, x => x.Cue!.Text == "warned");
        Assert.NotNull(warned.Speaker);
        Assert.Equal("The coastal weather office", warned.Speaker!.Name);
    }

    [Fact]
    public void Possessed_office_is_the_speaker_not_its_owner()
    {
        var c = Claims("Governor Lia Moura visited the port. Later, Moura's office said the repairs would cost more.").Where(x => x.Kind == ClaimKind.Attribution).ToList();
        Assert.Contains(c, x => x.Speaker?.Name == "Lia Moura's office");
    }

    [Fact]
    public void Declaring_an_emergency_is_an_act_and_an_own_voice_claim()
    {
        var claims = Claims("Governor Lia Moura declared a state of emergency in the coastal district of Porto Alto.");
        Assert.DoesNotContain(claims, x => x.Kind == ClaimKind.Attribution);
        Assert.Contains(claims, x => x.Kind == ClaimKind.Fact && x.Statement.StartsWith("Governor Lia Moura declared a state of emergency", StringComparison.Ordinal));
    }

    [Fact]
    public void Own_voice_sentence_opening_with_a_possessive_place_is_a_fact()
    {
        var claims = Claims("Chile's north has been hit by repeated droughts in recent years.");
        Assert.Contains(claims, x => x.Kind == ClaimKind.Fact);
        Assert.DoesNotContain(Claims("The new seawall should be a great success."), x => x.Kind == ClaimKind.Fact);
    }

    [Theory]
    [InlineData("Rescuers search for survivors in the rubble of a hotel in Porto Alto, Chile, March 10, 2026. Harbor Press/Ana Lima")]
    [InlineData("A man wades through a flooded street in Valdera, March 9, 2026. REUTERS/Joao Silva")]
    [InlineData("Volunteers stack sandbags along the river on March 11, 2026. (AP Photo/Maria Ortiz)")]
    [InlineData("Firefighters hose down a burning warehouse in Porto Alto on March 8, 2026. Photo: Ana Lima")]
    public void Photo_captions_are_recognised_and_make_no_claims(string caption)
    {
        var body = "At least 30 homes were damaged, the council said.\n\n" + caption + "\n\nThe council said repairs would start next week.";
        var text = "Storm batters coastal towns\n\n" + body;
        var layout = LayoutAnalyzer.Analyze(text, Published);
        Assert.Contains(layout.Blocks, b => b.Kind == BlockKind.Caption && b.Span.Slice(text) == caption);
        var claims = new ClaimExtractor().Extract(text, Published, cancellationToken: TestContext.Current.CancellationToken).Claims;
        var captionStart = text.IndexOf(caption, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, c => c.Span.Start >= captionStart && c.Span.Start < captionStart + caption.Length);
    }

    [Fact]
    public void A_body_paragraph_with_a_slash_is_not_a_caption()
    {
        var text = "Storm batters coastal towns\n\nThe council said the road to Porto Alto would reopen.\n\nTraffic on the A1/A2 interchange was heavy on Monday.";
        var layout = LayoutAnalyzer.Analyze(text, Published);
        Assert.DoesNotContain(layout.Blocks, b => b.Kind == BlockKind.Caption);
    }
}

public class ChainedCueTests
{
    private static List<ExtractedClaim> Attributions(string body) =>
        new ClaimExtractor().Extract("Storm batters coastal towns\n\n" + body, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Fact]
    public void Participle_after_an_inverted_frame_is_a_second_attribution()
    {
        const string body = "\"They should never have been built there,\" said engineer Tomas Varga, referring to the riverside apartment blocks.";
        var claims = Attributions(body);
        var referring = Assert.Single(claims, c => c.Cue!.Text == "referring to");
        Assert.StartsWith("Tomas Varga referred to the riverside", referring.Statement, StringComparison.Ordinal);
        Assert.Equal("the riverside apartment blocks", referring.Content!.Single().Slice("Storm batters coastal towns\n\n" + body));
        Assert.Equal("Tomas Varga", referring.Speaker!.Name);
    }
}

public class NonSpeechVerbTests
{
    private static List<ExtractedClaim> Attributions(string body) =>
        new ClaimExtractor().Extract("Storm batters coastal towns\n\n" + body, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Theory]
    [InlineData("The mayor wrote a children's book about the great flood of 1998.")]
    [InlineData("The council hired a firm called Delta Hydro to rebuild the dikes.")]
    [InlineData("The Alves campaign manager toured the shelters on Monday.")]
    [InlineData("The ministry released its budget figures for the coming year.")]
    [InlineData("The pumping continued and by noon the square was dry.")]
    [InlineData("The flood laid bare the town's lack of planning.")]
    [InlineData("Perhaps most telling was the empty shelter on the hill.")]
    public void Acts_and_names_are_not_attributions(string sentence) => Assert.Empty(Attributions(sentence));

    [Fact]
    public void An_infinitive_after_expected_is_its_content()
    {
        const string body = "The council is expected to approve a repair plan this week that would raise the dikes.";
        var a = Assert.Single(Attributions(body));
        Assert.Contains("to approve a repair plan", string.Join(" ", a.Content!.Select(c => c.Slice("Storm batters coastal towns\n\n" + body))), StringComparison.Ordinal);
    }
}

public class ReportedStructureTests
{
    private const string Lead = "Storm batters coastal towns\n\n";

    private static List<ExtractedClaim> Attributions(string body) =>
        new ClaimExtractor().Extract(Lead + body, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    private static string Content(string body, ExtractedClaim c) => string.Join(" | ", c.Content!.Select(s => s.Slice(Lead + body)));

    [Fact]
    public void Relative_pronoun_stands_for_what_was_said()
    {
        const string body = "The dam project, which the mayor has repeatedly said was a mistake, cost the town dearly.";
        var a = Assert.Single(Attributions(body));
        Assert.Equal("which | was a mistake", Content(body, a));
    }

    [Fact]
    public void Passive_of_saying_before_an_infinitive_takes_subject_and_infinitive()
    {
        const string body = "Several engineers are said to be preparing a report on the collapse.";
        var a = Assert.Single(Attributions(body));
        Assert.Equal("Several engineers | to be preparing a report on the collapse", Content(body, a));
    }

    [Fact]
    public void Inverted_say_with_a_plural_subject()
    {
        const string body = "A slower rebuild may not be a bad thing, say some residents, who fear another flood.";
        var all = Attributions(body);
        var a = all.Single(x => x.Cue!.Text == "say");
        Assert.Equal("A slower rebuild may not be a bad thing", Content(body, a));
        // The relative clause holds a view of the same residents: a second attribution, with its speaker.
        Assert.All(all, x => Assert.Equal("some residents", x.Speaker?.Name, ignoreCase: true));
    }

    [Fact]
    public void Content_in_an_introductory_clause_ends_at_its_comma()
    {
        const string body = "Continuing to explain the delays, the contractor blamed the courts for holding up the permits.";
        var claims = Attributions(body);
        var explain = Assert.Single(claims, c => c.Cue!.Text == "explain");
        Assert.Equal("the delays", Content(body, explain));
    }

    [Fact]
    public void What_someone_said_stands_for_the_content()
    {
        const string body = "Auditors traced the lost grant to what the mayor said was a clerical error, but the council disagreed.";
        var claims = Attributions(body);
        Assert.Contains(claims, c => c.Cue!.Text == "said" && Content(body, c) == "what | was a clerical error");
    }

    [Fact]
    public void An_absolute_with_phrase_after_the_content_is_the_writers()
    {
        const string body = "The ferry operator said the crossing would reopen on Monday, with the coast guard saying the channel was clear.";
        var a = Assert.Single(Attributions(body), c => c.Cue!.Text == "said");
        Assert.Equal("the crossing would reopen on Monday", Content(body, a));
    }

    [Fact]
    public void A_relative_clause_inside_the_content_stays_in_it()
    {
        const string body = "Officials said the port director, who must approve the repairs, has not yet seen the report.";
        var a = Assert.Single(Attributions(body));
        Assert.Equal("the port director, who must approve the repairs, has not yet seen the report", Content(body, a));
    }

    [Fact]
    public void A_relative_clause_closing_the_sentence_keeps_its_whole_content()
    {
        const string body = "The board hired Rui Costa, an engineer who said the dikes were too low, too old and too short.";
        var a = Assert.Single(Attributions(body), c => c.Cue!.Text == "said");
        Assert.Equal("the dikes were too low, too old and too short", Content(body, a));
    }

    [Fact]
    public void A_possessed_noun_cue_with_that_reports_the_clause()
    {
        const string body = "The floods came weeks after Moura's insistence that the dikes were safe.";
        var a = Assert.Single(Attributions(body), c => c.Cue!.Text == "insistence that");
        Assert.Equal("that the dikes were safe", Content(body, a));
        Assert.Equal("Moura", a.Speaker!.Name);
    }

    [Fact]
    public void A_described_owner_of_a_noun_cue_is_the_speaker()
    {
        const string body = "Engineers were surprised by the agency's warning about the eastern dike.";
        var a = Assert.Single(Attributions(body), c => c.Cue!.Text == "warning about");
        Assert.Equal("the eastern dike", Content(body, a));
        Assert.Equal("the agency", a.Speaker!.Name);
    }

    [Fact]
    public void Being_a_critic_of_something_is_a_stance()
    {
        const string body = "Senator Paulo Reis has long been an outspoken critic of the river dredging plan.";
        var a = Assert.Single(Attributions(body));
        Assert.Equal("critic of", a.Cue!.Text);
        Assert.Equal("the river dredging plan", Content(body, a));
        Assert.Equal("Paulo Reis", a.Speaker!.Name);
    }

    [Fact]
    public void An_appositive_after_the_frame_is_not_content()
    {
        const string body = "Families on the riverbank will be moved first, the mayor said, a decision that angered shop owners.";
        var a = Assert.Single(Attributions(body), c => c.Cue!.Text == "said");
        Assert.Equal("Families on the riverbank will be moved first", Content(body, a));
    }

    [Fact]
    public void Who_after_an_appositive_refers_to_the_name()
    {
        const string body = "\"We are not ready,\" said Rui Costa, a consultant and an engineer who said he would not sign the report.";
        var a = Assert.Single(Attributions(body), c => c.Cue!.Text == "said" && c.Direct == false);
        Assert.Equal("Rui Costa", a.Speaker!.Name);
    }

    [Fact]
    public void Content_before_the_frame_when_a_semicolon_follows_it()
    {
        const string body = "Most homes will need new wiring, electricians say; in 2019, repairs took a year.";
        var a = Assert.Single(Attributions(body));
        Assert.Equal("Most homes will need new wiring", Content(body, a));
    }
}

public class DuplicateTests
{
    [Fact]
    public void The_same_content_is_one_attribution()
    {
        const string text = "Storm batters coastal towns\n\n\"We will rebuild,\" the mayor said, telling reporters \"We will rebuild,\" again.";
        var claims = new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();
        var keys = claims.Select(c => string.Join(";", c.Content!.Select(s => $"{s.Start}-{s.End}"))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
