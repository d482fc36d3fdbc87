namespace FactCheck.Core.Language;

/// <summary>A gold sentence prepared for training: features of each word, gold tags and tree, and the tags a tagger predicted.</summary>
internal sealed class TrainingSentence
{
    public required string[] Forms { get; init; }

    public required WordInfo[] Words { get; init; }

    /// <summary>Gold tag id per word.</summary>
    public required int[] Tags { get; init; }

    /// <summary>Gold lemma per word.</summary>
    public required string[] Lemmas { get; init; }

    /// <summary>Gold head per word (1-based word ids, 0 for the root), indexed by word id − 1.</summary>
    public required int[] Heads { get; init; }

    /// <summary>Gold relation id per word.</summary>
    public required int[] Labels { get; init; }

    /// <summary>Tags predicted by a tagger that did not see this sentence (set by jackknifing).</summary>
    public int[] PredictedTags { get; set; } = [];
}
