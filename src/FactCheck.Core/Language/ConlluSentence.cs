namespace FactCheck.Core.Language;

/// <summary>
/// A sentence of a CoNLL-U file: every line as read (comments, multiword-token and empty-node lines kept
/// verbatim) and its word lines parsed. Writing it back changes nothing but the words one replaces.
/// </summary>
public sealed class ConlluSentence
{
    private readonly string[] lines;
    private readonly int[] wordLines;

    public ConlluSentence(IReadOnlyList<string> lines, IReadOnlyList<ConlluWord> words, IReadOnlyList<int> wordLines, int firstLine)
    {
        if (words.Count != wordLines.Count) throw new ArgumentException("one line index per word is needed", nameof(wordLines));
        this.lines = [.. lines];
        Words = [.. words];
        this.wordLines = [.. wordLines];
        FirstLine = firstLine;
    }

    /// <summary>The word lines in order; word <c>i</c> has ID <c>i + 1</c>.</summary>
    public IReadOnlyList<ConlluWord> Words { get; }

    /// <summary>The 1-based line number of the sentence's first line in its file.</summary>
    public int FirstLine { get; }

    /// <summary>The sentence's text from its <c># text = </c> comment, if any.</summary>
    public string? Text => lines.FirstOrDefault(l => l.StartsWith("# text = ", StringComparison.Ordinal))?["# text = ".Length..];

    /// <summary>The same sentence with its word lines replaced (one per word, same IDs); other lines untouched.</summary>
    public ConlluSentence WithWords(IReadOnlyList<ConlluWord> replacement)
    {
        if (replacement.Count != Words.Count) throw new ArgumentException("the replacement must have one word per word line", nameof(replacement));
        return new ConlluSentence(lines, replacement, wordLines, FirstLine);
    }

    /// <summary>Every line of the sentence in order, without the blank line that ends it.</summary>
    public IEnumerable<string> Lines()
    {
        var w = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (w < wordLines.Length && wordLines[w] == i) yield return Words[w++].ToLine();
            else yield return lines[i];
        }
    }
}
