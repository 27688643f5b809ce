package cn.gov.hubei.jxt.pilot.designation;

/**
 * Where a publication (认定发文) stands. The moves between these statuses are listed in {@link PublicationTransition}
 * and nowhere else. Recording the publication creates it {@link #PUBLISHED}.
 */
public enum PublicationStatus {
    /** 已发文: recorded; the document number may still be corrected (a typo) until certificates are issued. */
    PUBLISHED,
    /** 已制证: certificates issued for every designated project; the number is final. */
    CERTIFIED;

    /** The message key of the status's name. */
    public String labelKey() {
        return "designation.status." + name();
    }

    /** Whether no transition to another status leaves this one. */
    public boolean isFinal() {
        return PublicationTransition.from(this).stream().allMatch(t -> t.to() == this);
    }
}
