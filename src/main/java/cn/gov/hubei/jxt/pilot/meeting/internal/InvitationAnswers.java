package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.InvitationState;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRejectedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.InvitationRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.SeatRow;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.entry;
import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.label;
import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.sha256;

/**
 * The invited expert's answers: accepting, declining (their seats become vacant), signing the pledge (their seats'
 * applications are assigned to them); and a declared conflict taking the expert off the application.
 */
@Service
class InvitationAnswers {

    private final MeetingRepository repository;
    private final MeetingPermissions permissions;
    private final MeetingReads reads;
    private final ConflictsOfInterest conflicts;
    private final ApplicationAssignments assignments;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    InvitationAnswers(MeetingRepository repository, MeetingPermissions permissions, MeetingReads reads,
                      ConflictsOfInterest conflicts, ApplicationAssignments assignments, AuditTrail audit,
                      MessageSource messages, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.reads = reads;
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Invitation accept(long meetingId, CurrentUser by) {
        MeetingRow meeting = repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        InvitationRow invitation = ownInvitation(meeting, by);
        if (invitation.state() == InvitationState.ACCEPTED) {
            return reads.toInvitation(invitation);
        }
        if (!permissions.canAnswer(by, meeting.status(), reads.toInvitation(invitation))) {
            throw new MeetingRefusedException("meeting.answer.refused", label(meeting.status()));
        }
        if (invitation.state() == InvitationState.DECLINED) {
            throw new MeetingRefusedException("meeting.accept.declined");
        }
        repository.answer(meetingId, invitation.expertId(), InvitationState.INVITED, InvitationState.ACCEPTED, null,
                clock.instant());
        audit.record(entry("meeting.invitation-accepted", meetingId, by, Role.EXPERT)
                .detail("expertId", invitation.expertId()).build());
        return reads.toInvitation(repository.invitation(meetingId, invitation.expertId()).orElseThrow());
    }

    @Transactional
    public Invitation decline(long meetingId, String reason, CurrentUser by) {
        MeetingRow meeting = repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        InvitationRow invitation = ownInvitation(meeting, by);
        if (invitation.state() == InvitationState.DECLINED) {
            return reads.toInvitation(invitation);
        }
        if (!permissions.canAnswer(by, meeting.status(), reads.toInvitation(invitation))) {
            throw new MeetingRefusedException("meeting.answer.refused", label(meeting.status()));
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.codePointCount(0, text.length()) > 500) {
            throw new MeetingRejectedException(List.of(FieldProblem.invalid("reason",
                    "meeting.rule.decline.reason.too-long", 500)));
        }
        Instant now = clock.instant();
        repository.answer(meetingId, invitation.expertId(), invitation.state(), InvitationState.DECLINED, text, now);
        List<Long> vacated = vacateAll(meeting.id(), invitation.expertId(), invitation.accountId(), "DECLINED", now,
                by.username());
        audit.record(entry("meeting.invitation-declined", meetingId, by, Role.EXPERT)
                .detail("expertId", invitation.expertId()).detail("vacatedApplications", vacated).build());
        return reads.toInvitation(repository.invitation(meetingId, invitation.expertId()).orElseThrow());
    }

    @Transactional
    public Invitation pledge(long meetingId, CurrentUser by) {
        MeetingRow meeting = repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        InvitationRow invitation = ownInvitation(meeting, by);
        if (invitation.pledgedAt() != null) {
            return reads.toInvitation(invitation);
        }
        if (!permissions.canPledge(by, meeting.status(), reads.toInvitation(invitation))) {
            throw new MeetingRefusedException("meeting.pledge.refused");
        }
        Instant now = clock.instant();
        String text = pledgeText(meeting.summary(), Locale.SIMPLIFIED_CHINESE);
        String sha = sha256(text);
        repository.pledge(meetingId, invitation.expertId(), sha, now);
        List<Long> assigned = new ArrayList<>();
        for (SeatRow seat : repository.activeSeatsOf(meetingId, invitation.expertId())) {
            if (conflicts.conflicted(invitation.expertId(), seat.applicationId())) {
                repository.vacate(seat.id(), "CONFLICT", now);
                continue;
            }
            assignments.assign(seat.applicationId(), by.id(), by.username());
            assigned.add(seat.applicationId());
        }
        audit.record(entry("meeting.pledge-signed", meetingId, by, Role.EXPERT)
                .detail("expertId", invitation.expertId()).detail("meeting", meeting.summary().title())
                .detail("pledgeTextSha256", sha).detail("assignedApplications", assigned).build());
        return reads.toInvitation(repository.invitation(meetingId, invitation.expertId()).orElseThrow());
    }

    public String pledgeText(long meetingId) {
        MeetingSummary meeting = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId))
                .summary();
        return pledgeText(meeting, LocaleContextHolder.getLocale());
    }

    private String pledgeText(MeetingSummary meeting, Locale locale) {
        return messages.getMessage("meeting.pledge.text", new Object[]{meeting.title(),
                meeting.meetingDate().toString(), meeting.place()}, locale);
    }

    /**
     * The expert's seats on the application become vacant and the application is no longer assigned to them, in the
     * transaction that recorded the conflict.
     */
    @Transactional
    void conflictDeclared(long expertId, Long accountId, long applicationId, String actor) {
        Instant now = clock.instant();
        for (SeatRow seat : repository.activeSeatsOn(expertId, applicationId)) {
            repository.lock(seat.meetingId());
            if (repository.vacate(seat.id(), "CONFLICT", now)) {
                audit.record(AuditRecord.of("meeting.seat-vacated").target("review_meeting", seat.meetingId())
                        .actor(actor, null).detail("seatId", seat.id()).detail("expertId", expertId)
                        .detail("applicationId", applicationId).detail("reason", "CONFLICT").build());
            }
        }
        if (accountId != null) {
            assignments.unassign(applicationId, accountId, actor);
        }
    }

    private List<Long> vacateAll(long meetingId, long expertId, Long accountId, String reason, Instant now,
                                 String actor) {
        List<Long> vacated = new ArrayList<>();
        for (SeatRow seat : repository.activeSeatsOf(meetingId, expertId)) {
            if (repository.vacate(seat.id(), reason, now)) {
                vacated.add(seat.applicationId());
                if (accountId != null) {
                    assignments.unassign(seat.applicationId(), accountId, actor);
                }
            }
        }
        return vacated;
    }

    private InvitationRow ownInvitation(MeetingRow meeting, CurrentUser by) {
        if (by == null || !by.has(Role.EXPERT) || by.isAdministrator()) {
            throw new MeetingNotFoundException(meeting.id());
        }
        return repository.invitationOfAccount(meeting.id(), by.id())
                .filter(i -> meeting.status() != MeetingStatus.PLANNED)
                .orElseThrow(() -> new MeetingNotFoundException(meeting.id()));
    }
}
