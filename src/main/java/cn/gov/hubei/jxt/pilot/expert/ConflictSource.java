package cn.gov.hubei.jxt.pilot.expert;

/** Where a conflict of interest comes from. */
public enum ConflictSource {
    /** Computed by the system from the expert's record and the application. */
    AUTOMATIC,
    /** Declared by the expert (or recorded by an officer on the expert's word). */
    DECLARED
}
