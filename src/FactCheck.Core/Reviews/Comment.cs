namespace FactCheck.Core.Reviews;

/// <summary>What a comment records: a remark, an editor's send-back reason, or an approval note.</summary>
public enum CommentKind { Comment, SentBack, Approved }

/// <summary>A comment on a claim, with the users it mentions by @name.</summary>
public sealed record Comment(long Id, long ClaimId, long ArticleId, string Author, string Body, CommentKind Kind,
    DateTimeOffset CreatedAt, IReadOnlyList<string> Mentions);

/// <summary>A comment that mentions someone, as their queue shows it.</summary>
public sealed record Mention(Comment Comment, string ArticleTitle, string ClaimStatement, bool Seen);
