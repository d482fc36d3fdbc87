using System.Text;
using FactCheck.Cli;

// A buffered standard output: `parse` writes a line per word, and Console.Out flushes every write.
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
return await CommandLine.RunAsync(args, stdout, Console.Error);
