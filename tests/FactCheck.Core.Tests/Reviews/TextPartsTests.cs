using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Reviews;

public class TextPartsTests
{
    private static List<DocumentBlock> Paragraphs(string text)
    {
        var blocks = new List<DocumentBlock>();
        var start = 0;
        foreach (var p in text.Split("\n\n"))
        {
            blocks.Add(new DocumentBlock(BlockKind.Paragraph, new TextSpan(start, start + p.Length)));
            start += p.Length + 2;
        }
        return blocks;
    }

    [Fact]
    public void A_short_article_is_one_part()
    {
        var text = "Headline\n\nA first paragraph.\n\nA second one.";
        var part = Assert.Single(TextParts.Cut(text, Paragraphs(text)));
        Assert.Equal(3, part.Blocks.Count);
        Assert.Equal(new TextSpan(0, text.Length), part.Span);
    }

    [Fact]
    public void A_long_article_is_cut_at_paragraphs_into_parts_no_longer_than_the_limit_covering_every_block()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i} has some words in it to read."));
        var blocks = Paragraphs(text);

        var parts = TextParts.Cut(text, blocks, 1_000);

        Assert.True(parts.Count > 10);
        Assert.All(parts, p => Assert.True(p.Blocks.Sum(b => b.Span.Length) <= 1_000));
        Assert.Equal(blocks, parts.SelectMany(p => p.Blocks));
        Assert.Equal(Enumerable.Range(0, parts.Count), parts.Select(p => p.Index));
    }

    [Fact]
    public void A_single_huge_block_is_cut_at_spaces()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 2_000)).TrimEnd();
        var parts = TextParts.Cut(text, [new DocumentBlock(BlockKind.Paragraph, new TextSpan(0, text.Length))], 1_000);

        Assert.True(parts.Count >= 10);
        Assert.All(parts, p => Assert.True(p.Span.Length <= 1_000));
        Assert.All(parts.Skip(1), p => Assert.Equal(' ', text[p.Span.Start - 1]));
        Assert.Equal(text.Length, parts[^1].Span.End);
    }

    [Fact]
    public void The_part_holding_an_offset_is_found()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 100).Select(i => $"Paragraph {i} has some words in it to read."));
        var parts = TextParts.Cut(text, Paragraphs(text), 500);
        foreach (var part in parts)
        {
            Assert.Equal(part.Index, TextParts.IndexAt(parts, part.Span.Start));
            Assert.Equal(part.Index, TextParts.IndexAt(parts, part.Span.End - 1));
        }
        Assert.Equal(0, TextParts.IndexAt(parts, 0));
    }
}
