using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

public class SpeakerResolutionTests
{
    private static List<ExtractedClaim> Attributions(string text) =>
        new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Fact]
    public void Pronouns_roles_and_organisations_resolve_to_names()
    {
        var list = Attributions(SampleArticles.Floods);
        string SpeakerOf(string mention) => list.First(a => a.Speaker?.Mention == mention).Speaker!.Name;

        Assert.Equal("Elena Marquez", SpeakerOf("Chile\u2019s Deputy Finance Minister Elena\u00A0Marquez"));
        Assert.Equal("Elena Marquez", SpeakerOf("she"));
        Assert.Equal("Elena Marquez", SpeakerOf("The minister"));
        Assert.Equal("Pablo Rojas", SpeakerOf("the union leader"));
        Assert.Equal("Pablo Rojas", SpeakerOf("Rojas"));
        Assert.Equal("Pablo Rojas", SpeakerOf("He"));
        Assert.Equal("the interior ministry", SpeakerOf("The ministry"));
    }

    [Fact]
    public void Pronoun_picks_the_most_recent_person_of_matching_gender_across_paragraphs()
    {
        const string text = "Headline\n\nMayor Ana Ruiz met Mr. Tom Berger on Monday.\n\nHe said the talks were useful. She said they were not.";
        var list = Attributions(text);
        Assert.Equal("Tom Berger", list[0].Speaker!.Name);
        Assert.Equal("Ana Ruiz", list[1].Speaker!.Name);
    }

    [Fact]
    public void Role_description_resolves_to_the_person_introduced_with_it()
    {
        const string text = "Headline\n\nThe veteran economist Clara Mendes, 71, warned that prices would rise.\n\nThe central bank disagreed. The veteran economist said she stood by her forecast.";
        var last = Attributions(text).Last();
        Assert.Equal("Clara Mendes", last.Speaker!.Name);
        Assert.Equal("The veteran economist", last.Speaker.Mention);
    }

    [Fact]
    public void Statements_use_the_resolved_name()
    {
        var list = Attributions(SampleArticles.Floods);
        var she = list.First(a => a.Speaker?.Mention == "she");
        Assert.StartsWith("Elena Marquez said", she.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_role_is_a_person_that_a_later_pronoun_refers_to()
    {
        const string text = "Title\r\n\r\nWASHINGTON (AP) -- The senator said on Tuesday that the bill\r\nwould pass.\r\n\r\n\"It will,\" she added.\r\n";
        var list = Attributions(text);
        Assert.Equal(2, list.Count);
        Assert.Equal("The senator", list[1].Speaker!.Name);
        Assert.Equal("she", list[1].Speaker!.Mention);
        Assert.Equal("The senator added: \"It will.\"", list[1].Statement);
        Assert.Equal("that the bill\r\nwould pass", list[0].Content![0].Slice(text));
    }

    [Theory]
    [InlineData("Foreign Minister Karel Dvorak arrived on Saturday. The top diplomat said talks would resume.", "The top diplomat", "Karel Dvorak")]
    [InlineData("Foreign Minister Karel Dvorak arrived on Saturday. The envoy said talks would resume.", "The envoy", "Karel Dvorak")]
    [InlineData("Sen. Maria Lowe toured the dam. The lawmaker said repairs were overdue.", "The lawmaker", "Maria Lowe")]
    [InlineData("Hydrologist Rafael Lins measured the river. The expert said it would rise again.", "The expert", "Rafael Lins")]
    [InlineData("Unity leader Ana Ruiz spoke at the rally. The movement's leader said the protests would go on.", "The movement's leader", "Ana Ruiz")]
    // An age told about a role is told about the person just named.
    [InlineData("Governor Lucia Ferrante said the bank would act. The 54-year-old economist added that wages were rising.", "The 54-year-old economist", "Lucia Ferrante")]
    // Another role word, but the modifier that set her apart is hers.
    [InlineData("Opposition leader Hanna Veit toured the shelters. The top opposition lawmaker said her party would demand an inquiry.", "The top opposition lawmaker", "Hanna Veit")]
    public void A_description_in_another_word_resolves_to_the_person_named_before(string body, string mention, string name)
    {
        var list = Attributions("Talks resume\n\n" + body);
        Assert.Equal(name, list.Single(a => a.Speaker?.Mention == mention).Speaker!.Name);
    }

    [Theory]
    [InlineData("Unity Party chairman Omar Diaz said talks would resume.", "Omar Diaz")]
    [InlineData("Unity leader Ana Ruiz said the vote was rigged.", "Ana Ruiz")]
    [InlineData("Republican Sen. Tom Hale said the count was fair.", "Tom Hale")]
    public void An_organisation_or_party_before_a_name_is_kept_apart_from_the_name(string body, string name) =>
        Assert.Equal(name, Attributions("Talks resume\n\n" + body).Single().Speaker!.Name);

    [Fact]
    public void A_relative_clause_after_a_name_gives_the_person_no_roles()
    {
        // "who took office in March" once made "office" her role, so "the national statistics office" became her.
        var list = Attributions("Talks resume\n\nGovernor Lucia Ferrante, who took office in March, said the bank would act. Inflation fell to 2.1 percent in November, according to the national statistics office.");
        Assert.Equal("the national statistics office", list.Single(a => a.Cue!.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase)).Speaker!.Name);
    }

    [Fact]
    public void A_word_capitalised_only_because_it_opens_the_sentence_names_no_one()
    {
        // "Then I" is not a person; the later "he" is the judge.
        const string text = "Headline\n\nJudge Ben Marsh read the sentence aloud. Then I stood up. He said the case was closed.";
        var list = Attributions(text);
        Assert.DoesNotContain(list, a => a.Speaker?.Name.Contains("Then", StringComparison.Ordinal) == true);
        Assert.Equal("Ben Marsh", list.Last().Speaker!.Name);
    }

    [Theory]
    [InlineData("Headline\n\nCouncillor Tom Quist met the dockers on Monday. I didn't expect him to say the cranes were unsafe.", "I")]
    [InlineData("Headline\n\nThe harbour board didn't say whether the cranes were unsafe.", "The harbour board")]
    public void An_auxiliary_left_at_the_end_of_a_subject_is_not_part_of_the_speaker(string text, string speaker) =>
        Assert.Contains(Attributions(text), a => a.Speaker?.Name == speaker);

    [Fact]
    public void A_pronoun_with_an_auxiliary_glued_to_it_resolves_like_the_pronoun()
    {
        const string text = "Headline\n\nMayor Dana Whitfield spoke on Monday. She's argued that the count was rigged.";
        Assert.Equal("Dana Whitfield", Attributions(text).Last().Speaker!.Name);
    }

    [Fact]
    public void A_headlines_finance_chief_is_the_finance_minister_named_below()
    {
        const string text = "Budget row deepens as finance chief defends spending cuts\n\nFinance Minister Lara Okafor on Tuesday defended a plan to cut public spending, telling lawmakers the country could not keep borrowing.";
        var headline = Attributions(text).First();
        Assert.Equal("Lara Okafor", headline.Speaker!.Name);
    }

    [Fact]
    public void Her_ministry_is_the_ministry_of_the_woman_named_before_and_the_ministry_later()
    {
        const string text = "Headline\n\nTransport Secretary Mira Holm met both sides on Sunday. According to her ministry, the strike has cost 40 million euros. The ministry said talks would resume on Friday.";
        var list = Attributions(text);
        Assert.Equal("Mira Holm's ministry", list[0].Speaker!.Name);
        Assert.Equal("Mira Holm's ministry", list[1].Speaker!.Name);
    }

    [Fact]
    public void His_campaign_in_a_sentence_that_names_him_is_his_and_a_name_in_apposition_still_speaks()
    {
        const string text = "Headline\n\nMayor Lena Brink spoke first. Councillor Tom Quist ran a long campaign, and his campaign said he had raised 2 million euros. "
            + "His campaign manager, Ada Berg, said the money came from small donors.";
        var list = Attributions(text);
        Assert.Contains(list, a => a.Speaker?.Name == "Tom Quist's campaign");
        Assert.Contains(list, a => a.Speaker?.Name == "Ada Berg");
    }

    [Fact]
    public void A_headlines_bare_title_is_the_person_with_that_title_below()
    {
        const string text = "Mayor vows review after bridge closure\n\nIn an interview with the Harbour Times, Mayor Dana Whitfield said the closure had been unavoidable.";
        Assert.Equal("Dana Whitfield", Attributions(text).First().Speaker!.Name);
    }

    [Fact]
    public void A_body_before_member_is_an_affiliation_not_the_speaker()
    {
        const string text = "Headline\n\nCouncil member Rosa Lind tweeted: \"Residents deserve answers, not excuses.\"";
        Assert.Equal("Rosa Lind", Assert.Single(Attributions(text)).Speaker!.Name);
    }
}
