namespace FactCheck.Core.Tests;

/// <summary>
/// The hostile-input tests build and unpack bombs of tens of megabytes, and the extractor's bounded-time tests time
/// themselves on megabyte inputs: they run one at a time, after the parallel tests, so that neither takes the CPU from
/// the other nor from the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileInputCollection
{
    public const string Name = "Hostile inputs";
}
