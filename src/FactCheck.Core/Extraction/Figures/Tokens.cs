namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// The tokens of one stretch of text plus the helpers every reader needs. Whitespace is not a
/// token; readers ask <see cref="Adjacent"/> when "5km" and "5 km" must be told apart.
/// </summary>
internal sealed class Tokens
{
    // Digit runs longer than this are not figures anyone cites (ids, hashes, hostile input);
    // the tokenizer still consumes them in one step so scanning stays linear.
    public const int MaxNumberLength = 24;

    private readonly List<Token> _items;

    public string Text { get; }

    private Tokens(string text, List<Token> items)
    {
        Text = text;
        _items = items;
    }

    public int Count => _items.Count;

    public Token this[int index] => _items[index];

    public static Tokens Read(string text, int start, int end)
    {
        var items = new List<Token>(Math.Min(end - start, 1 << 16) / 4 + 4);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var s = i;
            // ".001" as in "p < .001", but not the full stop in "Fig.3".
            var leadingDot = c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (char.IsAsciiDigit(c) || leadingDot)
            {
                i++;
                while (i < end && (char.IsAsciiDigit(text[i])
                       || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsAsciiDigit(text[i + 1]))
                       || (IsGroupSpace(text[i]) && IsThreeDigitGroup(text, i + 1, end))))
                    i++;
                items.Add(new Token(TokenKind.Number, s, i));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetter(text[i])
                       || (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
                    i++;
                items.Add(new Token(TokenKind.Word, s, i));
            }
            else
            {
                i++;
                items.Add(new Token(TokenKind.Symbol, s, i));
            }
        }
        return new Tokens(text, items);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    // "10 000" with a no-break or thin space is one number in European and SI style; a plain
    // space is not, since "in 2019 300 people" must stay two.
    public static bool IsGroupSpace(char c) => c is '\u00A0' or '\u202F' or '\u2009';

    private static bool IsThreeDigitGroup(string text, int i, int end) =>
        i + 3 <= end && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == end || !char.IsAsciiDigit(text[i + 3]));

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(_items[index].Start, _items[index].Length);

    public string Str(int index) => Text.Substring(_items[index].Start, _items[index].Length);

    public bool IsWord(int index) => index >= 0 && index < Count && _items[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => index >= 0 && index < Count && _items[index].Kind == TokenKind.Number;

    public bool Is(int index, char symbol) =>
        index >= 0 && index < Count && _items[index].Kind == TokenKind.Symbol && Text[_items[index].Start] == symbol;

    public bool IsAny(int index, string symbols) =>
        index >= 0 && index < Count && _items[index].Kind == TokenKind.Symbol && symbols.Contains(Text[_items[index].Start]);

    /// <summary>Case-insensitive word comparison.</summary>
    public bool IsWord(int index, string word) =>
        IsWord(index) && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public string Lower(int index) => Str(index).ToLowerInvariant();

    /// <summary>True when token <paramref name="index"/> follows token index-1 with no space between.</summary>
    public bool Adjacent(int index) =>
        index > 0 && index < Count && _items[index - 1].End == _items[index].Start;

    public bool IsCapitalised(int index) => IsWord(index) && char.IsUpper(Text[_items[index].Start]);
}
