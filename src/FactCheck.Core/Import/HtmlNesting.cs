using System.Text;

namespace FactCheck.Core.Import;

/// <summary>
/// A linear pass over HTML before AngleSharp sees it, so the parser's work stays bounded. AngleSharp's tree builder
/// walks the stack of open elements for many tags, which makes deep nesting quadratic: 200,000 nested &lt;div&gt;
/// (2.2 MB) took minutes. Start tags past <see cref="MaxDepth"/> open elements are left out, with their end tags, so
/// their text stays in place one level up; a page that would build more than <see cref="MaxElements"/> elements is refused.
/// </summary>
/// <remarks>
/// The pass knows just enough HTML to count like the parser: comments, doctypes and the contents of script, style,
/// textarea and the like are skipped; void elements and elements whose end tag is optional (p, li, td...) do not nest
/// in themselves, so they are not counted as depth. Formatting elements (b, font...) left open are copied by the parser
/// into every later block, so each start tag is charged for the formatting elements open at the time.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>Nested elements kept (not counting the ones whose end tag is optional); real pages stay under 100.</summary>
    public const int MaxDepth = 256;

    /// <summary>Elements the parser may build, about 100 MB of DOM; a long real page has tens of thousands.</summary>
    public const int MaxElements = 250_000;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "p", "li", "dt", "dd", "rb", "rt", "rtc", "rp", "optgroup", "option", "colgroup",
        "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>The HTML with nesting past <see cref="MaxDepth"/> left out (the same string when nothing was).</summary>
    /// <exception cref="ImportRejectedException">The page would build more than <see cref="MaxElements"/> elements.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static string Flatten(string html, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new List<string>();
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        StringBuilder? kept = null;
        int copiedUpTo = 0, foreign = 0, formatting = 0, tags = 0;
        long elements = 0;

        void Drop(int start, int end)
        {
            kept ??= new StringBuilder(html.Length);
            kept.Append(html, copiedUpTo, start - copiedUpTo);
            copiedUpTo = end;
        }

        void Charge(long count)
        {
            elements += count;
            if (elements > MaxElements) throw new ImportRejectedException(ImportMessages.TooManyElements(name, MaxElements));
        }

        for (var i = 0; i < html.Length;)
        {
            if (++tags % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var next = html[lt + 1];
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                i = After(html, "-->", lt + 4);
                continue;
            }
            if (html.AsSpan(lt).StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                i = After(html, "]]>", lt + 9);
                continue;
            }
            if (next is '!' or '?')
            {
                i = After(html, ">", lt + 2);
                continue;
            }
            var endTag = next == '/';
            var nameStart = lt + (endTag ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>')) nameEnd++;
            var gt = TagEnd(html, nameEnd);
            if (gt < 0) break; // a tag cut off by the end of the file: the parser drops it
            var tag = html[nameStart..nameEnd].ToLowerInvariant();
            i = gt + 1;

            if (endTag)
            {
                if (dropped.TryGetValue(tag, out var left) && left > 0)
                {
                    dropped[tag] = left - 1;
                    Drop(lt, gt + 1);
                    continue;
                }
                var at = open.LastIndexOf(tag);
                if (at < 0) continue;
                // A misnested formatting end tag makes the parser clone up to a few elements (the adoption agency).
                if (Formatting.Contains(tag)) Charge(Math.Min(8, open.Count - 1 - at));
                for (var k = open.Count - 1; k >= at; k--)
                {
                    if (open[k] is "svg" or "math") foreign--;
                    if (Formatting.Contains(open[k])) formatting--;
                }
                open.RemoveRange(at, open.Count - at);
                continue;
            }

            if (RawText.Contains(tag))
            {
                Charge(1);
                i = EndTagOf(html, tag, i);
                continue;
            }
            if (tag == "plaintext")
            {
                Charge(1);
                break;
            }
            var selfClosing = html[gt - 1] == '/';
            if (Void.Contains(tag) || OptionalEnd.Contains(tag) || (selfClosing && foreign > 0))
            {
                Charge(1 + formatting);
                continue;
            }
            if (open.Count >= MaxDepth)
            {
                dropped[tag] = dropped.GetValueOrDefault(tag) + 1;
                Drop(lt, gt + 1);
                continue;
            }
            var isFormatting = Formatting.Contains(tag);
            Charge(1 + (isFormatting ? 0 : formatting));
            open.Add(tag);
            if (tag is "svg" or "math") foreign++;
            if (isFormatting) formatting++;
        }

        if (kept is null) return html;
        kept.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return kept.ToString();
    }

    /// <summary>The '&gt;' closing a tag whose name ends at <paramref name="from"/>, skipping quoted attribute values; -1 if none.</summary>
    private static int TagEnd(string html, int from)
    {
        for (var p = from; p < html.Length;)
        {
            var c = html[p];
            if (c == '>') return p;
            p++;
            if (c != '=') continue;
            while (p < html.Length && html[p] is ' ' or '\t' or '\n' or '\r' or '\f') p++;
            if (p < html.Length && html[p] is '"' or '\'')
            {
                var close = html.IndexOf(html[p], p + 1);
                if (close < 0) return -1;
                p = close + 1;
            }
        }
        return -1;
    }

    /// <summary>Where the end tag of a raw-text element starts (its text is not markup), or the end of the file.</summary>
    private static int EndTagOf(string html, string tag, int from)
    {
        for (var p = html.IndexOf("</", from, StringComparison.Ordinal); p >= 0; p = html.IndexOf("</", p + 2, StringComparison.Ordinal))
        {
            var end = p + 2 + tag.Length;
            if (end <= html.Length && html.AsSpan(p + 2, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase)
                && (end == html.Length || html[end] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
                return p;
        }
        return html.Length;
    }

    private static int After(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
