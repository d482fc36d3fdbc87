using System.Net;

namespace FactCheck.Core.Reports;

/// <summary>A report as one self-contained, printable HTML page: sanitised body, inline styles, no script.</summary>
public static class StandaloneHtml
{
    private const string Styles = """
        body { font: 16px/1.6 Georgia, "Times New Roman", serif; color: #1d232a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
        h1, h2, h3 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.25; }
        h2 { border-bottom: 1px solid #d5dade; padding-bottom: .2rem; margin-top: 2rem; }
        table { border-collapse: collapse; margin: 0 0 1rem; }
        th, td { border: 1px solid #c9cfd4; padding: .3rem .7rem; text-align: left; vertical-align: top; }
        th { background: #f1f4f6; }
        blockquote { margin: .4rem 0 .8rem; padding: .3rem .9rem; border-left: 4px solid #b0bec5; background: #f7f9fa; }
        a { color: #1565c0; }
        @media print { body { margin: 0; max-width: none; } a { color: inherit; } a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; } }
        """;

    public static string Write(string title, string markdown) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>{WebUtility.HtmlEncode(title)}</title>
        <style>
        {Styles}
        </style>
        </head>
        <body>
        {MarkdownRenderer.ToHtml(markdown)}
        </body>
        </html>
        """;
}
