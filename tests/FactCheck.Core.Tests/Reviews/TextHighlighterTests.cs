using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Reviews;

public class TextHighlighterTests
{
    private static Claim C(long id, int start, int end) => new() { Id = id, Statement = "s", Span = new TextSpan(start, end) };

    [Fact]
    public void Overlapping_claims_cut_the_block_into_segments_covered_by_the_smallest_claim_first()
    {
        var segments = TextHighlighter.Segments(new TextSpan(0, 30), [C(1, 5, 25), C(2, 10, 15)]);

        Assert.Equal(
            [(0, 5, ""), (5, 10, "1"), (10, 15, "2,1"), (15, 25, "1"), (25, 30, "")],
            segments.Select(s => (s.Span.Start, s.Span.End, string.Join(",", s.ClaimIds))).ToList());
    }

    [Fact]
    public void Emphasised_stretches_are_cut_out_and_marked()
    {
        var segments = TextHighlighter.Segments(new TextSpan(0, 20), [C(1, 0, 20)], [new TextSpan(5, 9)]);
        Assert.Equal([(0, 5, false), (5, 9, true), (9, 20, false)], segments.Select(s => (s.Span.Start, s.Span.End, s.Emphasised)).ToList());
    }

    [Fact]
    public void A_claim_running_past_the_block_is_clipped_to_it()
    {
        var segments = TextHighlighter.Segments(new TextSpan(10, 20), [C(1, 0, 15), C(2, 50, 60)]);
        Assert.Equal([(10, 15, "1"), (15, 20, "")], segments.Select(s => (s.Span.Start, s.Span.End, string.Join(",", s.ClaimIds))).ToList());
    }

    [Fact]
    public void Article_without_a_stored_layout_falls_back_to_blank_line_paragraphs()
    {
        var article = new Article { Title = "t", Text = "One.\n\n\n\nTwo\nlines." };
        var blocks = TextHighlighter.BlocksOf(article);
        Assert.Equal(["One.", "Two\nlines."], blocks.Select(b => b.Span.Slice(article.Text).Trim()).ToList());
    }
}
