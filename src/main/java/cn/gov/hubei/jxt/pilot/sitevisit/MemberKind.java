package cn.gov.hubei.jxt.pilot.sitevisit;

/** What a team member is, read from the account's roles when added. */
public enum MemberKind {
    /** 省经信厅 staff. */
    OFFICER,
    /** An expert of the pool (an account with the role EXPERT); given access to the visits' applications. */
    EXPERT,
    /** Staff of the division visited (a recommender account of that division). */
    DIVISION_STAFF;

    public String labelKey() {
        return "sitevisit.member-kind." + name();
    }
}
