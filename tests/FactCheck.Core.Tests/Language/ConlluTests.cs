using FactCheck.Core.Language;

namespace FactCheck.Core.Tests.Language;

public class ConlluTests
{
    internal const string Sample = """
        # newdoc id = invented-1
        # sent_id = invented-1-1
        # text = Ruiz's aide didn't call.
        1-2	Ruiz's	_	_	_	_	_	_	_	_
        1	Ruiz	Ruiz	PROPN	NNP	Number=Sing	3	nmod:poss	3:nmod:poss	_
        2	's	's	PART	POS	_	1	case	1:case	_
        3	aide	aide	NOUN	NN	Number=Sing	6	nsubj	6:nsubj	_
        4-5	didn't	_	_	_	_	_	_	_	_
        4	did	do	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	6	aux	6:aux	_
        5	n't	not	PART	RB	_	6	advmod	6:advmod	_
        6	call	call	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
        7	.	.	PUNCT	.	_	6	punct	6:punct	_

        # sent_id = invented-1-2
        # text = The council met and voted.
        1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	2:det	_
        2	council	council	NOUN	NN	Number=Sing	3	nsubj	3:nsubj|5:nsubj	_
        3	met	meet	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	0:root	_
        3.1	voted	vote	VERB	VBD	_	_	_	2:nsubj	CopyOf=5
        4	and	and	CCONJ	CC	_	5	cc	5:cc	_
        5	voted	vote	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	3	conj	3:conj:and	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	3:punct	_


        """;

    [Fact]
    public void Reads_words_and_writes_every_line_back_unchanged()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample), requireTrees: true).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(7, sentences[0].Words.Count);
        Assert.Equal("Ruiz's aide didn't call.", sentences[0].Text);
        Assert.Equal("nmod", sentences[0].Words[0].UniversalRelation);
        var output = new StringWriter();
        foreach (var s in sentences) ConlluWriter.Write(output, s);
        Assert.Equal(Sample.ReplaceLineEndings("\n"), output.ToString());
    }

    [Theory]
    [InlineData("1\tA\ta\tX\tX\t_\t0\troot\t_\n", "line 1: expected 10 tab-separated columns, found 9")]
    [InlineData("2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", "line 1: bad word ID '2' (expected 1)")]
    [InlineData("# c\n1\tA\ta\tX\tX\t_\tzero\troot\t_\t_\n", "line 2: bad HEAD 'zero'")]
    [InlineData("1\tA\ta\tX\tX\t_\t7\troot\t_\t_\n", "line 1: HEAD 7 is beyond the sentence's 1 words")]
    [InlineData("1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", "line 1: bad ID '1-x'")]
    public void Malformed_lines_are_refused_with_the_line_and_the_reason(string text, string message)
    {
        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(text)).ToList());
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void An_absurdly_long_line_is_refused_without_reading_it_all()
    {
        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(new string('x', 5_000_000))).ToList());
        Assert.Equal($"line 1: line is longer than {ConlluReader.MaxLineLength} characters", e.Message);
    }

    [Fact]
    public void Gold_files_need_heads_and_relations()
    {
        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader("1\tA\ta\tX\tX\t_\t_\t_\t_\t_\n"), requireTrees: true).ToList());
        Assert.Equal("line 1: HEAD is _ but a tree is needed", e.Message);
    }
}
