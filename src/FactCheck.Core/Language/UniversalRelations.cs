using System.Collections.Concurrent;

namespace FactCheck.Core.Language;

/// <summary>
/// A relation without its subtype ("nsubj" for "nsubj:pass"), made once per relation name: the attribution finder
/// asks for it for nearly every word it looks at, and cutting the string each time made a new one each time.
/// </summary>
internal static class UniversalRelations
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Of(string relation) =>
        relation.IndexOf(':') is > 0 ? Cache.GetOrAdd(relation, static r => r[..r.IndexOf(':')]) : relation;
}
