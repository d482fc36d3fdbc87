using System.Xml;
using FactCheck.Core.Exports;

namespace FactCheck.Core.Publishing;

/// <summary>The published fact-checks as an Atom feed (RFC 4287), newest first: one entry per fact-check at its latest version.</summary>
public static class AtomFeed
{
    public static string Write(IReadOnlyList<FactCheckEntry> entries, string indexUrl, PublisherSettings publisher)
    {
        var feedUrl = indexUrl + "/feed.atom";
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, CheckCharacters = true }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteElementString("title", ns, $"{publisher.Organization}: fact-checks");
            xml.WriteElementString("id", ns, feedUrl);
            Link(xml, ns, "self", feedUrl, "application/atom+xml");
            Link(xml, ns, "alternate", indexUrl, "text/html");
            var updated = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.FactCheck.Latest.PublishedAt);
            xml.WriteElementString("updated", ns, PublicHtml.IsoDate(updated));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, publisher.Organization);
            if (publisher.OrganizationUrl is { Length: > 0 } orgUrl) xml.WriteElementString("uri", ns, orgUrl);
            xml.WriteEndElement();
            foreach (var (factCheck, url) in entries)
            {
                var v = factCheck.Latest;
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, "Fact-check: " + Clean(v.Content?.Article.Title ?? factCheck.Slug));
                // The entry's id is the page's lasting address, so a correction updates the entry instead of adding one.
                xml.WriteElementString("id", ns, url);
                Link(xml, ns, "alternate", url, "text/html");
                xml.WriteElementString("published", ns, PublicHtml.IsoDate(factCheck.FirstPublishedAt));
                xml.WriteElementString("updated", ns, PublicHtml.IsoDate(v.PublishedAt));
                if (v.Content is { } content)
                {
                    var verdicts = string.Join("; ", content.Claims.Where(c => c.Verdict is not null).Select(c => $"{c.Verdict}: {c.Statement}"));
                    xml.WriteStartElement("summary", ns);
                    xml.WriteAttributeString("type", "text");
                    xml.WriteString(Clean(content.Summary is not null ? FactCheckPage.Description(content) : verdicts));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text.ToString();
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Characters XML 1.0 cannot hold at all (control characters a paste may carry) are left out.</summary>
    private static string Clean(string s) => string.Concat(s.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)));

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
