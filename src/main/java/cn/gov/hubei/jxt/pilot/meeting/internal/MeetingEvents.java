package cn.gov.hubei.jxt.pilot.meeting.internal;

import java.util.List;

/** What the meeting's use cases tell its notices listener, inside their transaction. */
final class MeetingEvents {

    private MeetingEvents() {
    }

    /** Experts were invited to the meeting: to a seat, as a reserve, or called from the reserves to a seat. */
    record ExpertsInvited(long meetingId, List<Long> expertIds, Kind kind) {
        enum Kind { SEATED, RESERVE, CALLED }
    }

    /** The draw was cancelled: the invited experts are told their invitation is withdrawn. */
    record DrawCancelled(long meetingId, List<Long> accountIds) {
    }
}
