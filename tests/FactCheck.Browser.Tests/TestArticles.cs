namespace FactCheck.Browser.Tests;

/// <summary>Short fictional news stories written for these tests.</summary>
public static class TestArticles
{
    public const string FerryTitle = "Marlow Bay Council Approves Second Ferry Route";

    /// <summary>A direct quotation, reported speech and figures, with a dateline.</summary>
    public const string Ferry = """
        Marlow Bay Council Approves Second Ferry Route

        MARLOW BAY, March 3 (Coastline Wire) -- The Marlow Bay town council voted 7-2 on Monday to open a second ferry route to Gull Island, a project expected to cost 4.2 million dollars.

        "This ferry will cut the commute for island families in half," Mayor Elena Brandt said after the vote.

        Harbour master Tomas Quill said the existing pier could handle at least 300 more passengers a day.

        According to the regional transport office, nearly 1,850 people live on Gull Island year-round.

        The first crossings are planned for the spring of next year.
        """;

    /// <summary>Markup that must be shown as text, never run.</summary>
    public const string Hostile = """
        Council Website Hacked <script>alert(1)</script>

        GREYSTONE, May 9 (Valley Post) -- The town's website showed the code <img src=x onerror=alert(1)> on its front page for 3 hours on Tuesday, officials said.

        "We restored the site from a backup within the afternoon," IT manager Ruth Okafor said.
        """;
}
