namespace FactCheck.Core.Import;

/// <summary>
/// Raised deep inside a reader when the input cannot become article text; <see cref="ArticleImporter"/>
/// turns it into a failed <see cref="ImportResult"/> in one place. The message is for the user.
/// </summary>
internal sealed class ImportRejectedException(string message) : Exception(message);

/// <summary>What a format reader hands back before the importer's common checks and normalisation.</summary>
internal sealed record ExtractedArticle(string Text, ArticleMetadata Metadata);
