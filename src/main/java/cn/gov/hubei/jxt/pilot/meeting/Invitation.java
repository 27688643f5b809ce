package cn.gov.hubei.jxt.pilot.meeting;

import java.time.Instant;

/**
 * An expert's invitation to a meeting: as a seated expert or as a reserve, the answer and the pledge
 * (回避与保密承诺), signed per meeting before the expert sees any application.
 */
public record Invitation(long meetingId, long expertId, Long accountId, String expertName, boolean asReserve,
                         InvitationState state, Instant invitedAt, Instant answeredAt, String declineReason,
                         Instant pledgedAt) {

    public boolean pledged() {
        return pledgedAt != null;
    }
}
