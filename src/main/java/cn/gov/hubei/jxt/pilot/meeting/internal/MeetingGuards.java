package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingTransition;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checks and audit entries the meeting use cases share: officer, row lock, phase, transition. */
@Component
class MeetingGuards {

    private final MeetingRepository repository;
    private final MeetingPermissions permissions;

    MeetingGuards(MeetingRepository repository, MeetingPermissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    void requireOfficer(CurrentUser by) {
        if (!permissions.manages(by)) {
            throw new MeetingRefusedException("meeting.not-officer");
        }
    }

    MeetingRow lock(long meetingId, CurrentUser by) {
        requireOfficer(by);
        return repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    MeetingRow lockEditable(long meetingId, CurrentUser by) {
        MeetingRow meeting = lock(meetingId, by);
        if (!permissions.canEdit(by, meeting.status())) {
            throw new MeetingRefusedException("meeting.edit.refused", label(meeting.status()));
        }
        return meeting;
    }

    void requireTransition(MeetingTransition transition, MeetingRow meeting, CurrentUser by) {
        transition.requireAllowedFrom(meeting.status());
        if (!permissions.canPerform(by, transition, meeting.status())) {
            throw new MeetingRefusedException("meeting.not-officer");
        }
    }

    RuntimeException refusedOrHidden(CurrentUser by, String key) {
        return permissions.manages(by) ? new MeetingRefusedException(key) : new MeetingNotFoundException(0);
    }

    static org.springframework.context.MessageSourceResolvable label(MeetingStatus status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[]{status.labelKey()}, status.name());
    }

    static AuditRecord.Builder entry(String action, long meetingId, CurrentUser by) {
        return entry(action, meetingId, by, Role.OFFICER);
    }

    static AuditRecord.Builder entry(String action, long meetingId, CurrentUser by, Role role) {
        return AuditRecord.of(action).target("review_meeting", meetingId).actor(by.username(), role.name());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
