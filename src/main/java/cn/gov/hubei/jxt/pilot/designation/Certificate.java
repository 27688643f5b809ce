package cn.gov.hubei.jxt.pilot.designation;

import java.time.Instant;

/**
 * A certificate of a designated project (证书): serial such as {@code HBZN-2026-0001}, the unguessable token of its
 * verification address, when and by whom it was issued, and when it was replaced by a re-issue (if it was).
 */
public record Certificate(long id, long designationId, String serial, String token, Instant issuedAt,
                          String issuedBy, Instant replacedAt, String replacedReason) {

    public boolean replaced() {
        return replacedAt != null;
    }
}
