using FactCheck.Core.Language;

namespace FactCheck.Core.Tests.Language;

/// <summary>The tag and tree repairs around the parser, on tags and trees written out by hand (no model involved).</summary>
public class RepairTests
{
    private static readonly TagSet Tags = new([
        ("PRON", "PRP"), ("PRON", "PRP$"), ("VERB", "VBD"), ("VERB", "VB"), ("VERB", "VBP"), ("VERB", "VBZ"), ("VERB", "VBN"),
        ("NOUN", "NN"), ("NOUN", "NNS"), ("ADJ", "JJ"), ("CCONJ", "CC"), ("DET", "DT"), ("AUX", "VBD"), ("PUNCT", "."), ("PROPN", "NNP"),
        ("SCONJ", "IN"), ("ADP", "IN"), ("PART", "TO"),
    ]);

    private static readonly string[] Relations =
        ["root", "nsubj", "nsubj:pass", "obj", "ccomp", "conj", "cc", "det", "aux", "aux:pass", "cop", "punct", "xcomp", "mark", "nmod:poss", "obl", "case", "advcl", "acl"];

    private static int[] TagsOf(params (string Upos, string Xpos)[] tags) => tags.Select(t => Tags.Find(t.Upos, t.Xpos)).ToArray();

    private static string[] Xpos(int[] tags) => tags.Select(t => Tags.Xpos[t]).ToArray();

    [Theory]
    [InlineData("He repeated his claim", "VB", "NN")]
    [InlineData("She repeated her claim", "VB", "NN")]
    [InlineData("They kept their pledges", "VBZ", "NNS")]
    [InlineData("They let her go", "VB", "VB")]
    [InlineData("We heard her claim", "VB", "VB")]
    public void A_verb_tag_after_a_possessive_is_a_noun_unless_a_causative_verb_governs_her(string sentence, string before, string after)
    {
        var forms = sentence.Split(' ');
        var tags = TagsOf(("PRON", "PRP"), ("VERB", "VBD"), ("PRON", "PRP$"), (before.StartsWith("VB") ? "VERB" : "NOUN", before));
        TagRepairs.Apply(forms, tags, Tags);
        Assert.Equal(after, Xpos(tags)[3]);
    }

    [Theory]
    [InlineData("and urged supporters", "urged", "DT", "VBD")]
    [InlineData("and warned residents", "warned", "NNS", "VBD")]
    [InlineData("and retired teachers", "retired", "NNS", "JJ")]
    [InlineData("and urged .", "urged", ".", "JJ")]
    public void An_addressing_verb_tagged_an_adjective_before_its_object_is_a_past_tense(string phrase, string word, string next, string expected)
    {
        var forms = phrase.Split(' ');
        var nextTag = next switch { "DT" => ("DET", "DT"), "NNS" => ("NOUN", "NNS"), _ => ("PUNCT", ".") };
        var tags = TagsOf(("CCONJ", "CC"), ("ADJ", "JJ"), nextTag);
        Assert.Equal(word, forms[1]);
        TagRepairs.Apply(forms, tags, Tags);
        Assert.Equal(expected, Xpos(tags)[1]);
    }

    private static int[] Labels(params string[] names) => names.Select(n => Array.IndexOf(Relations, n)).ToArray();

    private static string[] Names(int[] labels) => labels.Select(l => Relations[l]).ToArray();

    [Fact]
    public void A_complement_that_opens_with_its_own_coordinator_is_a_conjunct()
    {
        // Ambulances were damaged and a clinic was set
        //     0       1      2     3  4   5     6   7
        var tags = TagsOf(("NOUN", "NNS"), ("AUX", "VBD"), ("VERB", "VBN"), ("CCONJ", "CC"), ("DET", "DT"), ("NOUN", "NN"), ("AUX", "VBD"), ("VERB", "VBN"));
        int[] heads = [2, 2, -1, 5, 5, 7, 7, 2];
        var labels = Labels("nsubj:pass", "aux:pass", "root", "cc", "det", "nsubj:pass", "aux:pass", "ccomp");
        TreeRepairs.Apply(tags, heads, labels, Tags, Relations);
        Assert.Equal("conj", Names(labels)[7]);
        Assert.Equal([2, 2, -1, 5, 5, 7, 7, 2], heads);
    }

    [Fact]
    public void A_complement_with_its_coordinator_between_subject_and_verb_is_a_conjunct_and_a_real_complement_stays()
    {
        // trust those they know or are acquainted
        //   0     1    2    3   4   5     6
        var tags = TagsOf(("VERB", "VB"), ("DET", "DT"), ("PRON", "PRP"), ("VERB", "VBP"), ("CCONJ", "CC"), ("AUX", "VBD"), ("VERB", "VBN"));
        int[] heads = [-1, 6, 3, 1, 6, 6, 0];
        var labels = Labels("root", "nsubj", "nsubj", "acl", "cc", "aux:pass", "ccomp");
        TreeRepairs.Apply(tags, heads, labels, Tags, Relations);
        Assert.Equal("conj", Names(labels)[6]);

        // said the count or the tally was wrong: the coordinator belongs to the subject, the clause is a complement.
        //  0    1    2   3   4   5    6    7
        tags = TagsOf(("VERB", "VBD"), ("DET", "DT"), ("NOUN", "NN"), ("CCONJ", "CC"), ("DET", "DT"), ("NOUN", "NN"), ("AUX", "VBD"), ("ADJ", "JJ"));
        heads = [-1, 2, 7, 5, 5, 2, 7, 0];
        labels = Labels("root", "det", "nsubj", "cc", "det", "conj", "cop", "ccomp");
        TreeRepairs.Apply(tags, heads, labels, Tags, Relations);
        Assert.Equal("ccomp", Names(labels)[7]);
    }

    [Fact]
    public void A_subject_pronoun_taken_for_the_object_becomes_the_subject_of_the_clause_that_follows()
    {
        // questioned the count , suggested it was rigged
        //     0       1    2   3     4      5   6    7
        var tags = TagsOf(("VERB", "VBD"), ("DET", "DT"), ("NOUN", "NN"), ("PUNCT", "."), ("VERB", "VBD"), ("PRON", "PRP"), ("AUX", "VBD"), ("ADJ", "JJ"));
        int[] heads = [-1, 2, 0, 4, 0, 4, 7, 0];
        var labels = Labels("root", "det", "obj", "punct", "conj", "obj", "cop", "ccomp");
        TreeRepairs.Apply(tags, heads, labels, Tags, Relations);
        Assert.Equal([-1, 2, 0, 4, 0, 7, 7, 4], heads);
        Assert.Equal("nsubj", Names(labels)[5]);
        Assert.Equal("ccomp", Names(labels)[7]);
    }

    [Fact]
    public void An_object_pronoun_before_a_clause_with_its_own_subject_stays_an_object()
    {
        // told him they were late
        //   0   1    2    3    4
        var tags = TagsOf(("VERB", "VBD"), ("PRON", "PRP"), ("PRON", "PRP"), ("AUX", "VBD"), ("ADJ", "JJ"));
        int[] heads = [-1, 0, 4, 4, 0];
        var labels = Labels("root", "obj", "nsubj", "cop", "ccomp");
        TreeRepairs.Apply(tags, heads, labels, Tags, Relations);
        Assert.Equal([-1, 0, 4, 4, 0], heads);
        Assert.Equal("obj", Names(labels)[1]);
    }
}
