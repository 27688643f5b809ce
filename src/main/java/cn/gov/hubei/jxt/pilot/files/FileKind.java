package cn.gov.hubei.jxt.pilot.files;

/** The kinds of file the system accepts, recognised by their content, never by their name. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot; a cleaned file name always ends with it or with an alias of it. */
    public String extension() {
        return extension;
    }

    /** The key (files bundle) of the name shown to people, e.g. 「Word（.docx）」. */
    public String messageKey() {
        return "files.kind." + name();
    }
}
