package cn.gov.hubei.jxt.pilot.review;

/**
 * What was asked for does not exist for this person: an unknown meeting, application or sheet, or one the person may
 * not read (a conflicted or unseated expert, a meeting not yet unsealed) — the same answer either way (404).
 */
public class ReviewNotFoundException extends RuntimeException {

    public ReviewNotFoundException(String what) {
        super(what + " not found");
    }
}
