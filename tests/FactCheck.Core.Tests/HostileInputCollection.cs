namespace FactCheck.Core.Tests;

/// <summary>
/// The hostile-input tests build and unpack bombs of tens of megabytes; they run on their own, after the parallel
/// tests, so they do not take the CPU from the tests that time themselves (the extractor's bounded-time tests).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileInputCollection
{
    public const string Name = "Hostile inputs";
}
