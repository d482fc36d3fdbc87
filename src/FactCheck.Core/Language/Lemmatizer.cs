using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Lemmas from a dictionary learned on the treebank (form and tag → lemma; exact form first, then lower case),
/// and for unseen words the most frequent suffix rule for the tag and the longest matching ending
/// ("-ies" → "-y" for NNS). Proper nouns keep their case; other lemmas are lower case.
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 5;

    private readonly Dictionary<ulong, string> exact = [];
    private readonly Dictionary<ulong, string> lower = [];
    private readonly Dictionary<ulong, LemmaRule> rules = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Lemmatizer(TagSet tags, IReadOnlyList<LemmaEntry> exactEntries, IReadOnlyList<LemmaEntry> lowerEntries, IReadOnlyList<LemmaRule> ruleList)
    {
        Tags = tags;
        ExactEntries = exactEntries;
        LowerEntries = lowerEntries;
        Rules = ruleList;
        exact.EnsureCapacity(exactEntries.Count);
        lower.EnsureCapacity(lowerEntries.Count);
        rules.EnsureCapacity(ruleList.Count);
        foreach (var e in exactEntries) exact[Key(FeatureHash.Text(e.Form), e.Tag)] = e.Lemma;
        foreach (var e in lowerEntries) lower[Key(FeatureHash.Lower(e.Form), e.Tag)] = e.Lemma;
        foreach (var r in ruleList) rules[Key(FeatureHash.Text(r.Ending), r.Tag)] = r;
    }

    public TagSet Tags { get; }

    public IReadOnlyList<LemmaEntry> ExactEntries { get; }

    public IReadOnlyList<LemmaEntry> LowerEntries { get; }

    public IReadOnlyList<LemmaRule> Rules { get; }

    /// <summary>A dictionary entry: the lemma of a form with a tag.</summary>
    public sealed record LemmaEntry(string Form, int Tag, string Lemma);

    /// <summary>For words with the tag ending in <paramref name="Ending"/>: drop <paramref name="Strip"/> characters, add <paramref name="Append"/>.</summary>
    public sealed record LemmaRule(int Tag, string Ending, int Strip, string Append);

    /// <param name="form">The word as written.</param>
    /// <param name="owned">The form as a string if the caller has one, to return without copying.</param>
    public string Lemma(ReadOnlySpan<char> form, int tag, string? owned = null)
    {
        if (exact.TryGetValue(Key(FeatureHash.Text(form), tag), out var lemma)) return lemma;
        if (lower.TryGetValue(Key(FeatureHash.Lower(form), tag), out lemma)) return lemma;
        var proper = IsProper(tag);
        Span<char> source = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        if (proper) form.CopyTo(source);
        else form.ToLowerInvariant(source);
        for (var m = Math.Min(MaxSuffix, source.Length); m >= 0; m--)
        {
            if (!rules.TryGetValue(Key(FeatureHash.Text(source[^m..]), tag), out var rule) || rule.Strip > source.Length) continue;
            if (rule.Strip == 0 && rule.Append.Length == 0)
                return proper && owned is not null ? owned : new string(source);
            return string.Concat(source[..^rule.Strip], rule.Append);
        }
        return proper && owned is not null ? owned : new string(source);
    }

    public bool IsProper(int tag) => Tags.Upos[tag] == "PROPN";

    /// <summary>
    /// Whether the treebank wrote <paramref name="lowerForm"/> in lower case as a common word (noun, verb, adjective or
    /// adverb) and never as a proper noun in <paramref name="capitalised"/> form: "flood" yes, "bush" no ("Bush" is a name there).
    /// </summary>
    public bool IsCommonWord(string lowerForm, string capitalised)
    {
        var hashLower = FeatureHash.Text(lowerForm);
        var hashCapital = FeatureHash.Text(capitalised);
        var common = false;
        for (var tag = 0; tag < Tags.Upos.Count; tag++)
        {
            if (IsProper(tag))
            {
                if (exact.ContainsKey(Key(hashCapital, tag))) return false;
                continue;
            }
            if (Tags.Upos[tag] is "NOUN" or "VERB" or "ADJ" or "ADV" && exact.ContainsKey(Key(hashLower, tag))) common = true;
        }
        return common;
    }

    private static ulong Key(ulong hash, int tag) => FeatureHash.Mix(hash + (ulong)(tag + 1) * 0x9E3779B97F4A7C15UL);

    public void Write(BinaryWriter w)
    {
        WriteEntries(w, ExactEntries);
        WriteEntries(w, LowerEntries);
        w.Write(Rules.Count);
        foreach (var r in Rules)
        {
            w.Write((byte)r.Tag);
            w.Write(r.Ending);
            w.Write((byte)r.Strip);
            w.Write(r.Append);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Lemmatizer Read(ref ModelReader r, TagSet tags)
    {
        var exactEntries = ReadEntries(ref r, tags);
        var lowerEntries = ReadEntries(ref r, tags);
        var n = r.Int32();
        if (n < 0) throw new InvalidDataException("lemma rule count out of range");
        if (n > r.Remaining / 4) throw new EndOfStreamException();
        var list = new LemmaRule[n];
        for (var i = 0; i < n; i++) list[i] = new LemmaRule(CheckTag(r.Byte(), tags), r.String(), r.Byte(), r.String());
        return new Lemmatizer(tags, exactEntries, lowerEntries, list);
    }

    // A lemma equal to the form (or to its lower case) is stored as a one-byte mark instead of a second string.
    private static void WriteEntries(BinaryWriter w, IReadOnlyList<LemmaEntry> entries)
    {
        w.Write(entries.Count);
        foreach (var e in entries)
        {
            w.Write(e.Form);
            w.Write((byte)e.Tag);
            if (e.Lemma == e.Form) w.Write((byte)0);
            else if (e.Lemma == e.Form.ToLowerInvariant()) w.Write((byte)1);
            else
            {
                w.Write((byte)2);
                w.Write(e.Lemma);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LemmaEntry[] ReadEntries(ref ModelReader r, TagSet tags)
    {
        var n = r.Int32();
        if (n < 0) throw new InvalidDataException("lemma entry count out of range");
        if (n > r.Remaining / 3) throw new EndOfStreamException();
        var entries = new LemmaEntry[n];
        for (var i = 0; i < n; i++)
        {
            var form = r.String();
            var tag = CheckTag(r.Byte(), tags);
            var lemma = r.Byte() switch
            {
                0 => form,
                1 => form.ToLowerInvariant(),
                2 => r.String(),
                _ => throw new InvalidDataException("bad lemma entry"),
            };
            entries[i] = new LemmaEntry(form, tag, lemma);
        }
        return entries;
    }

    private static int CheckTag(int tag, TagSet tags) => tag < tags.Count ? tag : throw new InvalidDataException("lemma entry names an unknown tag");
}
