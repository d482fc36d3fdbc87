using System.Text;
using FactCheck.Core.Reviews;

namespace FactCheck.Web;

public static class ReportFiles
{
    /// <summary>A safe download name: "factcheck-42-floods-in-porto-alegre.md".</summary>
    public static string MarkdownFileName(Article article)
    {
        var slug = new StringBuilder();
        foreach (var ch in article.Title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) slug.Append(ch);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 60) break;
        }
        return $"factcheck-{article.Id}-{slug.ToString().Trim('-')}.md".Replace("--", "-");
    }

    /// <summary>"factcheck-42-floods-in-porto-alegre-v2.md": a published version.</summary>
    public static string VersionFileName(Article article, int version) => Path.ChangeExtension(MarkdownFileName(article), null) + $"-v{version}.md";

    /// <summary>"factcheck-42-floods-in-porto-alegre-draft.md": the working draft of a published report.</summary>
    public static string DraftFileName(Article article) => Path.ChangeExtension(MarkdownFileName(article), null) + "-draft.md";
}
