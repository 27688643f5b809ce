package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.MeetingTransition;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.entry;

/** Starting a drawn meeting on or after its date, and closing it. */
@Service
class MeetingProgress {

    private final MeetingRepository repository;
    private final MeetingGuards guards;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingProgress(MeetingRepository repository, MeetingGuards guards, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.guards = guards;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MeetingSummary start(long meetingId, CurrentUser by) {
        MeetingRow meeting = guards.lock(meetingId, by);
        guards.requireTransition(MeetingTransition.START, meeting, by);
        if (LocalDate.now(clock).isBefore(meeting.summary().meetingDate())) {
            throw new MeetingRefusedException("meeting.start.too-early", meeting.summary().meetingDate().toString());
        }
        repository.status(meetingId, MeetingStatus.STARTED, by.username(), clock.instant());
        audit.record(entry("meeting.started", meetingId, by).build());
        return repository.find(meetingId).orElseThrow().summary();
    }

    @Transactional
    public MeetingSummary close(long meetingId, CurrentUser by) {
        MeetingRow meeting = guards.lock(meetingId, by);
        guards.requireTransition(MeetingTransition.CLOSE, meeting, by);
        repository.status(meetingId, MeetingStatus.CLOSED, by.username(), clock.instant());
        audit.record(entry("meeting.closed", meetingId, by).build());
        return repository.find(meetingId).orElseThrow().summary();
    }
}
