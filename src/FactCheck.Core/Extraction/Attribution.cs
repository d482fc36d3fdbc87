using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Who said what, in analysis-text coordinates (mapped to the original when claims are built).</summary>
public sealed class Attribution
{
    public required List<TextSpan> Content { get; init; }
    public TextSpan? CueSpan { get; init; }
    public string? CueText { get; init; }
    public ResolvedSpeaker? Speaker { get; init; }
    /// <summary>The sentence the attribution starts in.</summary>
    public required TextSpan Sentence { get; set; }
    /// <summary>The last sentence it covers (continued quotations extend it).</summary>
    public TextSpan LastSentence { get; set; }
    public bool Direct { get; set; }
    public CueKind Kind { get; init; }
    /// <summary>Which parse rule found it (empty for the patterns): for measuring and merging.</summary>
    internal string Rule { get; init; } = "";
    /// <summary>
    /// The cue is a passive ("was accused of fraud by two aides"): the statement keeps the sentence as written, since
    /// "speaker cue content" would turn the one accused into the accuser.
    /// </summary>
    internal bool Passive { get; init; }
    /// <summary>Content spans that are whole quoted sentences (added as continuations of a quotation).</summary>
    public HashSet<TextSpan> QuotedSentences => _quotedSentences ??= [];

    // Made when the first quoted sentence is added: most attributions have none.
    private HashSet<TextSpan>? _quotedSentences;

    internal bool IsQuotedSentence(TextSpan span) => _quotedSentences?.Contains(span) == true;

    /// <summary>The same attribution with another speaker (the speaker is resolved again once the article is read).</summary>
    internal Attribution WithSpeaker(ResolvedSpeaker speaker) => WithSpeaker(speaker, CueSpan, CueText);

    /// <summary>The same attribution with another speaker and cue ("remain confident" for "confident").</summary>
    internal Attribution WithSpeaker(ResolvedSpeaker speaker, Text.TextSpan? cueSpan, string? cueText)
    {
        var copy = new Attribution
        {
            Content = Content, CueSpan = cueSpan, CueText = cueText, Speaker = speaker, Sentence = Sentence, LastSentence = LastSentence,
            Direct = Direct, Kind = Kind, Rule = Rule, Passive = Passive,
        };
        if (_quotedSentences is not null) copy.QuotedSentences.UnionWith(_quotedSentences);
        copy.Records.AddRange(Records);
        return copy;
    }

    /// <summary>The same attribution read as a passive: another speaker (the agent, or none) and content.</summary>
    internal Attribution AsPassive(ResolvedSpeaker? speaker, TextSpan content) => With(content, CueSpan, CueText, speaker, Direct, Kind, Rule, passive: true);

    /// <summary>The same attribution with other content (one span).</summary>
    internal Attribution AsContent(TextSpan content) => With(content, CueSpan, CueText, Speaker, Direct, Kind, Rule, Passive);

    /// <summary>The same attribution with another cue and content (one span).</summary>
    internal Attribution WithCue(TextSpan cue, string cueText, TextSpan content) => With(content, cue, cueText, Speaker, Direct, Kind, Rule, Passive);

    /// <summary>Another attribution of the same speaker in the same sentence, with its own cue and content.</summary>
    internal Attribution AsNext(TextSpan cue, string cueText, TextSpan content) =>
        With(content, cue, cueText, Speaker, direct: false, CueKind.Speech, "coordinated-cue", passive: false);

    // One content span and the given parts; the sentences and their records stay.
    private Attribution With(TextSpan content, TextSpan? cue, string? cueText, ResolvedSpeaker? speaker, bool direct, CueKind kind, string rule, bool passive)
    {
        var copy = new Attribution
        {
            Content = [content], CueSpan = cue, CueText = cueText, Speaker = speaker, Sentence = Sentence, LastSentence = LastSentence,
            Direct = direct, Kind = kind, Rule = rule, Passive = passive,
        };
        copy.Records.AddRange(Records);
        return copy;
    }

    /// <summary>The sentences this attribution covers: their figures belong to it.</summary>
    internal List<SentenceRecord> Records { get; } = [];
}
