using FactCheck.Core.Import;
using static FactCheck.Core.Tests.Import.TestDocuments;

namespace FactCheck.Core.Tests.Import;

public sealed class HtmlImportTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Floods swamp city | Meridian News</title>
          <meta property="og:title" content="Floods swamp city (og)">
          <meta name="author" content="Helena  Prado">
          <meta property="article:published_time" content="2026-03-12T23:40:00-03:00">
          <meta property="og:url" content="https://news.example/og-url">
          <link rel="canonical" href="https://news.example/world/floods-swamp-city">
          <style>p { color: red }</style>
          <script>var tracking = "should not appear";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Floods swamp
                city</h1>
            <p>CAMPO SERENO, Brazil, March 12 (Meridian News)--At least
               1,204 homes were flooded.</p>
            <figure><img src="x.jpg" alt="alt text"><figcaption>Residents wade through water.</figcaption></figure>
            <p>“We have never seen this,” Mayor Ana Ruiz said.<br>Second line&nbsp;here.</p>
            <aside>Related: other story</aside>
            <script>document.write("ad")</script>
            <ul><li>First item</li><li>Second <em>item</em></li></ul>
          </article>
          <footer>© Meridian News</footer>
        </body></html>
        """;

    [Fact]
    public void Html_keeps_the_article_and_drops_page_furniture()
    {
        var result = Upload("story.html", Page);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(ImportFormat.Html, result.Format);
        Assert.Equal(
            "Floods swamp city\n\nCAMPO SERENO, Brazil, March 12 (Meridian News)--At least 1,204 homes were flooded.\n\n" +
            "Residents wade through water.\n\n“We have never seen this,” Mayor Ana Ruiz said.\nSecond line\u00a0here.\n\nFirst item\n\nSecond item",
            result.Text);
    }

    [Fact]
    public void Html_metadata_comes_from_h1_and_meta_tags()
    {
        var result = Upload("story.htm", Page);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Floods swamp city", result.DetectedTitle);
        Assert.Equal("Helena Prado", result.DetectedAuthor);
        // The local date of publication, not the UTC one (which would be 13 March).
        Assert.Equal(new DateOnly(2026, 3, 12), result.DetectedPublished);
        Assert.Equal("https://news.example/world/floods-swamp-city", result.DetectedUrl);
    }

    [Fact]
    public void Without_h1_the_title_falls_back_to_og_title_then_the_title_element()
    {
        var withOg = Upload("a.html", """<html><head><title>Page title</title><meta property="og:title" content="OG title"></head><body><p>Text.</p></body></html>""");
        var titleOnly = Upload("b.html", "<html><head><title>Page title</title></head><body><p>Text.</p></body></html>");

        Assert.Equal("OG title", withOg.DetectedTitle);
        Assert.Equal("Page title", titleOnly.DetectedTitle);
    }

    [Fact]
    public void A_profile_url_is_not_taken_as_the_author_and_a_relative_canonical_is_ignored()
    {
        var result = Upload("c.html", """
            <html><head><meta property="article:author" content="https://news.example/staff/prado">
            <link rel="canonical" href="/relative/path"><meta property="og:url" content="javascript:alert(1)"></head>
            <body><p>Text.</p></body></html>
            """);

        Assert.True(result.Ok, result.Error);
        Assert.Null(result.DetectedAuthor);
        Assert.Null(result.DetectedUrl);
    }

    [Fact]
    public void A_page_of_only_scripts_and_navigation_has_no_text()
    {
        var result = Upload("empty.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>");

        Assert.False(result.Ok);
        Assert.Contains("'empty.html' holds no text", result.Error);
    }

    [Fact]
    public void Json_ld_supplies_author_and_date_when_meta_tags_do_not()
    {
        var result = Upload("d.html", """
            <html><head>
            <script type="application/ld+json">{ broken json </script>
            <script type="application/ld+json">
              {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Meridian"},
               {"@type":["NewsArticle"],"headline":"River hits record","datePublished":"2026-03-12T08:00:00Z",
                "author":[{"@type":"Person","name":"Helena Prado"},{"@type":"Person","name":"Tiago Brandão"}]}]}
            </script></head>
            <body><p>Text.</p></body></html>
            """);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("River hits record", result.DetectedTitle);
        Assert.Equal("Helena Prado and Tiago Brandão", result.DetectedAuthor);
        Assert.Equal(new DateOnly(2026, 3, 12), result.DetectedPublished);
        Assert.Equal("Text.", result.Text);
    }
}
