namespace FactCheck.Core.Language;

/// <summary>Writes sentences back as CoNLL-U: each sentence's lines, then a blank line.</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        foreach (var line in sentence.Lines())
        {
            writer.Write(line);
            writer.Write('\n');
        }
        writer.Write('\n');
    }
}
