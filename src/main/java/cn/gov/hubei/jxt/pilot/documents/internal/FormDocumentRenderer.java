package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.DocumentsProperties;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocuments;
import cn.gov.hubei.jxt.pilot.documents.PdfFontUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The forms and tables of the programme as .docx, PDF and .xlsx ({@link FormDocuments}). Rendering reads nothing but
 * the model (and, for the PDF, the installed fonts, each read once per process by {@link CjkFonts}). Thread-safe.
 */
@Component
public class FormDocumentRenderer implements FormDocuments {

    private final DocumentMessages messages;
    private final FormDocx docx;
    private final FormXlsx xlsx;
    private final FormXhtml xhtml;
    private final PdfWriter pdf;
    private final CjkFonts fonts;

    /** @param clock its zone makes the document's date a calendar day */
    public FormDocumentRenderer(MessageSource messages, DocumentsProperties properties, Clock clock) {
        this.messages = new DocumentMessages(messages);
        this.docx = new FormDocx(this.messages, clock.getZone());
        this.xlsx = new FormXlsx(this.messages, clock.getZone());
        this.xhtml = new FormXhtml(this.messages);
        this.pdf = new PdfWriter(clock.getZone());
        this.fonts = new CjkFonts(properties.fontPaths());
    }

    /** @throws IllegalArgumentException when a grid has no columns or a figure is neither PNG nor JPEG */
    @Override
    public byte[] docx(FormDocument document) {
        return docx.write(FormLayout.checked(document));
    }

    @Override
    public byte[] pdf(FormDocument document) {
        FormLayout.checked(document);
        List<CjkFonts.Font> usable = fonts.usable();
        if (usable.isEmpty()) {
            throw new PdfFontUnavailableException(messages.text(PdfFontUnavailableException.MESSAGE_CODE),
                    fonts.candidates());
        }
        return pdf.render(families -> xhtml.write(document, families), Texts.clean(document.title()),
                Texts.clean(document.author()), document.created(), usable);
    }

    @Override
    public byte[] xlsx(FormDocument document) {
        return xlsx.write(FormLayout.checked(document));
    }
}
