using System.Runtime.CompilerServices;
using System.Text;

namespace FactCheck.Core.Sources;

/// <summary>
/// A copy of a text made for matching, with a map from every character back to the original. Case,
/// quote styles (curly, straight, guillemets), dashes and runs of whitespace are made uniform; soft
/// hyphens and zero-width characters vanish; a hyphen between letters is dropped, so "flood-\nwaters",
/// "flood-waters" and "floodwaters" all read "floodwaters"; "…" reads "...".
/// </summary>
internal sealed class MatchText
{
    private MatchText(string text, int[] map)
    {
        Text = text;
        Map = map;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, the index in the original it came from.</summary>
    public int[] Map { get; }

    // Fully optimised from the first call: a megabyte loop should not start in tier-0 code. Same for the suggester's scans.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MatchText Of(string original)
    {
        // Arrays rather than StringBuilder and List: this runs over megabyte snapshots on every check.
        var capacity = original.Length + 2 * original.AsSpan().Count('…');
        var chars = new char[capacity];
        var map = new int[capacity];
        var n = 0;
        var pendingSpace = -1;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c > ' ' && c < 128 && c != '-' && c != '`')
            {
                // ASCII letters, digits and punctuation: the common case, folded without lookups.
                if (pendingSpace >= 0)
                {
                    if (n > 0) { chars[n] = ' '; map[n++] = pendingSpace; }
                    pendingSpace = -1;
                }
                chars[n] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                map[n++] = i;
                continue;
            }
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (IsDash(c) && i > 0 && char.IsLetter(original[i - 1]) && pendingSpace < 0 && HyphenJoins(original, i))
            {
                // Skip the hyphen and, when it ends a line, the line break after it.
                var j = i + 1;
                while (j < original.Length && char.IsWhiteSpace(original[j])) j++;
                i = j - 1;
                continue;
            }
            if (pendingSpace >= 0)
            {
                if (n > 0) { chars[n] = ' '; map[n++] = pendingSpace; }
                pendingSpace = -1;
            }
            if (c == '…')
            {
                for (var k = 0; k < 3; k++) { chars[n] = '.'; map[n++] = i; }
                continue;
            }
            chars[n] = Fold(c);
            map[n++] = i;
        }
        return new MatchText(new string(chars, 0, n), map);
    }

    /// <summary>A hyphen joins two word parts when a letter follows, directly or after a line break (line-end hyphenation).</summary>
    private static bool HyphenJoins(string s, int dash)
    {
        var j = dash + 1;
        if (j < s.Length && char.IsLetter(s[j])) return true;
        var newline = false;
        while (j < s.Length && char.IsWhiteSpace(s[j])) { newline |= s[j] is '\n' or '\r'; j++; }
        return newline && j < s.Length && char.IsLetter(s[j]);
    }

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' or '\u2039' or '\u203A' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        _ when IsDash(c) => '-',
        _ => char.ToLowerInvariant(c),
    };
}
