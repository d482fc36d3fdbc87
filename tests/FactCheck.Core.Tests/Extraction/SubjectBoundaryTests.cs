using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Where the speaker's noun phrase starts and ends: introductions, time phrases, participles and headline labels.</summary>
public class SubjectBoundaryTests
{
    private static List<ExtractedClaim> Attributions(string text) =>
        new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    private static ExtractedClaim Only(string text) => Assert.Single(Attributions("Headline\n\n" + text));

    private static string ContentOf(string sentence)
    {
        var text = "Headline\n\n" + sentence;
        var claim = Assert.Single(Attributions(text));
        return string.Join(" ~ ", claim.Content!.Select(c => text[c.Start..c.End]));
    }

    [Fact]
    public void A_time_phrase_between_subject_and_cue_is_not_the_speaker()
    {
        var claim = Only("Rep. Ada Lindqvist (D-Ore.) last month joked to Finance Chair Tomas Brink that the budget would never balance.");
        Assert.Equal("Ada Lindqvist", claim.Speaker!.Name);
    }

    [Fact]
    public void An_introductory_adverb_is_not_the_speaker()
    {
        var claim = Only("Again, those surveyed said the mayor was best able to handle the flooding.");
        Assert.Equal("those surveyed", claim.Speaker!.Mention);
    }

    [Fact]
    public void A_participle_after_a_comma_belongs_to_the_sentence_subject_not_to_the_name_before_the_comma()
    {
        var list = Attributions("Headline\n\nThe Harlow council sued the port authority in court on Friday, claiming the closure would cost the town $60,000 a day.");
        var claim = Assert.Single(list, c => c.Content!.Count > 0 && c.Statement.Contains("60,000", StringComparison.Ordinal));
        Assert.Equal("The Harlow council", claim.Speaker!.Mention);
    }

    [Fact]
    public void The_subject_after_an_introduction_with_a_place_and_a_time_is_the_speaker()
    {
        var list = Attributions("Headline\n\nAt a town meeting in Dunmore, Vermont, on Sunday, Mrs. Okafor expanded on her plan, saying that the county should build two new bridges.");
        var claim = Assert.Single(list, c => c.Statement.Contains("bridges", StringComparison.Ordinal));
        Assert.Equal("Okafor", claim.Speaker!.Name);
    }

    [Fact]
    public void A_lower_case_subject_after_an_introduction_speaks_for_a_participle_cue()
    {
        var list = Attributions("Headline\n\nLate last month, the company sent a long letter to the harbour board, calling the inspection reports misleading.");
        var claim = Assert.Single(list, c => c.Statement.Contains("misleading", StringComparison.Ordinal));
        Assert.Equal("the company", claim.Speaker!.Mention);
    }

    [Fact]
    public void A_name_after_a_dash_before_a_colon_is_the_speaker_of_the_quotation()
    {
        var claim = Only("TURNOUT SURPRISED EVERYONE - Ines Duarte and Paul Okri: \"The lines were longer than in any year we have measured.\"");
        Assert.Equal("Ines Duarte and Paul Okri", claim.Speaker!.Mention);
    }

    [Fact]
    public void A_name_after_more_from_is_the_speaker_of_the_quotation()
    {
        var claim = Only("What the count means for the county - More from Duarte: \"The partisanship of the county is only a starting point.\"");
        Assert.Equal("Duarte", claim.Speaker!.Name);
    }

    [Fact]
    public void A_leading_connective_does_not_hide_a_name_before_an_appositive()
    {
        const string sentence = "But Tomas Brink, the harbour board's deputy director, said that many fishermen were open to the plan.";
        Assert.Equal("Tomas Brink", Only(sentence).Speaker!.Name);
        Assert.Equal("that many fishermen were open to the plan", ContentOf(sentence));
    }

    [Fact]
    public void A_parenthetical_however_between_subject_and_cue_is_skipped()
    {
        var claim = Only("Supporters of the harbour bill, however, say it would keep enough safeguards in place.");
        Assert.Equal("Supporters of the harbour bill", claim.Speaker!.Mention);
    }

    [Fact]
    public void A_plural_speaker_noun_after_a_connective_speaks()
    {
        var claim = Only("Yet county economists, like their colleagues at the port, say the toll encourages saving.");
        Assert.Equal("county economists", claim.Speaker!.Mention);
    }

    [Fact]
    public void A_clause_before_a_comma_is_not_a_role_before_a_name()
    {
        const string sentence = "Okafor also lacks support from her colleagues in Harlow, whom she has alienated with her plan, said Lena Brink, a professor of politics.";
        Assert.Equal("Lena Brink", Only(sentence).Speaker!.Name);
        Assert.Equal("Okafor also lacks support from her colleagues in Harlow, whom she has alienated with her plan", ContentOf(sentence));
    }

    [Fact]
    public void A_quoted_book_title_after_the_frame_is_not_what_was_said()
    {
        Assert.Equal("The flood of 1959 ended plans to return home", ContentOf("The flood of 1959 ended plans to return home, Mr. Varga said in his 2012 book, \"A Harbour Son.\""));
    }

    [Fact]
    public void An_introductory_adverb_or_like_phrase_before_the_subject_is_not_the_speaker()
    {
        Assert.Equal("the judge", Only("Significantly, the judge said he could not require the fine.").Speaker!.Mention);
        Assert.Equal("the harbour board", Only("Like Okafor, the harbour board has argued that the toll is too high.").Speaker!.Mention);
    }

    [Fact]
    public void A_demonstrative_before_an_interrupting_frame_is_content_not_the_speaker()
    {
        Assert.Equal("the commission", Only("That, the commission said, \"would be helpful in avoiding delays.\"").Speaker!.Mention);
    }

    [Fact]
    public void A_raising_verb_before_a_closing_said_frame_gives_the_frame_its_speaker()
    {
        const string sentence = "The toll plan appears to be working, said Lena Brink, director of the Harlow Transit Project.";
        Assert.Equal("Lena Brink", Only(sentence).Speaker!.Name);
        Assert.Equal("The toll plan appears to be working", ContentOf(sentence));
    }

    [Fact]
    public void A_quantifier_alone_is_an_unnamed_group_of_speakers()
    {
        Assert.Equal("Some", Only("Some have suggested that the mayor is an imperfect messenger.").Speaker!.Mention);
    }

    [Fact]
    public void A_relative_clause_after_the_subject_of_a_that_clause_stays_in_the_content()
    {
        const string sentence = "Critics have suggested that Mr. Varga, whose own affair with a singer was splashed across every tabloid in the county for weeks on end last spring, is an imperfect messenger.";
        Assert.EndsWith("is an imperfect messenger", ContentOf(sentence), StringComparison.Ordinal);
    }

    [Fact]
    public void That_after_an_indefinite_object_opens_a_relative_clause_not_the_content()
    {
        const string sentence = "Okafor sees the council as captured by a stubborn philosophy that blocks progress.";
        Assert.Equal("the council as captured by a stubborn philosophy that blocks progress", ContentOf(sentence));
    }

    [Fact]
    public void A_subordinate_clause_right_after_that_stays_in_the_content()
    {
        Assert.Equal("that, while the toll may lower fares, drivers will not see the savings",
            ContentOf("Critics of the plan argue that, while the toll may lower fares, drivers will not see the savings."));
    }

    [Fact]
    public void A_list_of_objects_runs_to_its_last_item_and_its_complement()
    {
        Assert.Equal("Okafor, Varga, Brink and Ruiz as having inconsistent or undefined stances on the toll",
            ContentOf("The harbour groups have knocked Okafor, Varga, Brink and Ruiz as having inconsistent or undefined stances on the toll."));
    }

    [Fact]
    public void Such_as_examples_belong_to_the_object()
    {
        Assert.Equal("several smaller issues, such as which party can fix the ferry",
            ContentOf("Okafor criticized several smaller issues, such as which party can fix the ferry."));
    }

    [Fact]
    public void A_participial_opener_speaks_for_the_main_subject()
    {
        var list = Attributions("Headline\n\nHaving announced that he would not close the ferry, Judge Brink proceeded to read his ruling.");
        Assert.Contains(list, c => c.Speaker?.Name == "Brink");
        Assert.DoesNotContain(list, c => c.Speaker?.Mention == "Having");
    }

    [Fact]
    public void A_time_phrase_opener_is_not_the_speaker_of_a_participle_cue()
    {
        var list = Attributions("Headline\n\nHours later, Okafor returned the compliment to Varga, telling reporters, \"She is an amazing woman.\"");
        Assert.Equal("Okafor", Assert.Single(list).Speaker!.Name);
        list = Attributions("Headline\n\nThe day before, at a rally in Dunmore, Vt., Mr. Varga was just as blunt, claiming that the mayor wanted a new toll.");
        Assert.Equal("Varga", Assert.Single(list).Speaker!.Name);
    }

    [Fact]
    public void It_speaks_for_an_organisation_with_a_plain_speech_verb()
    {
        Assert.Equal("that it had never shared the names", ContentOf("Even so, it proudly declared that it had never shared the names."));
    }

    [Fact]
    public void The_cue_before_a_prepositional_phrase_and_a_colon_frames_the_quotation()
    {
        Assert.Equal("Lena Brink", Only("Lena Brink, the 2012 nominee, tweeted in response: \"Important distinction: the mayor fixes roads.\"").Speaker!.Name);
    }

    [Fact]
    public void A_frame_after_a_colon_quotation_names_its_speaker()
    {
        var text = "Headline\n\nMayor Ana Ruiz spoke last.\n\nHer final assessment: \"It is not quite optimistic,\" she said.";
        var claim = Assert.Single(Attributions(text));
        Assert.Equal("Ana Ruiz", claim.Speaker!.Name);
        Assert.Equal("\"It is not quite optimistic,\"", text[claim.Content![0].Start..claim.Content[0].End]);
    }

    [Fact]
    public void A_quoted_title_can_be_part_of_an_according_to_source()
    {
        var claim = Only("According to Lena Brink's \"The Harbour Men: A History\" and other sources, his was an all-purpose job.");
        Assert.Equal("his was an all-purpose job", ContentOf("According to Lena Brink's \"The Harbour Men: A History\" and other sources, his was an all-purpose job."));
        Assert.Equal("Lena Brink", claim.Speaker!.Name);
    }

    [Fact]
    public void A_new_clause_with_its_own_pronoun_frame_ends_the_content()
    {
        var list = Attributions("Headline\n\nOkafor seems to recognize her problem — she told the Gazette that her task is to prove she is tough.");
        var told = Assert.Single(list, c => c.Cue!.Text == "told");
        Assert.Equal("she", told.Speaker!.Mention);
        Assert.DoesNotContain(list, c => c.Statement.Contains("recognize", StringComparison.Ordinal) && c.Statement.Contains("Gazette", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_verb_before_a_dash_name_and_colon_does_not_take_the_quotation()
    {
        const string sentence = "Pollsters agree - Lena Brink: \"One of the biggest lessons was a simple one: keep contacting voters.\"";
        Assert.Equal("Lena Brink", Only(sentence).Speaker!.Name);
        Assert.StartsWith("\"One of the biggest lessons", ContentOf(sentence), StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_name_with_its_organisation_in_an_appositive_speaks()
    {
        var list = Attributions("Headline\n\nOne pastor backing Mr. Varga, Ana Ruiz of Liberty Baptist Church in Marion, said she had made more than 150 phone calls.");
        Assert.Equal("Ana Ruiz", Assert.Single(list, c => c.Cue!.Text == "said").Speaker!.Name);
    }

    [Fact]
    public void A_place_closing_an_introductory_phrase_is_not_an_appositive_name()
    {
        var claim = Only("During a campaign stop in Brennick, Valdera, the harbor party candidate repeated his promise to repeal the toll.");
        Assert.Equal("the harbor party candidate", claim.Speaker!.Mention);
    }

    [Fact]
    public void A_prepositional_aside_between_subject_and_cue_is_skipped()
    {
        const string sentence = "The harbour council, in a statement, said the ferry was safe.";
        Assert.Equal("The harbour council", Only(sentence).Speaker!.Mention);
        Assert.Equal("the ferry was safe", ContentOf(sentence));
    }

    [Fact]
    public void A_comma_between_modifiers_does_not_end_the_object()
    {
        Assert.Equal("full-blown, unilateral rollback", ContentOf("Few are calling for full-blown, unilateral rollback, either."));
    }

    [Fact]
    public void The_earlier_bill_keeps_its_noun()
    {
        Assert.Equal("the earlier harbour bill in July", ContentOf("Okafor voted against the earlier harbour bill in July."));
    }
}
