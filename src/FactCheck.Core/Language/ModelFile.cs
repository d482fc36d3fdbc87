using System.Text;

namespace FactCheck.Core.Language;

/// <summary>
/// The binary model file: a header, the tag and relation names, the tagger's weights, the lemmatizer's
/// dictionaries and rules, the parser's weights. Not compressed: decompressing took longer than everything
/// else in a load. The rows are read in one pass straight into the weight tables (see <see cref="WeightTable"/>).
/// </summary>
public static class ModelFile
{
    /// <summary>The name of the shipped model, embedded in FactCheck.Core.</summary>
    public const string ResourceName = "FactCheck.Core.Language.Models.english-ewt.bin";

    private const uint Magic = 0x4D4C4346; // "FCLM"
    // Version 5 files have no relabeller; version 6 adds one after the parser's weights. A model without a
    // relabeller is still written as version 5, so the shipped file keeps its bytes.
    private const int Version = 6, VersionWithoutRelabeller = 5;

    public static void Save(LanguageModel model, Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(model.Relabeller is null ? VersionWithoutRelabeller : Version);
        model.Tagger.Tags.Write(w);
        w.Write(model.Parser.Relations.Count);
        foreach (var r in model.Parser.Relations) w.Write(r);
        model.Tagger.First.Write(w);
        model.Tagger.Second.Write(w);
        model.Lemmatizer.Write(w);
        model.Parser.Actions.Write(w);
        model.Parser.Labels.Write(w);
        if (model.Relabeller is not null)
        {
            w.Write(model.Relabeller.ParserShare);
            model.Relabeller.Weights.Write(w);
        }
        w.Write(Magic);
    }

    public static void Save(LanguageModel model, string path)
    {
        using var file = File.Create(path);
        Save(model, file);
    }

    /// <exception cref="InvalidDataException">The stream is not a model file of this version, or is damaged.</exception>
    public static unsafe LanguageModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // The embedded resource is an UnmanagedMemoryStream over the mapped assembly: read it in place.
        if (stream is UnmanagedMemoryStream mapped && mapped.Length - mapped.Position <= int.MaxValue)
        {
            var span = new ReadOnlySpan<byte>(mapped.PositionPointer, (int)(mapped.Length - mapped.Position));
            return Load(span);
        }
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
            return Load(buffer.AsSpan((int)memory.Position));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Load(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    /// <exception cref="InvalidDataException">The bytes are not a model file of this version, or are damaged.</exception>
    public static LanguageModel Load(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var r = new ModelReader(bytes);
            if (r.UInt32() != Magic) throw new InvalidDataException("not a FactCheck language model file");
            var version = r.Int32();
            if (version is not (Version or VersionWithoutRelabeller))
                throw new InvalidDataException($"model file version {version}; this build reads versions {VersionWithoutRelabeller} and {Version}");
            var tags = TagSet.Read(ref r);
            var relationCount = r.Int32();
            if (relationCount is < 1 or > 127) throw new InvalidDataException("relation count out of range");
            var relations = new string[relationCount];
            for (var i = 0; i < relationCount; i++) relations[i] = r.String();
            if (!relations.Contains("root")) throw new InvalidDataException("the relations lack 'root'");
            var firstPass = WeightTable.Read(ref r);
            var secondPass = WeightTable.Read(ref r);
            if (firstPass.ClassCount != tags.Count || secondPass.ClassCount != tags.Count) throw new InvalidDataException("tagger weights do not match the tags");
            var lemmatizer = Lemmatizer.Read(ref r, tags);
            var actions = WeightTable.Read(ref r);
            if (actions.ClassCount != DependencyParser.ActionCount) throw new InvalidDataException("parser weights do not match its actions");
            var labels = WeightTable.Read(ref r);
            if (labels.ClassCount != relationCount) throw new InvalidDataException("relation weights do not match the relations");
            Relabeller? relabeller = null;
            if (version == Version)
            {
                var share = r.Int32();
                if (share is < 0 or > 1000) throw new InvalidDataException("relabeller share out of range");
                var relabels = WeightTable.Read(ref r);
                if (relabels.ClassCount != relationCount) throw new InvalidDataException("relabeller weights do not match the relations");
                relabeller = new Relabeller(relations, tags, relabels, share);
            }
            if (r.UInt32() != Magic) throw new InvalidDataException("model file is damaged (bad end mark)");
            return new LanguageModel(new Tagger(tags, firstPass, secondPass), lemmatizer, new DependencyParser(relations, actions, labels), relabeller);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("model file is truncated");
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException("model file is damaged (a string is not UTF-8)");
        }
    }

    public static LanguageModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"model file not found: {path}", path);
        return Load(File.ReadAllBytes(path).AsSpan());
    }

    /// <summary>The model shipped inside FactCheck.Core.</summary>
    public static LanguageModel LoadShipped()
    {
        using var stream = typeof(ModelFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the language model resource {ResourceName} is missing from {typeof(ModelFile).Assembly.GetName().Name}");
        return Load(stream);
    }
}
