namespace FactCheck.Core.Tests.Sources;

/// <summary>Made-up sources for the fetch tests.</summary>
internal static class SourcePages
{
    public const string Article = """
        <!doctype html>
        <html><head>
          <title>Flood report | Campo Sereno Gazette</title>
          <meta property="og:site_name" content="Campo Sereno Gazette">
          <meta name="author" content="Lena Ortiz">
          <meta property="article:published_time" content="2026-03-11T18:00:00-03:00">
          <script>var tracking = "homes were flooded 9999";</script>
          <style>body { color: red }</style>
        </head><body>
          <nav><a href="/">Home</a> <a href="/sport">Sport</a> Subscribe now</nav>
          <article>
            <h1>River Sereno floods 1,204 homes</h1>
            <p>The civil defence agency said on Wednesday that 1,204 homes were flooded when the River Sereno
            burst its banks, and that about 3,400 people spent the night in shelters.</p>
            <p>Mayor Ana Ruiz said the “flood-
            waters had reached the old bridge” before midnight.</p>
          </article>
          <footer>© Gazette. Cookie settings.</footer>
        </body></html>
        """;

    public const string PlainText = "Bulletin 7.\nThe reservoir stood at 41% of capacity on 10 March.\nRationing continues.";

    /// <summary>A page of bare divs: no article, no main, no nav; menus and teasers are link lists.</summary>
    public const string DivSoup = """
        <html><head><title>Statistics office — Housing bulletin</title></head><body>
          <div class="top"><div class="menu"><a href="/">Home</a> | <a href="/data">Data</a> | <a href="/about">About the statistics office</a></div></div>
          <div class="wrap">
            <div class="content">
              <p>The national statistics office recorded 12,480 housing starts in the first quarter, down 6% on a year earlier.</p>
              <p>Starts fell in the north, where heavy rain delayed work on several large sites, but rose slightly in the capital.</p>
              <p>Permits, a leading indicator, were broadly flat, the office said, at 15,020 for the quarter.</p>
            </div>
            <div class="related">
              <p><a href="/a">Related: rents rose again in the capital, the office says</a></p>
              <p><a href="/b">Related: mortgage approvals, a quarterly series from the central bank</a></p>
            </div>
          </div>
          <div class="legal">Copyright. All rights reserved.</div>
        </body></html>
        """;
}
