package cn.gov.hubei.jxt.pilot.application;

/**
 * A section was saved by someone else (another tab, a colleague) since the caller read it: nothing was written.
 * Carries both versions so that the person can choose which to keep.
 */
public class SectionConflictException extends RuntimeException {

    private final SavedSection theirs;
    private final SectionContent yours;
    private final int expectedVersion;

    public SectionConflictException(SavedSection theirs, SectionContent yours, int expectedVersion) {
        super("section " + theirs.key().key() + " is at version " + theirs.version() + ", not " + expectedVersion);
        this.theirs = theirs;
        this.yours = yours;
        this.expectedVersion = expectedVersion;
    }

    public SavedSection theirs() {
        return theirs;
    }

    public SectionContent yours() {
        return yours;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
