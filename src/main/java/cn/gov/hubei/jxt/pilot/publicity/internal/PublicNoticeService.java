package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntryRemoved;
import cn.gov.hubei.jxt.pilot.publicity.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.publicity.PublicityPermissions;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Released notices for everyone (the public pages, the objection, designation and portal modules): drafts never
 * appear; every read first applies the clock's due transitions. Taking a project off the list after an upheld objection.
 */
@Service
class PublicNoticeService implements PublicNotices {

    static final int MAX_REASON = 2000;

    private final NoticeRepository notices;
    private final NoticeClock noticeClock;
    private final PublicityPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PublicNoticeService(NoticeRepository notices, NoticeClock noticeClock, PublicityPermissions permissions,
                        AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.notices = notices;
        this.noticeClock = noticeClock;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<PublicNotice> find(long noticeId) {
        noticeClock.advance(noticeId, clock.instant());
        return notices.find(noticeId, false).map(ManagedNotice::notice);
    }

    @Override
    public List<PublicNotice> published() {
        noticeClock.advanceAllDue();
        return notices.all(false).stream().map(ManagedNotice::notice).toList();
    }

    @Override
    public Optional<PublicNotice> ofCall(long callId) {
        Optional<ManagedNotice> notice = notices.ofCall(callId, false);
        notice.ifPresent(n -> noticeClock.advance(n.id(), clock.instant()));
        return notice.flatMap(n -> notices.find(n.id(), false)).map(ManagedNotice::notice);
    }

    @Override
    public List<NoticeEntry> entries(long noticeId) {
        return notices.entries(noticeId, false);
    }

    @Override
    public Optional<NoticeEntry> entry(long noticeId, long applicationId) {
        return notices.entry(noticeId, applicationId, false);
    }

    @Override
    public NoticeEntry removeEntry(long noticeId, long applicationId, String publishedReason, CurrentUser officer) {
        return tx.execute(s -> {
            if (!permissions.canManage(officer)) {
                throw new PublicityRefusedException("publicity.not-officer");
            }
            ManagedNotice notice = notices.lock(noticeId).filter(n -> n.status().isPublic())
                    .orElseThrow(() -> new PublicityRefusedException("publicity.remove.not-released"));
            if (!permissions.canRemoveEntry(officer, notice.notice())) {
                throw new PublicityRefusedException("publicity.remove.not-released");
            }
            String reason = publishedReason == null ? "" : publishedReason.strip();
            if (reason.isEmpty()) {
                throw new PublicityRefusedException("publicity.remove.reason-missing");
            }
            if (reason.length() > MAX_REASON) {
                throw new PublicityRefusedException("publicity.field.long", String.valueOf(MAX_REASON));
            }
            NoticeEntry entry = notices.entry(noticeId, applicationId, true)
                    .orElseThrow(() -> new PublicityRefusedException("publicity.remove.not-listed"));
            if (!entry.listed()) {
                return entry;
            }
            Instant now = clock.instant();
            if (notices.removeEntry(noticeId, applicationId, reason, officer.username(), now)) {
                audit.record(AuditRecord.of("publicity.remove-entry").target("public_notice", noticeId)
                        .actor(officer.username(), Role.OFFICER.name())
                        .detail("applicationId", applicationId)
                        .detail("reason", reason)
                        .build());
                events.publishEvent(new NoticeEntryRemoved(noticeId, applicationId, reason, now));
            }
            return notices.entry(noticeId, applicationId, true).orElseThrow();
        });
    }

    /** A notice as the viewer may read it (a draft only the office: its preview). */
    ManagedNotice readable(long noticeId, CurrentUser viewer) {
        noticeClock.advance(noticeId, clock.instant());
        return notices.find(noticeId, permissions.canManage(viewer))
                .orElseThrow(() -> new NoticeNotFoundException(noticeId));
    }
}
