using FactCheck.Core.Reviews;

namespace FactCheck.Core.Data;

/// <summary>A row of the sources table as Dapper reads it.</summary>
internal class SourceRow
{
    public long Id { get; set; }
    public string Url { get; set; } = "";
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Author { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? AccessedOn { get; set; }
    public string Kind { get; set; } = "";
    public string? Notes { get; set; }

    public Source ToSource() => new()
    {
        Id = Id, Url = Url, Title = Title, Publisher = Publisher, Author = Author,
        PublishedOn = PublishedOn, AccessedOn = AccessedOn, Kind = Enum.Parse<SourceKind>(Kind), Notes = Notes,
    };
}
