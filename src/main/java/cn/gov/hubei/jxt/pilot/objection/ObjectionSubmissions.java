package cn.gov.hubei.jxt.pilot.objection;

import java.util.Optional;

/** The public side: submitting an objection and looking a case up (no account). */
public interface ObjectionSubmissions {

    /**
     * Submits an objection: the notice must accept objections now (else refused with the period's dates), the
     * objector named (实名), every field valid, the rate limits not exceeded (per client address, per e-mail address).
     * Writes the case with a new receipt number, its evidence, the audit entry and the e-mail with the lookup code in
     * one transaction. A repeated idempotency token answers the case already made, writing nothing.
     *
     * @throws NoticeNotFoundException        no released notice of that id
     * @throws ObjectionRejectedException     the rules broken, each beside its field
     * @throws ObjectionRateLimitedException  too many from the address or for the e-mail address
     */
    SubmittedObjection submit(NewObjection objection, String clientAddress);

    /**
     * The case of a receipt number and its code; empty for an unknown number and a wrong code alike.
     *
     * @throws ObjectionRateLimitedException too many lookups from the address
     */
    Optional<ObjectionLookup> lookup(String receiptNumber, String code, String clientAddress);
}
