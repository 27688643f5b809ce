package cn.gov.hubei.jxt.pilot.expert;

/** The kinds of conflict of interest (回避事由). */
public enum ConflictKind {
    /** Automatic: the expert's employer is the applicant (by credit code or normalised name). */
    EMPLOYER(ConflictSource.AUTOMATIC),
    /** Automatic: the expert's employer and the applicant belong to the same group of companies. */
    SAME_GROUP(ConflictSource.AUTOMATIC),
    /** Automatic: the expert works for the division that recommended the application. */
    RECOMMENDING_DIVISION(ConflictSource.AUTOMATIC),
    /** Declared: employed by the applicant within the last 3 years. */
    FORMER_EMPLOYMENT(ConflictSource.DECLARED),
    /** Declared: consulting or other paid work for the applicant. */
    CONSULTING(ConflictSource.DECLARED),
    /** Declared: holds shares of the applicant. */
    SHAREHOLDING(ConflictSource.DECLARED),
    /** Declared: a relative works for or holds the applicant. */
    RELATIVE(ConflictSource.DECLARED),
    /** Declared: anything else, described in text. */
    OTHER(ConflictSource.DECLARED);

    private final ConflictSource source;

    ConflictKind(ConflictSource source) {
        this.source = source;
    }

    public ConflictSource source() {
        return source;
    }
}
