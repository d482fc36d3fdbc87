using System.Collections;

namespace FactCheck.Core.Language;

/// <summary>
/// A word's children, left to right. A struct, so <c>foreach</c> over it allocates nothing (the attribution finder walks
/// children of most words of every sentence); it is still an <see cref="IEnumerable{T}"/> for LINQ.
/// </summary>
public readonly struct ChildTokens(ParsedSentence sentence, int first) : IEnumerable<ParsedToken>
{
    public Enumerator GetEnumerator() => new(sentence, first);

    IEnumerator<ParsedToken> IEnumerable<ParsedToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(ParsedSentence sentence, int first) : IEnumerator<ParsedToken>
    {
        private int current = -1;
        private bool started;

        public readonly ParsedToken Current => new(sentence, current);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            current = started ? (current >= 0 ? sentence.NextSiblingOf(current) : -1) : first;
            started = true;
            return current >= 0;
        }

        public void Reset()
        {
            current = -1;
            started = false;
        }

        public readonly void Dispose() { }
    }
}
