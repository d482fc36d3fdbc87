using System.Security.Cryptography;
using FactCheck.Core.Language;

namespace FactCheck.Core.Tests.Language;

public class TrainingTests
{
    // A tiny invented treebank: enough for the trainer to run every stage, small enough to train in a moment.
    private static readonly string Treebank = string.Concat(Enumerable.Range(0, 12).Select(i => $"""
        # sent_id = t{i}
        1	The	the	DET	DT	_	2	det	_	_
        2	{(i % 2 == 0 ? "mayor" : "council")}	{(i % 2 == 0 ? "mayor" : "council")}	NOUN	NN	_	3	nsubj	_	_
        3	said	say	VERB	VBD	_	0	root	_	_
        4	taxes	tax	NOUN	NNS	_	6	nsubj:pass	_	_
        5	were	be	AUX	VBD	_	6	aux:pass	_	_
        6	{(i % 3 == 0 ? "cut" : "raised")}	{(i % 3 == 0 ? "cut" : "raise")}	VERB	VBN	_	3	ccomp	_	_
        7	by	by	ADP	IN	_	8	case	_	_
        8	{(i % 2 == 0 ? "Ruiz" : "Lee")}	{(i % 2 == 0 ? "Ruiz" : "Lee")}	PROPN	NNP	_	6	obl:agent	_	_
        9	.	.	PUNCT	.	_	3	punct	_	_


        """));

    private static TrainingSettings Quick => new() { TaggerEpochs = 3, ParserEpochs = 3, Folds = 3, Threads = 2 };

    private static byte[] Train()
    {
        var gold = ConlluReader.Read(new StringReader(Treebank), requireTrees: true).ToList();
        var model = LanguageTrainer.Train(gold, Quick);
        using var bytes = new MemoryStream();
        ModelFile.Save(model, bytes);
        return bytes.ToArray();
    }

    [Fact]
    public void Training_twice_on_the_same_treebank_gives_the_same_bytes()
    {
        var first = Train();
        var second = Train();
        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    [Fact]
    public void A_trained_model_saves_loads_and_parses_what_it_learned()
    {
        var model = ModelFile.Load(new MemoryStream(Train()));
        var s = model.Parse(["The", "mayor", "said", "taxes", "were", "cut", "by", "Ruiz", "."]);
        Assert.Equal("said", s[s.Root].Form);
        Assert.Equal("VBN", s[5].Xpos);
        Assert.Equal("nsubj:pass", s[3].Relation);
        Assert.Equal("tax", s[3].Lemma);
    }

    [Fact]
    public void Beam_training_and_beam_parsing_give_one_tree_per_sentence()
    {
        var gold = ConlluReader.Read(new StringReader(Treebank), requireTrees: true).ToList();
        var model = LanguageTrainer.Train(gold, Quick with { BeamWidth = 3 });
        var s = model.Parse(["The", "council", "said", "taxes", "were", "raised", "by", "Lee", "."], beamWidth: 3);
        Assert.Single(s.Tokens, t => t.IsRoot);
        Assert.Equal("said", s[s.Root].Form);
        Assert.Equal("raised", s[3].HeadToken.Form);
    }

    [Fact]
    public void A_damaged_model_file_is_refused_with_a_reason()
    {
        var bytes = Train();
        Assert.Equal("not a FactCheck language model file",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(new MemoryStream(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }))).Message);
        Assert.StartsWith("model file is",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(new MemoryStream(bytes[..(bytes.Length / 2)]))).Message);
    }
}
