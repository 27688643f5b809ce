package cn.gov.hubei.jxt.pilot.objection;

/** No objection case of that id that the caller may see (404, whether it exists or not). */
public class ObjectionNotFoundException extends RuntimeException {

    private final long caseId;

    public ObjectionNotFoundException(long caseId) {
        super("objection case " + caseId);
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
