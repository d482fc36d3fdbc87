using FactCheck.Core.Language;

namespace FactCheck.Cli;

/// <summary>
/// <c>parse FILE.conllu [--model PATH] [--beam N]</c>: CoNLL-U in, CoNLL-U out with predicted LEMMA, UPOS, XPOS,
/// HEAD and DEPREL. Tokenisation and every other line (comments, multiword ranges, empty nodes) pass through.
/// Parses greedily unless told otherwise: the shipped model is trained greedily, and a beam only helps a model
/// trained with one (train --beam N).
/// </summary>
public static class ParseCommand
{
    public const int DefaultBeam = 1;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout)
    {
        var o = new Options(args);
        if (o.Positional.Count != 1) throw new CommandLineException("parse: expected one FILE.conllu");
        var path = o.Positional[0];
        var model = LoadModel(o.Get("--model"), "parse");
        var beam = Beam(o, "parse");
        try
        {
            using var reader = ConlluReader.OpenFile(path);
            foreach (var sentence in ConlluReader.Read(reader)) ConlluWriter.Write(stdout, model.Parse(sentence, beam));
        }
        catch (ConlluFormatException e) { throw new CommandLineException($"parse: {path}: {e.Message}"); }
        catch (IOException e) { throw new CommandLineException($"parse: cannot read {path}: {e.Message}"); }
        catch (UnauthorizedAccessException) { throw new CommandLineException($"parse: not allowed to read {path}"); }
        await stdout.FlushAsync();
        return 0;
    }

    internal static int Beam(Options o, string command) => o.Get("--beam") is not { } b ? DefaultBeam
        : int.TryParse(b, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 64 ? n
        : throw new CommandLineException($"{command}: --beam takes a width from 1 to 64");

    internal static LanguageModel LoadModel(string? path, string command)
    {
        try { return path is null ? LanguageModel.Shared : ModelFile.Load(path); }
        catch (FileNotFoundException) { throw new CommandLineException($"{command}: model file not found: {path}"); }
        catch (InvalidDataException e) { throw new CommandLineException($"{command}: {path ?? "shipped model"}: {e.Message}"); }
    }
}
