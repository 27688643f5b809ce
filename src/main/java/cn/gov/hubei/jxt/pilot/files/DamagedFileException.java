package cn.gov.hubei.jxt.pilot.files;

/** A stored file whose content no longer matches its digest (or is missing): reported, never served. */
public class DamagedFileException extends RuntimeException {

    private final long fileId;

    public DamagedFileException(long fileId, String message) {
        super(message);
        this.fileId = fileId;
    }

    public long fileId() {
        return fileId;
    }
}
