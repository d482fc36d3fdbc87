using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Sentences that are only a speech frame: "Okafor said." after a quoted question the splitter ended early.</summary>
public sealed partial class AttributionFinder
{
    /// <summary>
    /// When the sentence is nothing but a frame ("Okafor said.", "the mayor asked at a press conference."), the speaker and
    /// the cue token; otherwise null. Used for a quotation that ended its own sentence with "?" or "!".
    /// </summary>
    public (ResolvedSpeaker Speaker, Token Cue)? FrameOnly(List<Token> tokens)
    {
        if (tokens.Count < 2) return null;
        foreach (var t in tokens) if (t.InQuote || t.Is("\"")) return null;
        var c = 0;
        while (c < tokens.Count && c < 9 && !(tokens[c].IsWord && IsInversionCue(tokens[c].Text))) c++;
        if (c == 0 || c >= tokens.Count || c >= 9) return null;
        var s = 0;
        while (s < c && tokens[s].IsWord && IsConnective(tokens[s].Text)) s++;
        var e = c;
        while (e > s && tokens[e - 1].IsWord && (Auxiliaries.Contains(tokens[e - 1].Text) || tokens[e - 1].Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(tokens[e - 1].Text[0]))) e--;
        if (e <= s || !(tokens[s].IsCapitalized || Names.IsPronoun(tokens[s].Text) || tokens[s].Text is "the" or "a")) return null;
        for (var k = s; k < e; k++)
            if (!(tokens[k].IsWord || tokens[k].Is(".") || tokens[k].Is(",") || tokens[k].Is("(") || tokens[k].Is(")")) || tokens[k].IsWord && (BoundaryWords.Contains(tokens[k].Text) || ClauseVerbs.Contains(tokens[k].Text))) return null;
        // After the cue: nothing, or a place, time, occasion or listener ("at a press conference", "to reporters", ", according to").
        var after = SkipModifiers(tokens, c + 1, tokens[c].Text);
        if (after < tokens.Count && !(tokens[after].Text is "." or "," or "at" or "in" or "on" or "during" or "to" or "after" or "before" or "while" or "with" or "from" or "of" || tokens[after].Is("!") || tokens[after].Is("?"))) return null;
        for (var k = after; k < tokens.Count; k++) if (tokens[k].IsWord && tokens[k].Text is "that" or "whether" or "if") return null;
        var speaker = _resolver.Resolve(tokens, s, e);
        return speaker is null ? null : (speaker, tokens[c]);
    }
}
