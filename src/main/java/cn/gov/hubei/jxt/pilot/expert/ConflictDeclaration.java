package cn.gov.hubei.jxt.pilot.expert;

import java.time.Instant;

/**
 * A conflict of interest declared by an expert (or recorded by an officer on the expert's word) with one application.
 *
 * @param text the expert's words; required for {@link ConflictKind#OTHER}
 */
public record ConflictDeclaration(long id, long expertId, long applicationId, long callId, ConflictKind kind,
                                  String text, String declaredBy, Instant declaredAt, String withdrawnBy,
                                  Instant withdrawnAt, String withdrawalReason) {

    public boolean live() {
        return withdrawnAt == null;
    }

    public ConflictSource source() {
        return kind.source();
    }
}
