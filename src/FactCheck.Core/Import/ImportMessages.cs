using System.Globalization;

namespace FactCheck.Core.Import;

/// <summary>Every user-facing import error, worded in one place: what is wrong, then what to do.</summary>
internal static class ImportMessages
{
    public const string Accepted = ".txt, .md, .html, .docx or .pdf";

    private const string Remedy = $"Upload a {Accepted} file, or paste the text.";

    public static string UnknownType(string name, string extension) => extension.Length == 0
        ? $"'{name}' has no file extension, so its format is unknown. {Remedy}"
        : $"'{name}' is a {extension} file, which cannot be imported. {Remedy}";

    public static string LegacyWord(string name) =>
        $"'{name}' is an old Word 97–2003 .doc file, which cannot be imported. Open it in Word and save it as .docx, or paste the text.";

    public static string EmptyFile(string name) => $"'{name}' is empty (0 bytes). Check that you chose the right file.";

    public static string NoText(string name, ImportFormat format) => format switch
    {
        ImportFormat.Pdf => $"'{name}' has no text layer to read; it is probably a scanned image. Run it through OCR first, or paste the text.",
        ImportFormat.Pasted => "The pasted text is empty or only whitespace. Paste the article's text.",
        _ => $"'{name}' holds no text, only whitespace or markup. Check that you chose the right file.",
    };

    public static string FileTooLarge(string name, long? actualBytes, long limitBytes) => actualBytes is { } actual
        ? $"'{name}' is {Size(actual)}, which is over the {LimitSize(limitBytes)} limit. Split the article into parts, or paste only the article's text."
        : $"'{name}' is over the {LimitSize(limitBytes)} limit. Split the article into parts, or paste only the article's text.";

    public static string TextTooLong(string what, int actualChars, int limitChars) =>
        $"{what} is {Count(actualChars)} characters long, which is over the limit of {Count(limitChars)} characters. Split the article and check it in parts.";

    public static string Binary(string name, string? guess) =>
        $"The file is not text: '{name}' looks like binary data{(guess is null ? "" : $" ({guess}?)")}. {Remedy}";

    public static string Utf16WithoutBom(string name) =>
        $"'{name}' looks like UTF-16 text without a byte-order mark, which cannot be read reliably. Save it as UTF-8 and upload it again, or paste the text.";

    public static string InvalidUtf8(string name, long byteOffset, byte value) =>
        $"'{name}' is not valid UTF-8 text: byte 0x{value:X2} at position {Count(byteOffset)} is not part of any UTF-8 character, and the file is not consistently Windows-1252 either. Save it as UTF-8 (Save As → Encoding: UTF-8) and upload it again, or paste the text.";

    public static string InvalidUtf16(string name) =>
        $"'{name}' starts with a UTF-16 byte-order mark but its contents are not valid UTF-16. Save it as UTF-8 and upload it again, or paste the text.";

    public static string CorruptDocx(string name) =>
        $"'{name}' could not be read as a Word document: it is damaged, password-protected, or not really a .docx. Open it in Word and save it again as .docx, or paste the text.";

    public static string MarkdownTooDeep(string name, int levels) =>
        $"'{name}' nests block quotes or lists more than {levels} levels deep, which no article does and FactCheck cannot read. Save the article as plain text (.txt) and upload that, or paste the text.";

    public static string UnreadableMarkdown(string name) =>
        $"'{name}' could not be read as Markdown: its formatting is too deeply nested or too large to lay out. Save the article as plain text (.txt) and upload that, or paste the text.";

    public static string TooManyElements(string name, int limit) =>
        $"'{name}' is HTML of more than {limit:N0} elements, far more than any article page; it may be built to overload the server. Save the article's text as .txt and upload that, or paste the text.";

    public static string DocxUnpacksTooMuch(string name, long limitBytes) =>
        $"'{name}' expands to more than {LimitSize(limitBytes)} when unpacked, far more than the text of an article; it may be damaged or built to overload the server. Save the article as plain text (.txt) or split it, and upload again, or paste the text.";

    public static string DocxTextTooLong(string name, int limitChars) =>
        $"'{name}' holds more than {Count(limitChars)} characters of text, the limit for one article, so reading stopped there. Save the article as plain text (.txt) or split it, and check it in parts.";

    public static string DocxTooManyParts(string name, int limit) =>
        $"'{name}' is a package of more than {Count(limit)} parts, far more than a Word document has; it may be damaged or built to overload the server. Open it in Word and save it again as .docx, or paste the text.";

    public static string DocxTooDeep(string name, int limit) =>
        $"'{name}' nests its contents more than {Count(limit)} levels deep, far more than Word writes; it may be damaged or built to overload the server. Open it in Word and save it again as .docx, or paste the text.";

    public static string CorruptPdf(string name) =>
        $"'{name}' could not be read as a PDF: it is damaged or not really a PDF. Open it and export it as PDF again, or paste the text.";

    public static string PdfUnpacksTooMuch(string name, long limitBytes) =>
        $"'{name}' holds compressed data that unpacks to more than {LimitSize(limitBytes)}, far more than an article needs; it may be damaged or built to overload the server. Save the article as plain text (.txt) or split the PDF, and upload again, or paste the text.";

    public static string TooManyPages(string name, int pages, int limit) =>
        $"'{name}' has {Count(pages)} pages, more than the {Count(limit)} FactCheck reads for one article. Split the PDF and upload the pages of the article, or paste the text.";

    public static string PdfPageTooDense(string name, int page, int limitGlyphs) =>
        $"Page {page} of '{name}' draws more than {Count(limitGlyphs)} characters, far more than a page of an article; it may be damaged or built to overload the server. Save the article as plain text (.txt) and upload that, or paste the text.";

    public static string PdfTextTooLong(string name, int limitChars, int page) =>
        $"The text of '{name}' passes the limit of {Count(limitChars)} characters by page {Count(page)}, so reading stopped there. Split the article and check it in parts, or save it as plain text (.txt) and upload the part you need.";

    public static string EncryptedPdf(string name) =>
        $"'{name}' is a password-protected PDF. Remove the password (or print it to a new PDF) and upload it again, or paste the text.";

    /// <summary>A measured size, always with one decimal so it never looks rounded to the limit: "20.0 MB", "48.0 KB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>A configured limit, as it was probably written: "10 MB", "1.5 MB", "500 KB".</summary>
    public static string LimitSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
