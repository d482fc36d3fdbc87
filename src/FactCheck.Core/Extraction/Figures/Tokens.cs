namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// The tokens of one stretch of text plus the helpers every reader needs. Whitespace is not a
/// token; readers ask <see cref="Adjacent"/> when "5km" and "5 km" must be told apart.
/// </summary>
/// <remarks>
/// One instance can be reloaded stretch after stretch (<see cref="Load"/>), so a long article reuses its
/// arrays. A token's text is made once, when first asked for, and shared through the <see cref="WordPool"/>
/// when one is given: readers ask for the same word many times.
/// </remarks>
internal sealed class Tokens(WordPool? pool = null)
{
    // Digit runs longer than this are not figures anyone cites (ids, hashes, hostile input);
    // the tokenizer still consumes them in one step so scanning stays linear.
    public const int MaxNumberLength = 24;

    private Token[] _items = [];
    private string?[] _strings = [];
    private string?[] _lowers = [];
    private char[] _phrase = new char[64];
    private int _count;

    public string Text { get; private set; } = "";

    public int Count => _count;

    public Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
            return _items[index];
        }
    }

    public static Tokens Read(string text, int start, int end) => new Tokens().Load(text, start, end);

    /// <summary>Replaces the tokens with those of <c>text[start..end)</c>.</summary>
    public Tokens Load(string text, int start, int end)
    {
        Array.Clear(_strings, 0, _count);
        Array.Clear(_lowers, 0, _count);
        _count = 0;
        Text = text;
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
                Add(new Token(TokenKind.Number, s, i));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetter(text[i])
                       || (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
                    i++;
                Add(new Token(TokenKind.Word, s, i));
            }
            else
            {
                i++;
                Add(new Token(TokenKind.Symbol, s, i));
            }
        }
        return this;
    }

    private void Add(Token token)
    {
        if (_count == _items.Length)
        {
            var size = Math.Max(64, _items.Length * 2);
            Array.Resize(ref _items, size);
            Array.Resize(ref _strings, size);
            Array.Resize(ref _lowers, size);
        }
        _items[_count++] = token;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    // "10 000" with a no-break or thin space is one number in European and SI style; a plain
    // space is not, since "in 2019 300 people" must stay two.
    public static bool IsGroupSpace(char c) => c is '\u00A0' or '\u202F' or '\u2009';

    private static bool IsThreeDigitGroup(string text, int i, int end) =>
        i + 3 <= end && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == end || !char.IsAsciiDigit(text[i + 3]));

    public ReadOnlySpan<char> Span(int index)
    {
        var token = this[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    public string Str(int index)
    {
        var token = this[index];
        return _strings[index] ??= pool is null ? Text.Substring(token.Start, token.Length) : pool.Get(Text.AsSpan(token.Start, token.Length));
    }

    public bool IsWord(int index) => index >= 0 && index < Count && _items[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => index >= 0 && index < Count && _items[index].Kind == TokenKind.Number;

    public bool Is(int index, char symbol) =>
        index >= 0 && index < Count && _items[index].Kind == TokenKind.Symbol && Text[_items[index].Start] == symbol;

    public bool IsAny(int index, string symbols) =>
        index >= 0 && index < Count && _items[index].Kind == TokenKind.Symbol && symbols.Contains(Text[_items[index].Start]);

    /// <summary>Case-insensitive word comparison.</summary>
    public bool IsWord(int index, string word) =>
        IsWord(index) && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token's text in invariant lower case.</summary>
    public string Lower(int index)
    {
        var s = Str(index);
        if (_lowers[index] is { } known) return known;
        var lower = s.ToLowerInvariant();
        if (!ReferenceEquals(lower, s) && pool is not null) lower = pool.Get(lower);
        return _lowers[index] = lower;
    }

    /// <summary>The words of tokens <c>[first, last]</c> (and the numbers with <paramref name="keepNumbers"/>) joined by spaces.</summary>
    public string Phrase(int first, int last, bool keepNumbers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(last - first + 1);
        var length = 0;
        for (var i = first; i <= last; i++)
        {
            if (!IsWord(i) && !(keepNumbers && IsNumber(i))) continue;
            var word = Span(i);
            var needed = length + (length > 0 ? 1 : 0) + word.Length;
            if (needed > _phrase.Length) Array.Resize(ref _phrase, Math.Max(needed, _phrase.Length * 2));
            if (length > 0) _phrase[length++] = ' ';
            word.CopyTo(_phrase.AsSpan(length));
            length += word.Length;
        }
        return length == 0 ? "" : Share(_phrase.AsSpan(0, length));
    }

    /// <summary>A string of the characters, shared through the pool when there is one.</summary>
    public string Share(ReadOnlySpan<char> chars) => pool is null ? new string(chars) : pool.Get(chars);

    /// <summary>The pooled string equal to <paramref name="s"/> when there is a pool.</summary>
    public string? Share(string? s) => pool is null || s is null ? s : pool.Get(s);

    /// <summary>True when token <paramref name="index"/> follows token index-1 with no space between.</summary>
    public bool Adjacent(int index) =>
        index > 0 && index < Count && _items[index - 1].End == _items[index].Start;

    public bool IsCapitalised(int index) => IsWord(index) && char.IsUpper(Text[_items[index].Start]);
}
