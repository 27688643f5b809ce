package cn.gov.hubei.jxt.pilot.application;

/**
 * Which applications a caller may see, as every query applies it in its SQL: an applicant its enterprise's, a
 * recommender its division's submitted ones (their frozen versions, never the draft), the programme office every
 * application submitted at least once (again its frozen versions only: drafts are the enterprise's own work), and
 * a person assigned to applications (an expert, a member of an inspection team: {@link ApplicationAssignments})
 * those assigned to them (again their frozen versions only), and everyone else none. {@link #ALL} is the system's
 * own view (other modules' rules), never a person's. A guessed id outside the scope is not found, exactly as an id
 * that does not exist.
 */
public record ApplicationScope(Kind kind, Long enterpriseId, String divisionCode, Long accountId) {

    public enum Kind { ENTERPRISE, DIVISION, PROVINCE, ASSIGNED, ALL, NONE }

    public static final ApplicationScope NONE = new ApplicationScope(Kind.NONE, null, null, null);
    public static final ApplicationScope ALL = new ApplicationScope(Kind.ALL, null, null, null);
    /** The programme office (省经信厅): every application once submitted, as submitted. */
    public static final ApplicationScope PROVINCE = new ApplicationScope(Kind.PROVINCE, null, null, null);

    public ApplicationScope {
        if (kind == Kind.ENTERPRISE && enterpriseId == null || kind == Kind.DIVISION && divisionCode == null
                || kind == Kind.ASSIGNED && accountId == null) {
            throw new IllegalArgumentException("a " + kind + " scope needs its enterprise, division or account");
        }
    }

    public static ApplicationScope enterprise(long enterpriseId) {
        return new ApplicationScope(Kind.ENTERPRISE, enterpriseId, null, null);
    }

    public static ApplicationScope division(String divisionCode) {
        return new ApplicationScope(Kind.DIVISION, null, divisionCode, null);
    }

    /**
     * The applications assigned to this person ({@link ApplicationAssignments}): their frozen versions and the files
     * those refer to, never a draft.
     */
    public static ApplicationScope assigned(long accountId) {
        return new ApplicationScope(Kind.ASSIGNED, null, null, accountId);
    }

    /**
     * Whether the scope shows the working draft (sections, files not yet submitted): the enterprise (and the system's
     * own view); the recommender, the programme office and assigned people see submitted versions only.
     */
    public boolean seesDrafts() {
        return kind == Kind.ENTERPRISE || kind == Kind.ALL;
    }
}
