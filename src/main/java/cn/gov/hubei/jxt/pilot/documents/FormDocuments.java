package cn.gov.hubei.jxt.pilot.documents;

/**
 * Renders a {@link FormDocument} as .docx (opens in Word and WPS), PDF (embedded CJK font) and .xlsx (one sheet per
 * {@link FormDocument.Grid}, set up to print on A4, header repeated; the title and subtitles above the table).
 * Thread-safe.
 */
public interface FormDocuments {

    byte[] docx(FormDocument document);

    /** @throws PdfFontUnavailableException when no CJK font is configured or found */
    byte[] pdf(FormDocument document);

    /** @throws IllegalArgumentException when the document has no grid */
    byte[] xlsx(FormDocument document);
}
