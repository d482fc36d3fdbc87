using System.Text;
using FactCheck.Core.Reports;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Core.Import;

/// <summary>
/// Markdown → plain text: markup removed, paragraphs separated by blank lines, line breaks inside a
/// paragraph kept (hard wraps are repaired later). Headline from the first level-1 heading; YAML front
/// matter (title, author, date, url) is read for metadata and left out of the text.
/// </summary>
internal static class MarkdownArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <exception cref="ImportRejectedException">Block quotes or lists nested deeper than any article, or text Markdig cannot parse.</exception>
    public static ExtractedArticle Read(string markdown, string name)
    {
        // Excess inline nesting only loses formatting the text does without; excess block nesting is no article.
        var flattened = MarkdownNesting.Flatten(markdown, frontMatter: true);
        if (flattened.BlocksFlattened) throw new ImportRejectedException(ImportMessages.MarkdownTooDeep(name, MarkdownNesting.MaxBlockLevels));
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(flattened.Text, Pipeline);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Markdig's own limits throw ArgumentException; anything else is a parser bug on odd input.
            throw new ImportRejectedException(ImportMessages.UnreadableMarkdown(name));
        }
        var blocks = new List<string>();
        foreach (var block in document)
            AddBlock(block, blocks);

        var front = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString())
            : ArticleMetadata.None;
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } h1
            ? MetadataValues.Clean(InlineText(h1.Inline!))
            : null;
        return new ExtractedArticle(string.Join("\n\n", blocks), front with { Title = front.Title ?? heading });
    }

    private static void AddBlock(Block block, List<string> output)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or HtmlBlock or LinkReferenceDefinitionGroup:
                break;
            case LeafBlock { Inline: { } inline }:
                AddIfText(InlineText(inline), output);
                break;
            case CodeBlock code:
                AddIfText(code.Lines.ToString(), output);
                break;
            case ListBlock list:
                foreach (var (item, index) in list.OfType<ListItemBlock>().Select((item, i) => (item, i)))
                {
                    var inner = new List<string>();
                    foreach (var child in item) AddBlock(child, inner);
                    var marker = list.IsOrdered ? $"{index + (int.TryParse(list.OrderedStart, out var s) ? s : 1)}. " : "- ";
                    AddIfText(marker + string.Join("\n", inner), output);
                }
                break;
            case ContainerBlock container:
                foreach (var child in container) AddBlock(child, output);
                break;
        }
    }

    private static void AddIfText(string text, List<string> output)
    {
        if (!string.IsNullOrWhiteSpace(text)) output.Add(text.Trim());
    }

    private static string InlineText(ContainerInline container)
    {
        var sb = new StringBuilder();
        AppendInlines(container, sb);
        return sb.ToString();
    }

    private static void AppendInlines(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append('\n'); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline link: sb.Append(link.Url); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline child: AppendInlines(child, sb); break;
            }
        }
    }
}
