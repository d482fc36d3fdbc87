using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace FactCheck.Core.Import;

/// <summary>
/// PdfPig's stream filters behind a budget. PdfPig inflates a stream into one growing buffer with no limit, so a
/// 500 KB PDF whose content stream inflates to 500 MB took 1.5 GB of memory. Here the size a Flate, LZW or run-length
/// stream decodes to is measured first by decoding it into nothing, stopping one byte past what the file may still
/// unpack (<see cref="UnpackBudget"/>) or <see cref="MaxStreamBytes"/>; only a stream within both is handed to PdfPig.
/// </summary>
internal sealed class PdfStreamFilters(UnpackBudget budget) : IFilterProvider
{
    /// <summary>Largest single decoded stream; a page's content beyond this is no article (and its parsed operations would take ten times as much).</summary>
    public const long MaxStreamBytes = 16L * 1024 * 1024;

    private readonly Dictionary<IFilter, IFilter> bounded = [];

    // PdfPig decodes a page's streams again for every pass over the page; a stream already measured is not charged twice.
    private readonly HashSet<(object, int, int)> measured = [];

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(DefaultFilterProvider.Instance.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(DefaultFilterProvider.Instance.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bound(DefaultFilterProvider.Instance.GetAllFilters());

    private IReadOnlyList<IFilter> Bound(IReadOnlyList<IFilter> filters)
    {
        lock (bounded)
        {
            return filters.Select(f => bounded.TryGetValue(f, out var b) ? b : bounded[f] = new BoundedFilter(f, this)).ToList();
        }
    }

    private Memory<byte> Decode(IFilter inner, Memory<byte> input, DictionaryToken dictionary, IFilterProvider provider, int index)
    {
        budget.ThrowIfExceeded();
        var key = MemoryMarshal.TryGetArray<byte>(input, out var segment) ? (segment.Array!, segment.Offset, segment.Count) : ((object, int, int)?)null;
        bool seen;
        lock (measured) seen = key is { } k && measured.Contains(k);
        if (seen) return inner.Decode(input, dictionary, provider, index);

        var cap = Math.Min(MaxStreamBytes, budget.Remaining);
        long? size = inner switch
        {
            FlateFilter => FlateSize(input.Span, cap + 1),
            LzwFilter => LzwSize(input.Span, EarlyChange(dictionary, index), cap + 1),
            RunLengthFilter => RunLengthSize(input.Span, cap + 1),
            _ => null, // the others decode to at most their input (hex, ASCII85) or are images text extraction never decodes
        };
        if (size > cap) budget.Exceed();

        var output = inner.Decode(input, dictionary, provider, index);
        if (output.Length > MaxStreamBytes) budget.Exceed();
        budget.Spend(output.Length);
        if (key is { } added) lock (measured) measured.Add(added);
        return output;
    }

    /// <summary>How many bytes a zlib stream inflates to, counting at most <paramref name="stopAt"/>.</summary>
    internal static long FlateSize(ReadOnlySpan<byte> zlib, long stopAt)
    {
        if (zlib.Length < 2) return 0;
        using var input = new MemoryStream(zlib[2..].ToArray(), writable: false); // PdfPig skips the two header bytes too
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long total = 0;
        try
        {
            int read;
            while (total < stopAt && (read = deflate.Read(buffer, 0, buffer.Length)) > 0) total += read;
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig hands back what it got, no more than was inflated so far.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return total;
    }

    /// <summary>How many bytes an LZW stream decodes to, following PdfPig's decoder with lengths instead of bytes.</summary>
    internal static long LzwSize(ReadOnlySpan<byte> data, bool earlyChange, long stopAt)
    {
        const int clear = 256, end = 257;
        var lengths = NewTable();
        var codeOffset = earlyChange ? 0 : 1;
        long total = 0, bit = 0;
        int codeBits = 9, previous = -1;
        while (total < stopAt && bit + codeBits <= data.Length * 8L)
        {
            var next = 0;
            for (var k = 0; k < codeBits; k++, bit++)
                next = (next << 1) | ((data[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1);
            if (next == end) break;
            if (next == clear)
            {
                lengths = NewTable();
                previous = -1;
                codeBits = 9;
                continue;
            }
            if (next < lengths.Count && next != clear && next != end)
            {
                total += lengths[next];
                if (previous >= 0) lengths.Add(lengths[previous] + 1);
            }
            else
            {
                if (previous < 0 || previous >= lengths.Count) break;
                var length = lengths[previous] + 1;
                total += length;
                lengths.Add(length);
            }
            previous = next;
            codeBits = lengths.Count >= 2047 + codeOffset ? 12 : lengths.Count >= 1023 + codeOffset ? 11 : lengths.Count >= 511 + codeOffset ? 10 : 9;
        }
        return total;

        static List<int> NewTable()
        {
            var table = new List<int>(4096);
            for (var i = 0; i < 258; i++) table.Add(i < 256 ? 1 : 0);
            return table;
        }
    }

    /// <summary>How many bytes a run-length stream decodes to (up to 128 bytes for every 2).</summary>
    internal static long RunLengthSize(ReadOnlySpan<byte> data, long stopAt)
    {
        long total = 0;
        for (var i = 0; i < data.Length && total < stopAt;)
        {
            var length = data[i];
            if (length == 128) break;
            if (length < 128)
            {
                total += length + 1;
                i += length + 2;
            }
            else
            {
                total += 257 - length;
                i += 2;
            }
        }
        return total;
    }

    private static bool EarlyChange(DictionaryToken dictionary, int index)
    {
        var parameters = dictionary.TryGet(NameToken.DecodeParms, out var token) || dictionary.TryGet(NameToken.Dp, out token) ? token : null;
        var chosen = parameters switch
        {
            DictionaryToken single => single,
            ArrayToken many when index < many.Length => many.Data[index] as DictionaryToken,
            _ => null,
        };
        return chosen is null || !chosen.TryGet(NameToken.EarlyChange, out var value) || value is not NumericToken number || number.Int == 1;
    }

    private sealed class BoundedFilter(IFilter inner, PdfStreamFilters owner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex) =>
            owner.Decode(inner, input, streamDictionary, filterProvider, filterIndex);
    }
}
