namespace FactCheck.Core.Import;

/// <summary>Where the article text came from.</summary>
public enum ImportFormat { PlainText, Markdown, Html, Docx, Pdf, Pasted }
