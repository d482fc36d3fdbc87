using FactCheck.Core.Language;

namespace FactCheck.Cli;

/// <summary>
/// <c>parse FILE.conllu [--model PATH]</c>: CoNLL-U in, CoNLL-U out with predicted LEMMA, UPOS, XPOS, HEAD
/// and DEPREL. Tokenisation and every other line (comments, multiword ranges, empty nodes) pass through.
/// </summary>
public static class ParseCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout)
    {
        var o = new Options(args);
        if (o.Positional.Count != 1) throw new CommandLineException("parse: expected one FILE.conllu");
        var path = o.Positional[0];
        var model = LoadModel(o.Get("--model"), "parse");
        try
        {
            using var reader = ConlluReader.OpenFile(path);
            foreach (var sentence in ConlluReader.Read(reader)) ConlluWriter.Write(stdout, model.Parse(sentence));
        }
        catch (ConlluFormatException e) { throw new CommandLineException($"parse: {path}: {e.Message}"); }
        catch (IOException e) { throw new CommandLineException($"parse: cannot read {path}: {e.Message}"); }
        catch (UnauthorizedAccessException) { throw new CommandLineException($"parse: not allowed to read {path}"); }
        await stdout.FlushAsync();
        return 0;
    }

    internal static LanguageModel LoadModel(string? path, string command)
    {
        try { return path is null ? LanguageModel.Shared : ModelFile.Load(path); }
        catch (FileNotFoundException) { throw new CommandLineException($"{command}: model file not found: {path}"); }
        catch (InvalidDataException e) { throw new CommandLineException($"{command}: {path ?? "shipped model"}: {e.Message}"); }
    }
}
