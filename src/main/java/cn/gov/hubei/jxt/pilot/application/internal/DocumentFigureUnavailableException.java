package cn.gov.hubei.jxt.pilot.application.internal;

import org.springframework.context.MessageSourceResolvable;

/**
 * Refusal to render the 申报书 because one of its figures cannot be read: its stored bytes no longer match their
 * digest, or they are not an image this server can read. A document that silently left the figure out would not be
 * the application that was submitted, so none is produced; the message names the figure so that the programme
 * office (or the applicant, for a draft) knows which one.
 */
public class DocumentFigureUnavailableException extends RuntimeException implements MessageSourceResolvable {

    public static final String MESSAGE_CODE = "application.document.figure-unavailable";

    private final long fileId;
    private final String caption;

    DocumentFigureUnavailableException(long fileId, String caption, Throwable cause) {
        super("figure " + fileId + " of the document cannot be read", cause);
        this.fileId = fileId;
        this.caption = caption == null ? "" : caption;
    }

    public long fileId() {
        return fileId;
    }

    @Override
    public String[] getCodes() {
        return new String[] {MESSAGE_CODE};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {caption, String.valueOf(fileId)};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
