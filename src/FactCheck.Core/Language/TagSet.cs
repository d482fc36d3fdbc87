namespace FactCheck.Core.Language;

/// <summary>The tags the tagger predicts: each is a pair of a universal tag (UPOS) and a Penn tag (XPOS).</summary>
internal sealed class TagSet
{
    private readonly Dictionary<(string, string), int> ids = [];

    public TagSet(IEnumerable<(string Upos, string Xpos)> tags)
    {
        foreach (var t in tags)
        {
            if (ids.ContainsKey(t)) continue;
            ids.Add(t, Upos.Count);
            Upos.Add(t.Upos);
            Xpos.Add(t.Xpos);
        }
        if (Upos.Count > 255) throw new ArgumentException("at most 255 tags are supported", nameof(tags));
        PunctTag = Find("PUNCT", ".");
    }

    public List<string> Upos { get; } = [];

    public List<string> Xpos { get; } = [];

    public int Count => Upos.Count;

    /// <summary>The id of the ordinary full-stop tag, or −1.</summary>
    public int PunctTag { get; }

    public int Find(string upos, string xpos) => ids.GetValueOrDefault((upos, xpos), -1);

    public void Write(BinaryWriter w)
    {
        w.Write(Count);
        for (var i = 0; i < Count; i++)
        {
            w.Write(Upos[i]);
            w.Write(Xpos[i]);
        }
    }

    public static TagSet Read(ref ModelReader r)
    {
        var n = r.Int32();
        if (n is < 1 or > 255) throw new InvalidDataException("tag count out of range");
        var tags = new (string, string)[n];
        for (var i = 0; i < n; i++) tags[i] = (r.String(), r.String());
        return new TagSet(tags);
    }
}
