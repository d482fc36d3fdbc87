namespace FactCheck.Core.Tests.Extraction;

/// <summary>Small fictional articles written for these tests.</summary>
internal static class SampleArticles
{
    /// <summary>Messy copy: wrapped headline, byline, dateline, NBSP, curly quotes, a caption, hyphenation, roles and pronouns.</summary>
    public const string Floods =
        "Floods Leave Thousands\nHomeless in Southern Chile\n\n" +
        "By Maria Lopez\n\n" +
        "SANTIAGO, March 4 (Reuters) - Chile\u2019s Deputy Finance Minister Elena\u00A0Marquez said on Tuesday that the govern-\nment would release emergency funds within a week.\n\n" +
        "\u201cWe will not leave anyone behind,\u201d she said. \u201cThe money is already there.\u201d\n\n" +
        "The union leader Pablo Rojas, who represents dock workers in Valparaiso, warned that the funds were too small. " +
        "The minister rejected that view, and the union leader noted that previous aid had arrived late.\n\n" +
        "Photo: Residents wade through a flooded street in Temuco (Reuters/Ana Diaz)\n\n" +
        "At least 1,204 homes were flooded and another 310 were destroyed, according to the interior ministry. " +
        "The ministry said rescue teams reached Temuco on Wednesday.\n\n" +
        "Rojas called the plan \u201ca drop in the ocean\u201d in an interview. He added, \u201cWe need real help.\u201d";

    /// <summary>A quotation that runs over two paragraphs (the first left open) and a speaker named after the quote.</summary>
    public const string LongQuote =
        "Port Strike Ends After Nine Days\n\n" +
        "ROTTERDAM (AP) \u2014 Dock workers returned to work on Friday after the port authority agreed to a new contract.\n\n" +
        "\"We fought for every cent of this. Nobody gave us anything for free.\n\n" +
        "\"Now we go back with our heads high,\" said Joost van Dijk, the veteran shop steward who led the talks.\n\n" +
        "The veteran shop steward added that the deal would be put to a vote next month.";
}
