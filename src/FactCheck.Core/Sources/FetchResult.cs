using System.Diagnostics.CodeAnalysis;

namespace FactCheck.Core.Sources;

/// <summary>The outcome of <see cref="SourceFetcher.FetchAsync"/>: a snapshot ready to store, or a failure to show the reviewer.</summary>
public sealed record FetchResult
{
    private FetchResult() { }

    [MemberNotNullWhen(true, nameof(Snapshot))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Ok => Failure is null;

    public SnapshotDraft? Snapshot { get; private init; }

    public FetchFailure? Failure { get; private init; }

    public static FetchResult Success(SnapshotDraft snapshot) => new() { Snapshot = snapshot };

    public static FetchResult Failed(FetchFailure failure) => new() { Failure = failure };
}

/// <summary>A document downloaded unread by <see cref="SourceFetcher.FetchDocumentAsync"/>: its bytes, declared media type and final address.</summary>
public sealed record FetchedDocument(byte[] Bytes, string? MediaType, string FinalUrl);
