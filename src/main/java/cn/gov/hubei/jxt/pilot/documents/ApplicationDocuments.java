package cn.gov.hubei.jxt.pilot.documents;

import cn.gov.hubei.jxt.pilot.documents.internal.ApplicationLayout;
import cn.gov.hubei.jxt.pilot.documents.internal.Block;
import cn.gov.hubei.jxt.pilot.documents.internal.CjkFonts;
import cn.gov.hubei.jxt.pilot.documents.internal.DocumentMessages;
import cn.gov.hubei.jxt.pilot.documents.internal.DocxWriter;
import cn.gov.hubei.jxt.pilot.documents.internal.PdfWriter;
import cn.gov.hubei.jxt.pilot.documents.internal.RenderedDocuments;
import org.springframework.context.MessageSource;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The 申报书 (湖北省智能制造试点示范项目申报书, 附件3) as .docx and as PDF. Rendering reads nothing but the model
 * (and, for the PDF, the installed fonts): a submitted version renders the same document every time.
 * Thread-safe; one instance serves the whole application.
 */
public class ApplicationDocuments {

    private final DocumentMessages messages;
    private final ApplicationLayout layout;
    private final DocxWriter docx;
    private final PdfWriter pdf;
    private final CjkFonts fonts;
    private final RenderedDocuments frozen;

    /** @param clock its zone makes the document's date a calendar day */
    public ApplicationDocuments(MessageSource messages, DocumentsProperties properties, Clock clock) {
        this.docx = new DocxWriter(clock.getZone());
        this.pdf = new PdfWriter(clock.getZone());
        this.messages = new DocumentMessages(messages);
        this.layout = new ApplicationLayout(this.messages);
        this.fonts = new CjkFonts(properties.fontPaths());
        this.frozen = new RenderedDocuments(properties.frozenCacheBytes());
    }

    /**
     * The .docx of a document that never changes, such as a submitted (frozen) version: rendered once and kept in
     * memory (up to {@code app.documents.frozen-cache-size}), so repeated downloads cost no rendering.
     *
     * @param frozenKey names that unchanging document (e.g. application, version number and submission time); a
     *                  draft must never be rendered through this method
     */
    public byte[] docxOfFrozen(String frozenKey, ApplicationDocument document) {
        return docxOfFrozen(frozenKey, () -> document);
    }

    /**
     * As {@link #docxOfFrozen(String, ApplicationDocument)}, the document built only when it is not kept yet (building
     * it reads the version and its figures: a download served from memory does neither).
     */
    public byte[] docxOfFrozen(String frozenKey, Supplier<ApplicationDocument> document) {
        return frozen.get("docx:" + frozenKey, () -> docx(document));
    }

    /** The PDF of a document that never changes, kept like {@link #docxOfFrozen}. */
    public byte[] pdfOfFrozen(String frozenKey, ApplicationDocument document) {
        return pdfOfFrozen(frozenKey, () -> document);
    }

    /** The PDF of a document that never changes, built only when it is not kept yet. */
    public byte[] pdfOfFrozen(String frozenKey, Supplier<ApplicationDocument> document) {
        return frozen.get("pdf:" + frozenKey, () -> pdf(document));
    }

    /** How many frozen documents were rendered rather than served from memory. */
    public int frozenRenderings() {
        return frozen.renderings();
    }

    /**
     * At most as many documents are laid out and written at once as the machine has processors; further requests wait
     * their turn. A rendering holds the whole document, its figures and (for a PDF) the parsed fonts in memory: sixteen
     * draft PDFs at once exhausted a 512 MB heap, while more renderings at once than processors are not faster.
     */
    private final Semaphore renderings = new Semaphore(RENDERINGS_AT_ONCE, true);
    private final AtomicInteger rendering = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /** How many documents may be rendered at the same time. */
    public static final int RENDERINGS_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** The most documents rendered at the same time since this instance was made. */
    public int mostRenderingsAtOnce() {
        return mostAtOnce.get();
    }

    private byte[] rendered(Supplier<byte[]> rendering) {
        renderings.acquireUninterruptibly();
        try {
            mostAtOnce.accumulateAndGet(this.rendering.incrementAndGet(), Math::max);
            return rendering.get();
        } finally {
            this.rendering.decrementAndGet();
            renderings.release();
        }
    }

    /** The 申报书 as a Word document (.docx, Office Open XML). */
    public byte[] docx(ApplicationDocument document) {
        return docx(() -> document);
    }

    /**
     * As {@link #docx(ApplicationDocument)}, the document made only once its turn to be rendered has come: a request
     * waiting for its turn holds no figures in memory.
     */
    public byte[] docx(Supplier<ApplicationDocument> mapping) {
        return rendered(() -> {
            ApplicationDocument document = mapping.get();
            List<Block> blocks = layout.layout(document);
            return docx.write(blocks, messages.text("documents.title"), document.cover().applicant(),
                    document.cover().date());
        });
    }

    /**
     * The 申报书 as PDF with an embedded Chinese font.
     *
     * @throws PdfFontUnavailableException if none of the configured fonts ({@code app.documents.fonts}) is installed
     */
    public byte[] pdf(ApplicationDocument document) {
        return pdf(() -> document);
    }

    /** As {@link #pdf(ApplicationDocument)}, the document made only once its turn to be rendered has come. */
    public byte[] pdf(Supplier<ApplicationDocument> mapping) {
        List<CjkFonts.Font> usable = fonts.usable();
        if (usable.isEmpty()) {
            throw new PdfFontUnavailableException(messages.text(PdfFontUnavailableException.MESSAGE_CODE),
                    fonts.candidates());
        }
        return rendered(() -> {
            ApplicationDocument document = mapping.get();
            List<Block> blocks = layout.layout(document);
            return pdf.write(blocks, messages.text("documents.title"), document.cover().applicant(),
                    document.cover().date(), usable);
        });
    }
}
