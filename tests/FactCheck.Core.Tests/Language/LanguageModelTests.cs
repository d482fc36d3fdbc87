using FactCheck.Core.Language;

namespace FactCheck.Core.Tests.Language;

/// <summary>The shipped model on invented news sentences: the parses the attribution finder will rely on.</summary>
public class LanguageModelTests
{
    private static readonly LanguageModel Model = LanguageModel.Shared;

    private static ParsedToken Word(ParsedSentence s, string form) => s.Tokens.First(t => t.Form == form);

    [Fact]
    public void Reported_speech_has_the_speaker_as_subject_and_the_content_as_a_complement_clause()
    {
        const string text = "Mayor Ana Ruiz said the council had approved $35 million.";
        var s = Model.Parse(text);
        var said = s[s.Root];
        Assert.Equal("said", said.Form);
        Assert.Equal("VBD", said.Xpos);
        Assert.Equal("say", said.Lemma);
        var speaker = said.Child("nsubj")!.Value;
        Assert.Equal("Mayor Ana Ruiz", text[speaker.SubtreeSpan.Start..speaker.SubtreeSpan.End]);
        Assert.True(Word(s, "Ruiz").IsUnder(speaker.Index));
        var approved = Word(s, "approved");
        Assert.Equal("ccomp", approved.Relation);
        Assert.Equal("VBN", approved.Xpos);
        Assert.Equal("council", approved.Child("nsubj")?.Form);
        Assert.Equal("approve", approved.Lemma);
        Assert.Equal("$35 million", text[approved.Child("obj")!.Value.SubtreeSpan.Start..approved.Child("obj")!.Value.SubtreeSpan.End]);
    }

    [Fact]
    public void A_passive_agent_is_an_oblique_marked_by_by()
    {
        var s = Model.Parse("The budget was approved by the council on Monday.");
        var council = Word(s, "council");
        Assert.Contains(council.Relation, new[] { "obl:agent", "obl" });
        Assert.Equal("approved", council.HeadToken.Form);
        Assert.Equal("VBN", council.HeadToken.Xpos);
        Assert.Equal("case", Word(s, "by").Relation);
        Assert.Equal(council.Index, Word(s, "by").Head);
        Assert.Equal("nsubj:pass", Word(s, "budget").Relation);
        Assert.Equal("aux:pass", Word(s, "was").Relation);
    }

    [Fact]
    public void A_quotation_with_curly_quotes_keeps_offsets_into_the_caller_s_text()
    {
        const string text = "Lead paragraph. “We won’t back down,” she told reporters on Thursday.";
        var start = text.IndexOf('“');
        var s = Model.Parse(text, start, text.Length);
        Assert.Equal(["“", "We", "wo", "n’t", "back", "down", ",", "”", "she", "told", "reporters", "on", "Thursday", "."], s.Tokens.Select(t => t.Form));
        foreach (var t in s.Tokens) Assert.Equal(t.Form, text[t.Start..t.End]);
        // The speaker clause and the quotation are linked one way or the other (EWT has both); the clauses are right.
        var told = Word(s, "told");
        var back = Word(s, "back");
        Assert.True(told.Head == back.Index || back.Head == told.Index);
        Assert.Equal("she", told.Child("nsubj")?.Form);
        Assert.Equal("We", back.Child("nsubj")?.Form);
        Assert.Equal("not", Word(s, "n’t").Lemma);
        Assert.Equal("will", Word(s, "wo").Lemma);
        Assert.Equal("back", Word(s, "n’t").HeadToken.Form);
    }

    [Fact]
    public void Every_parse_is_one_tree()
    {
        foreach (var text in new[] { "Floods swamp southern city as river hits record", "“No comment.”", "Yes", "1,204 homes, 3 schools and a clinic." })
        {
            var s = Model.Parse(text);
            Assert.Single(s.Tokens, t => t.IsRoot);
            Assert.All(s.Tokens, t => Assert.True(t.IsUnder(s.Root)));
        }
    }

    [Fact]
    public void Navigation_gives_children_and_subtrees()
    {
        const string text = "The council approved the budget, which was cut by 5%.";
        var s = Model.Parse(text);
        var budget = Word(s, "budget");
        Assert.Equal("approved", budget.HeadToken.Form);
        Assert.Equal("obj", budget.Relation);
        Assert.Equal("the budget, which was cut by 5%", text[budget.SubtreeSpan.Start..budget.SubtreeSpan.End]);
        Assert.Contains(budget.Children, c => c.Form == "cut" && c.Relation == "acl:relcl");
        Assert.Equal("nsubj:pass", Word(s, "which").Relation);
    }

    [Fact]
    public void Pre_split_words_are_parsed_as_given()
    {
        var s = Model.Parse(["She", "did", "n't", "say", "."]);
        Assert.Equal(5, s.Count);
        Assert.Equal("She did n't say .", s.Text);
        Assert.Equal("say", s[s.Root].Form);
        Assert.Equal((4, 7), (s[1].Start, s[1].End));
    }

    [Fact]
    public void An_empty_sentence_parses_to_no_words() => Assert.Equal(0, Model.Parse("   ").Count);
}
