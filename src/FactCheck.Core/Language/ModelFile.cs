using System.IO.Compression;
using System.Text;

namespace FactCheck.Core.Language;

/// <summary>
/// The binary model file: a header, the tag and relation names, the tagger's weights, the lemmatizer's
/// dictionaries and rules, the parser's weights. Weight arrays are read straight into flat arrays
/// (no object per feature), so loading takes milliseconds.
/// </summary>
public static class ModelFile
{
    /// <summary>The name of the shipped model, embedded in FactCheck.Core.</summary>
    public const string ResourceName = "FactCheck.Core.Language.Models.english-ewt.bin";

    private const uint Magic = 0x4D4C4346; // "FCLM"
    private const int Version = 4;

    public static void Save(LanguageModel model, Stream stream)
    {
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(Version);
        }
        // Everything after the header is Brotli-compressed: the weight arrays shrink to about half.
        using var compressed = new BrotliStream(stream, new BrotliCompressionOptions { Quality = 9 }, leaveOpen: true);
        using var w = new BinaryWriter(compressed, Encoding.UTF8, leaveOpen: true);
        model.Tagger.Tags.Write(w);
        w.Write(model.Parser.Relations.Count);
        foreach (var r in model.Parser.Relations) w.Write(r);
        model.Tagger.First.Write(w);
        model.Tagger.Second.Write(w);
        model.Lemmatizer.Write(w);
        model.Parser.Actions.Write(w);
        model.Parser.Labels.Write(w);
        w.Write(Magic);
    }

    public static void Save(LanguageModel model, string path)
    {
        using var file = File.Create(path);
        Save(model, file);
    }

    /// <exception cref="InvalidDataException">The stream is not a model file of this version, or is damaged.</exception>
    public static LanguageModel Load(Stream stream)
    {
        try
        {
            using (var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
            {
                if (header.ReadUInt32() != Magic) throw new InvalidDataException("not a FactCheck language model file");
                var version = header.ReadInt32();
                if (version != Version) throw new InvalidDataException($"model file version {version}; this build reads version {Version}");
            }
            using var decompressed = new BufferedStream(new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true), 1 << 16);
            using var r = new BinaryReader(decompressed, Encoding.UTF8, leaveOpen: true);
            var tags = TagSet.Read(r);
            var relationCount = r.ReadInt32();
            if (relationCount is < 1 or > 127) throw new InvalidDataException("relation count out of range");
            var relations = new string[relationCount];
            for (var i = 0; i < relationCount; i++) relations[i] = r.ReadString();
            if (!relations.Contains("root")) throw new InvalidDataException("the relations lack 'root'");
            var firstPass = WeightTable.Read(r);
            var secondPass = WeightTable.Read(r);
            if (firstPass.ClassCount != tags.Count || secondPass.ClassCount != tags.Count) throw new InvalidDataException("tagger weights do not match the tags");
            var lemmatizer = Lemmatizer.Read(r, tags);
            var actions = WeightTable.Read(r);
            if (actions.ClassCount != DependencyParser.ActionCount) throw new InvalidDataException("parser weights do not match its actions");
            var labels = WeightTable.Read(r);
            if (labels.ClassCount != relationCount) throw new InvalidDataException("relation weights do not match the relations");
            if (r.ReadUInt32() != Magic) throw new InvalidDataException("model file is damaged (bad end mark)");
            return new LanguageModel(new Tagger(tags, firstPass, secondPass), lemmatizer, new DependencyParser(relations, actions, labels));
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("model file is truncated");
        }
        catch (InvalidOperationException)
        {
            throw new InvalidDataException("model file is damaged (its compressed data does not decode)");
        }
    }

    public static LanguageModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"model file not found: {path}", path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(file);
    }

    /// <summary>The model shipped inside FactCheck.Core.</summary>
    public static LanguageModel LoadShipped()
    {
        using var stream = typeof(ModelFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the language model resource {ResourceName} is missing from {typeof(ModelFile).Assembly.GetName().Name}");
        return Load(stream);
    }
}
