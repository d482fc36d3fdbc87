using System.Security.Cryptography;
using FactCheck.Core.Language;

namespace FactCheck.Core.Tests.Language;

public class RelabellerTests
{
    // An invented treebank where the subject's relation depends on a sibling: "taxes" is nsubj:pass beside the
    // passive auxiliary "were", nsubj beside an active verb; "by" makes obl:agent, "on" plain obl.
    private static readonly string Treebank = string.Concat(Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? $"""
        # sent_id = p{i}
        1	The	the	DET	DT	_	2	det	_	_
        2	{(i % 4 == 0 ? "mayor" : "council")}	{(i % 4 == 0 ? "mayor" : "council")}	NOUN	NN	_	3	nsubj	_	_
        3	said	say	VERB	VBD	_	0	root	_	_
        4	taxes	tax	NOUN	NNS	_	6	nsubj:pass	_	_
        5	were	be	AUX	VBD	_	6	aux:pass	_	_
        6	cut	cut	VERB	VBN	_	3	ccomp	_	_
        7	by	by	ADP	IN	_	8	case	_	_
        8	{(i % 3 == 0 ? "Ruiz" : "Lee")}	{(i % 3 == 0 ? "Ruiz" : "Lee")}	PROPN	NNP	_	6	obl:agent	_	_
        9	.	.	PUNCT	.	_	3	punct	_	_


        """ : $"""
        # sent_id = a{i}
        1	The	the	DET	DT	_	2	det	_	_
        2	{(i % 4 == 1 ? "mayor" : "council")}	{(i % 4 == 1 ? "mayor" : "council")}	NOUN	NN	_	3	nsubj	_	_
        3	said	say	VERB	VBD	_	0	root	_	_
        4	taxes	tax	NOUN	NNS	_	5	nsubj	_	_
        5	rose	rise	VERB	VBD	_	3	ccomp	_	_
        6	on	on	ADP	IN	_	7	case	_	_
        7	{(i % 3 == 0 ? "Monday" : "Friday")}	{(i % 3 == 0 ? "Monday" : "Friday")}	PROPN	NNP	_	5	obl	_	_
        8	.	.	PUNCT	.	_	3	punct	_	_


        """));

    private static List<ConlluSentence> Gold() => ConlluReader.Read(new StringReader(Treebank), requireTrees: true).ToList();

    private static TrainingSettings Quick => new() { TaggerEpochs = 3, ParserEpochs = 3, Folds = 3, Threads = 2, ParserModels = 2 };

    private static byte[] Save(LanguageModel model)
    {
        using var bytes = new MemoryStream();
        ModelFile.Save(model, bytes);
        return bytes.ToArray();
    }

    private static string Sha(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    [Fact]
    public void Tree_links_list_children_in_word_order_with_subtree_extents()
    {
        // 1 <- 2 -> 4, 3 <- 4, 2 is the root's child; heads indexed by position, 0 unused.
        int[] heads = [-1, 2, 0, 4, 2, 4];
        var links = new TreeLinks();
        links.Build(heads, 5);
        List<int> Children(int h)
        {
            var list = new List<int>();
            for (var c = links.First[h]; c >= 0; c = links.Next[c]) list.Add(c);
            return list;
        }
        Assert.Equal([2], Children(0));
        Assert.Equal([1, 4], Children(2));
        Assert.Equal([3, 5], Children(4));
        Assert.Empty(Children(3));
        Assert.Equal(2, links.ChildCount[4]);
        Assert.Equal((1, 5), (links.Min[2], links.Max[2]));
        Assert.Equal((3, 5), (links.Min[4], links.Max[4]));
        Assert.Equal((1, 1), (links.Min[1], links.Max[1]));
    }

    [Fact]
    public void A_model_with_a_relabeller_names_relations_from_the_whole_tree_and_keeps_the_parsers_heads()
    {
        var gold = Gold();
        var plain = LanguageTrainer.Train(gold, Quick);
        var relabelled = LanguageTrainer.Train(gold, Quick with { RelabelEpochs = 5 });
        Assert.Null(plain.Relabeller);
        Assert.NotNull(relabelled.Relabeller);
        var loaded = ModelFile.Load(new MemoryStream(Save(relabelled)));
        Assert.NotNull(loaded.Relabeller);

        string[][] sentences =
        [
            ["The", "mayor", "said", "taxes", "were", "cut", "by", "Lee", "."],
            ["The", "council", "said", "taxes", "rose", "on", "Friday", "."],
        ];
        foreach (var words in sentences)
        {
            var a = plain.Parse(words);
            var b = loaded.Parse(words);
            Assert.Equal(a.Tokens.Select(t => t.Head), b.Tokens.Select(t => t.Head));
            Assert.Single(b.Tokens, t => t.Relation == "root");
            Assert.Equal("said", b[b.Root].Form);
        }
        var passive = loaded.Parse(sentences[0]);
        Assert.Equal("nsubj:pass", passive[3].Relation);
        Assert.Equal("aux:pass", passive[4].Relation);
        Assert.Equal("obl:agent", passive[7].Relation);
        var active = loaded.Parse(sentences[1]);
        Assert.Equal("nsubj", active[3].Relation);
        Assert.Equal("obl", active[6].Relation);
    }

    [Fact]
    public void Training_with_a_relabeller_twice_gives_the_same_bytes_and_a_version_6_file()
    {
        var first = Save(LanguageTrainer.Train(Gold(), Quick with { RelabelEpochs = 3 }));
        var second = Save(LanguageTrainer.Train(Gold(), Quick with { RelabelEpochs = 3 }));
        Assert.Equal(Sha(first), Sha(second));
        Assert.Equal(6, BitConverter.ToInt32(first, 4));
        // Without a relabeller the file keeps the earlier format, so the shipped model's bytes do not change.
        Assert.Equal(5, BitConverter.ToInt32(Save(LanguageTrainer.Train(Gold(), Quick)), 4));
    }

    [Fact]
    public void Training_only_the_relabeller_on_a_base_model_gives_what_a_full_training_gives()
    {
        var gold = Gold();
        var baseModel = ModelFile.Load(new MemoryStream(Save(LanguageTrainer.Train(gold, Quick))));
        var onTop = LanguageTrainer.TrainRelabellerOnly(gold, baseModel, Quick with { RelabelEpochs = 3 });
        var full = LanguageTrainer.Train(gold, Quick with { RelabelEpochs = 3 });
        Assert.Equal(Sha(Save(full)), Sha(Save(onTop)));
    }

    [Fact]
    public void Training_a_relabeller_on_another_corpus_than_the_base_models_is_refused()
    {
        var baseModel = LanguageTrainer.Train(Gold(), Quick);
        var other = ConlluReader.Read(new StringReader("""
            1	Stop	stop	VERB	VB	_	0	root	_	_
            2	now	now	ADV	RB	_	1	advmod	_	_


            """), requireTrees: true).ToList();
        var e = Assert.Throws<ArgumentException>(() => LanguageTrainer.TrainRelabellerOnly(other, baseModel, Quick with { RelabelEpochs = 3 }));
        Assert.Contains("another corpus", e.Message);
    }
}
