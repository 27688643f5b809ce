package cn.gov.hubei.jxt.pilot.documents;

import org.springframework.context.MessageSourceResolvable;

import java.nio.file.Path;
import java.util.List;

/**
 * Refusal to render a PDF because no usable Chinese font is installed: a PDF without one would print empty boxes
 * instead of the application. The .docx does not need the font and keeps working.
 *
 * <p>{@link #getMessage()} is the Chinese text for the person who asked; the exception is also a
 * {@link MessageSourceResolvable} (code {@value #MESSAGE_CODE}) for callers that render it through their own
 * message source.
 */
public class PdfFontUnavailableException extends RuntimeException implements MessageSourceResolvable {

    public static final String MESSAGE_CODE = "documents.error.pdf-font-unavailable";

    private final List<Path> candidates;

    public PdfFontUnavailableException(String message, List<Path> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** The font files that were looked for (property {@code app.documents.fonts}), for the administrator. */
    public List<Path> candidates() {
        return candidates;
    }

    @Override
    public String[] getCodes() {
        return new String[] {MESSAGE_CODE};
    }

    @Override
    public Object[] getArguments() {
        return new Object[0];
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
