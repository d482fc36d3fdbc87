namespace FactCheck.Core.Text;

/// <summary>What a stretch of the article is: only <see cref="BlockKind.Paragraph"/> blocks hold body sentences.</summary>
public enum BlockKind { Headline, Byline, Dateline, Caption, Paragraph }

/// <summary>A block of the article's layout, anchored in the original text.</summary>
public sealed record DocumentBlock(BlockKind Kind, TextSpan Span);
