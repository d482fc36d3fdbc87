using System.IO.Compression;
using System.Text;
using System.Xml;

namespace FactCheck.Core.Import;

/// <summary>
/// .docx → plain text: each non-empty paragraph (tables included) becomes a blank-line-separated block; manual
/// line breaks stay line breaks; deleted tracked changes, field codes and the fallback copies of text boxes are left
/// out. Title from the core properties, else the first paragraph styled Title or Heading 1.
/// </summary>
/// <remarks>
/// A .docx is a zip archive, and a 300 KB one can inflate to gigabytes of XML, so the package is read here with
/// System.IO.Compression and a forward-only XmlReader rather than a DOM, and everything is bounded while it is read:
/// the number of parts (from the zip's own directory, before opening it), each part's declared and actual inflated
/// size against <see cref="ImportLimits.MaxUnpackedBytes"/> (<see cref="UnpackBudget"/>), the XML's nesting, and the
/// text itself, which stops at <see cref="ImportLimits.MaxTextChars"/> without ever holding a longer run in memory.
/// </remarks>
internal static class DocxArticleReader
{
    /// <summary>Parts in the package; a Word file has a few dozen, a few hundred with many images.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Element nesting in a part; Word's own, tables in tables included, stays far below.</summary>
    public const int MaxXmlDepth = 256;

    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static ExtractedArticle Read(byte[] bytes, string name, ImportLimits limits)
    {
        var budget = new UnpackBudget(limits.MaxUnpackedBytes);
        try
        {
            if (ZipDirectory.DeclaredEntries(bytes) is not { } declared) throw new ImportRejectedException(ImportMessages.CorruptDocx(name));
            if (declared > MaxEntries) throw new ImportRejectedException(ImportMessages.DocxTooManyParts(name, MaxEntries));
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw new ImportRejectedException(ImportMessages.DocxTooManyParts(name, MaxEntries));
            var package = new Package(zip, budget, name);

            var mainPath = package.Target("", "/officeDocument") ?? throw new ImportRejectedException(ImportMessages.CorruptDocx(name));
            if (package.Entry(mainPath) is null) throw new ImportRejectedException(ImportMessages.CorruptDocx(name));
            var styles = package.Target(mainPath, "/styles") is { } stylesPath ? StyleNames(package, stylesPath) : DefaultStyles();
            var paragraphs = Paragraphs(package, mainPath, limits.MaxTextChars);
            var coreTitle = package.Target("", "/core-properties") is { } corePath ? CoreTitle(package, corePath) : null;

            var kept = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
            var title = MetadataValues.Clean(coreTitle)
                ?? MetadataValues.Clean(kept.FirstOrDefault(p => styles.GetValueOrDefault(p.StyleId ?? "", "") is "title" or "heading 1")?.Text);
            return new ExtractedArticle(string.Join("\n\n", kept.Select(p => p.Text.Trim())), new ArticleMetadata(title));
        }
        catch (UnpackLimitException)
        {
            throw new ImportRejectedException(ImportMessages.DocxUnpacksTooMuch(name, limits.MaxUnpackedBytes));
        }
        catch (Exception e) when (e is not ImportRejectedException and not OutOfMemoryException)
        {
            // A damaged package shows up as many exception types (zip, XML, IO); for the user they all mean
            // "open and re-save it".
            throw new ImportRejectedException(ImportMessages.CorruptDocx(name));
        }
    }

    private sealed record Paragraph(string Text, string? StyleId);

    /// <summary>The paragraphs of the main document in the order they start, text read in chunks and counted as it comes.</summary>
    private static List<Paragraph> Paragraphs(Package package, string path, int maxTextChars)
    {
        var found = new List<(StringBuilder Text, string? Style)>();
        var open = new Stack<int>();        // indexes into found of the paragraphs being read
        int inBody = 0, runs = 0, fallback = 0, textDepth = -1, paragraphProperties = 0;
        long chars = 0;
        var chunk = new char[8192];
        using var reader = package.Xml(path);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var empty = reader.IsEmptyElement;
                    if (reader.Depth > MaxXmlDepth) throw new ImportRejectedException(ImportMessages.DocxTooDeep(package.Name, MaxXmlDepth));
                    if (reader.NamespaceURI == Compatibility && reader.LocalName == "Fallback")
                    {
                        // The fallback repeats the text box that the preceding Choice holds, for older readers.
                        if (!empty) fallback++;
                        break;
                    }
                    if (fallback > 0 || !IsWord(reader.NamespaceURI)) break;
                    switch (reader.LocalName)
                    {
                        case "body" when !empty: inBody++; break;
                        case "p" when inBody > 0:
                            found.Add((new StringBuilder(), null));
                            if (!empty) open.Push(found.Count - 1);
                            break;
                        case "pPr" when open.Count > 0 && !empty: paragraphProperties++; break;
                        case "pStyle" when open.Count > 0 && paragraphProperties > 0:
                            var style = reader.GetAttribute("val", reader.NamespaceURI);
                            found[open.Peek()] = (found[open.Peek()].Text, style);
                            break;
                        case "r" when !empty: runs++; break;
                        case "t" when runs > 0 && open.Count > 0 && !empty: textDepth = reader.Depth; break;
                        case "tab" when runs > 0 && open.Count > 0: Append(found[open.Peek()].Text, "\t", ref chars, maxTextChars, package.Name); break;
                        case "br" or "cr" when runs > 0 && open.Count > 0: Append(found[open.Peek()].Text, "\n", ref chars, maxTextChars, package.Name); break;
                        case "noBreakHyphen" when runs > 0 && open.Count > 0: Append(found[open.Peek()].Text, "\u2011", ref chars, maxTextChars, package.Name); break;
                    }
                    break;
                }
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA
                    when textDepth >= 0 && reader.Depth == textDepth + 1 && open.Count > 0:
                {
                    // In chunks: a single run of a gigabyte must never become one string.
                    var text = found[open.Peek()].Text;
                    int read;
                    while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                        Append(text, chunk.AsSpan(0, read), ref chars, maxTextChars, package.Name);
                    break;
                }
                case XmlNodeType.EndElement:
                {
                    if (reader.NamespaceURI == Compatibility && reader.LocalName == "Fallback")
                    {
                        fallback--;
                        break;
                    }
                    if (fallback > 0 || !IsWord(reader.NamespaceURI)) break;
                    switch (reader.LocalName)
                    {
                        case "body": inBody--; break;
                        case "p" when open.Count > 0: open.Pop(); break;
                        case "pPr" when paragraphProperties > 0: paragraphProperties--; break;
                        case "r" when runs > 0: runs--; break;
                        case "t": textDepth = -1; break;
                    }
                    break;
                }
            }
        }
        return found.Select(p => new Paragraph(p.Text.ToString(), p.Style)).ToList();
    }

    private static void Append(StringBuilder paragraph, ReadOnlySpan<char> text, ref long chars, int maxTextChars, string name)
    {
        chars += text.Length;
        if (chars > maxTextChars) throw new ImportRejectedException(ImportMessages.DocxTextTooLong(name, maxTextChars));
        paragraph.Append(text);
    }

    // Style ids are localised ("berschrift1" in German Word); the built-in style *names* are not.
    private static Dictionary<string, string> DefaultStyles() =>
        new(StringComparer.OrdinalIgnoreCase) { ["Title"] = "title", ["Heading1"] = "heading 1" };

    private static Dictionary<string, string> StyleNames(Package package, string path)
    {
        var names = DefaultStyles();
        if (package.Entry(path) is null) return names;
        using var reader = package.Xml(path);
        string? id = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !IsWord(reader.NamespaceURI)) continue;
            if (reader.Depth > MaxXmlDepth) throw new ImportRejectedException(ImportMessages.DocxTooDeep(package.Name, MaxXmlDepth));
            if (reader.LocalName == "style") id = reader.GetAttribute("styleId", reader.NamespaceURI);
            else if (reader.LocalName == "name" && id is not null && reader.GetAttribute("val", reader.NamespaceURI) is { } styleName)
            {
                names[id] = styleName.ToLowerInvariant();
                id = null;
            }
        }
        return names;
    }

    private static string? CoreTitle(Package package, string path)
    {
        if (package.Entry(path) is null) return null;
        using var reader = package.Xml(path);
        while (reader.Read())
        {
            if (reader.Depth > MaxXmlDepth) throw new ImportRejectedException(ImportMessages.DocxTooDeep(package.Name, MaxXmlDepth));
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == DublinCore && reader.LocalName == "title" && !reader.IsEmptyElement)
                return Bounded(reader, 4096);
        }
        return null;
    }

    /// <summary>An element's text, at most <paramref name="max"/> characters of it (a title needs no more).</summary>
    private static string Bounded(XmlReader reader, int max)
    {
        var depth = reader.Depth;
        var sb = new StringBuilder();
        var chunk = new char[1024];
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)) continue;
            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                if (sb.Length < max) sb.Append(chunk, 0, Math.Min(read, max - sb.Length));
        }
        return sb.ToString();
    }

    private static bool IsWord(string ns) => ns is Word or WordStrict;

    /// <summary>The zip archive as an OPC package: parts found case-insensitively, relationships followed, every byte charged.</summary>
    private sealed class Package(ZipArchive zip, UnpackBudget budget, string name)
    {
        private static readonly XmlReaderSettings Settings = new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        private readonly Dictionary<string, ZipArchiveEntry> entries = zip.Entries
            .GroupBy(e => e.FullName.TrimStart('/'), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        public string Name => name;

        public ZipArchiveEntry? Entry(string path) => entries.GetValueOrDefault(path);

        /// <summary>A part's XML, read through the budget; a part that declares more than is left is refused before it is opened.</summary>
        public XmlReader Xml(string path)
        {
            var entry = Entry(path) ?? throw new ImportRejectedException(ImportMessages.CorruptDocx(name));
            if (entry.Length > budget.Remaining) budget.Exceed();
            return XmlReader.Create(new BudgetedStream(entry.Open(), budget), Settings);
        }

        /// <summary>The part that <paramref name="source"/> ("" for the package) relates to with a type ending in <paramref name="typeEnding"/>.</summary>
        public string? Target(string source, string typeEnding)
        {
            var folder = source.Contains('/') ? source[..(source.LastIndexOf('/') + 1)] : "";
            var relsPath = folder + "_rels/" + source[folder.Length..] + ".rels";
            if (Entry(relsPath) is null) return null;
            using var reader = Xml(relsPath);
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth) throw new ImportRejectedException(ImportMessages.DocxTooDeep(name, MaxXmlDepth));
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Relationships || reader.LocalName != "Relationship") continue;
                if (reader.GetAttribute("TargetMode") == "External") continue;
                if (reader.GetAttribute("Type")?.EndsWith(typeEnding, StringComparison.Ordinal) != true) continue;
                return reader.GetAttribute("Target") is { Length: > 0 } target ? Resolve(folder, target) : null;
            }
            return null;
        }

        private static string Resolve(string folder, string target)
        {
            var parts = new List<string>();
            foreach (var segment in ((target.StartsWith('/') ? "" : folder) + target.TrimStart('/')).Split('/'))
            {
                if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
                else if (segment is not ("" or ".")) parts.Add(segment);
            }
            return string.Join('/', parts);
        }
    }
}
