package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.decision.BatchRelease;
import cn.gov.hubei.jxt.pilot.decision.Decisions;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.publicity.CallProposal;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeChanges;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.publicity.NoticeRelease;
import cn.gov.hubei.jxt.pilot.publicity.NoticeReleased;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.NoticeTransition;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContact;
import cn.gov.hubei.jxt.pilot.publicity.PublicityPermissions;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRefusedException;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRejectedException;
import cn.gov.hubei.jxt.pilot.publicity.ReleaseAudience;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The office's use cases on notices: draft from the proposal, edit, discard, release (with the proposal's decisions, in
 * one transaction). Guard (permissions and the transition table) → conditional write → audit → event.
 */
@Service
class NoticeDraftService implements NoticeDrafts {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 10_000;
    static final int MAX_PUBLISHER = 100;
    static final int MAX_TELEPHONE = 50;
    static final int MAX_ADDRESS = 200;

    private final NoticeRepository notices;
    private final ProposalList proposals;
    private final NoticePeriod period;
    private final NoticeTexts texts;
    private final NoticeClock noticeClock;
    private final ReleaseNotices releaseNotices;
    private final Decisions decisions;
    private final Calls calls;
    private final PublicityPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeDraftService(NoticeRepository notices, ProposalList proposals, NoticePeriod period, NoticeTexts texts,
                       NoticeClock noticeClock, ReleaseNotices releaseNotices, Decisions decisions, Calls calls,
                       PublicityPermissions permissions, AuditTrail audit, ApplicationEventPublisher events,
                       TransactionTemplate tx, Clock clock) {
        this.notices = notices;
        this.proposals = proposals;
        this.period = period;
        this.texts = texts;
        this.noticeClock = noticeClock;
        this.releaseNotices = releaseNotices;
        this.decisions = decisions;
        this.calls = calls;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------------------------------------ reads

    @Override
    public List<ManagedNotice> all(CurrentUser viewer) {
        if (!permissions.canManage(viewer)) {
            return List.of();
        }
        noticeClock.advanceAllDue();
        return notices.all(true);
    }

    @Override
    public Optional<ManagedNotice> find(long id, CurrentUser viewer) {
        if (!permissions.canManage(viewer)) {
            return Optional.empty();
        }
        noticeClock.advance(id, clock.instant());
        return notices.find(id, true);
    }

    @Override
    public List<NoticeEntry> entries(long id, CurrentUser viewer) {
        return permissions.canManage(viewer) ? notices.entries(id, true) : List.of();
    }

    @Override
    public List<CallProposal> proposals(CurrentUser viewer) {
        if (!permissions.canManage(viewer)) {
            return List.of();
        }
        List<CallProposal> open = new ArrayList<>();
        for (CallSummary call : calls.all()) {
            if (notices.ofCall(call.id(), true).isPresent()) {
                continue;
            }
            List<ProposalList.Line> lines = proposals.lines(call.id(), viewer);
            long proposed = lines.stream().filter(ProposalList.Line::proposed).count();
            boolean pending = lines.stream().anyMatch(l -> l.decision().pending());
            if (proposed > 0 && pending) {
                open.add(new CallProposal(call.id(), call.year(), call.title(), proposed, lines.size() - proposed));
            }
        }
        return open;
    }

    /** Whether the call's review batch holds a pending proposal listing at least one project. */
    boolean hasProposal(long callId, CurrentUser viewer) {
        return proposals.lines(callId, viewer).stream().anyMatch(l -> l.proposed() && l.decision().pending());
    }

    @Override
    public ReleaseAudience audience(long id, CurrentUser viewer) {
        ManagedNotice notice = find(id, viewer).orElseThrow(() -> new NoticeNotFoundException(id));
        return releaseNotices.audience(notice.notice().callId(), viewer);
    }

    // ------------------------------------------------------------------------------------------------ create

    @Override
    public ManagedNotice create(long callId, LocalDate startDate, CurrentUser officer) {
        return tx.execute(s -> draft(callId, startDate, officer, false));
    }

    private ManagedNotice draft(long callId, LocalDate startDate, CurrentUser officer, boolean pastAllowed) {
        requireOfficer(officer);
        CallSummary call = calls.find(callId).orElseThrow(() -> new PublicityRefusedException("publicity.call.unknown"));
        boolean exists = notices.ofCall(callId, true).isPresent();
        boolean hasProposal = hasProposal(callId, officer);
        if (!permissions.canCreate(officer, hasProposal, exists)) {
            throw new PublicityRefusedException(exists ? "publicity.create.exists" : "publicity.create.no-proposal");
        }
        NoticePeriod.Result result = period.of(startDate, today(), pastAllowed);
        if (result.problem().isPresent()) {
            throw new PublicityRejectedException(List.of(result.problem().get()));
        }
        LocalDate end = result.end().orElseThrow();
        Instant now = clock.instant();
        OfficeContact contact = texts.contact();
        String publisher = contact.publisher();
        long id = notices.insert(new NoticeRepository.NewNotice(callId, call.year(), texts.title(call.year()), "",
                publisher, contact.contactTelephone(), contact.contactAddress(), startDate, end, officer.username(),
                now));
        if (id < 0) {
            throw new PublicityRefusedException("publicity.create.exists");
        }
        List<NoticeRepository.NewEntry> entries = proposals.entries(callId, officer);
        notices.replaceEntries(id, entries);
        ManagedNotice created = notices.find(id, true).orElseThrow();
        notices.update(id, created.version(), created.notice().title(),
                texts.body(id, call.year(), entries.size(), startDate, end, publisher, contact.contactTelephone(),
                        contact.contactAddress(), contact.objectionEmail()),
                publisher, contact.contactTelephone(), contact.contactAddress(), startDate, end, officer.username(),
                now);
        audit.record(AuditRecord.of("publicity.create").target("public_notice", id)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("callId", callId)
                .detail("startDate", startDate.toString())
                .detail("endDate", end.toString())
                .detail("entries", entries.size())
                .build());
        return notices.find(id, true).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ update

    @Override
    public ManagedNotice update(long id, long version, NoticeChanges changes, CurrentUser officer) {
        return tx.execute(s -> {
            requireOfficer(officer);
            ManagedNotice current = notices.lock(id).orElseThrow(() -> new NoticeNotFoundException(id));
            NoticeTransition.RELEASE.requireAllowedFrom(current.status());
            if (current.version() != version) {
                throw new PublicityRefusedException("publicity.edit.stale");
            }
            List<FieldProblem> problems = new ArrayList<>();
            String title = required(problems, "title", changes.title(), MAX_TITLE);
            String body = required(problems, "body", changes.body(), MAX_BODY);
            String publisher = required(problems, "publisher", changes.publisher(), MAX_PUBLISHER);
            String telephone = required(problems, "contactTelephone", changes.contactTelephone(), MAX_TELEPHONE);
            String address = required(problems, "contactAddress", changes.contactAddress(), MAX_ADDRESS);
            NoticePeriod.Result result = period.of(changes.startDate(), today(), false);
            result.problem().ifPresent(problems::add);
            if (result.end().isPresent() && body != null) {
                String start = NoticeTexts.date(changes.startDate());
                String end = NoticeTexts.date(result.end().get());
                if (!body.contains(start) || !body.contains(end)) {
                    problems.add(FieldProblem.invalid("body", "publicity.body.period-missing", start, end));
                }
            }
            if (!problems.isEmpty()) {
                throw new PublicityRejectedException(problems);
            }
            Instant now = clock.instant();
            if (!notices.update(id, version, title, body, publisher, telephone, address, changes.startDate(),
                    result.end().get(), officer.username(), now)) {
                throw new PublicityRefusedException("publicity.edit.stale");
            }
            notices.replaceEntries(id, proposals.entries(current.notice().callId(), officer));
            audit.record(AuditRecord.of("publicity.update").target("public_notice", id)
                    .actor(officer.username(), Role.OFFICER.name())
                    .detail("callId", current.notice().callId())
                    .detail("startDate", changes.startDate().toString())
                    .detail("endDate", result.end().get().toString())
                    .build());
            return notices.find(id, true).orElseThrow();
        });
    }

    /**
     * The body written from the template for a period starting on {@code start}: for the edit form, when the officer
     * moves the start day and wants the text to follow.
     */
    String bodyFor(ManagedNotice notice, LocalDate start, LocalDate end, int projects) {
        return texts.body(notice.id(), notice.notice().year(), projects, start, end, notice.notice().publisher(),
                notice.notice().contactTelephone(), notice.notice().contactAddress(), texts.contact().objectionEmail());
    }

    static String required(List<FieldProblem> problems, String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(FieldProblem.missing(field, "publicity.field.missing"));
            return null;
        }
        if (v.length() > max) {
            problems.add(FieldProblem.invalid(field, "publicity.field.long", String.valueOf(max)));
            return null;
        }
        return v;
    }

    // ------------------------------------------------------------------------------------------------ discard

    @Override
    public void discard(long id, long version, CurrentUser officer) {
        tx.executeWithoutResult(s -> {
            requireOfficer(officer);
            ManagedNotice current = notices.lock(id).orElseThrow(() -> new NoticeNotFoundException(id));
            NoticeTransition.DISCARD.requireAllowedFrom(current.status());
            if (current.version() != version || !notices.delete(id, version)) {
                throw new PublicityRefusedException("publicity.edit.stale");
            }
            audit.record(AuditRecord.of("publicity.discard").target("public_notice", id)
                    .actor(officer.username(), Role.OFFICER.name())
                    .detail("callId", current.notice().callId())
                    .build());
        });
    }

    // ------------------------------------------------------------------------------------------------ release

    @Override
    public NoticeRelease release(long id, CurrentUser officer) {
        return tx.execute(s -> released(id, officer, false));
    }

    @Override
    public NoticeRelease publishDated(long callId, LocalDate startDate, CurrentUser officer) {
        return tx.execute(s -> {
            Optional<ManagedNotice> existing = notices.ofCall(callId, true);
            long id = existing.isPresent() ? existing.get().id() : draft(callId, startDate, officer, true).id();
            return released(id, officer, true);
        });
    }

    private NoticeRelease released(long id, CurrentUser officer, boolean pastAllowed) {
        requireOfficer(officer);
        ManagedNotice current = notices.lock(id).orElseThrow(() -> new NoticeNotFoundException(id));
        if (current.status() != NoticeStatus.DRAFT) {
            // a double click, another node first: answered as it is
            return new NoticeRelease(current, false);
        }
        long callId = current.notice().callId();
        if (!hasProposal(callId, officer)) {
            throw new PublicityRefusedException("publicity.release.no-proposal");
        }
        LocalDate today = today();
        if (!pastAllowed && !permissions.canRelease(officer, current.notice(), today, true)) {
            throw new PublicityRefusedException("publicity.release.start-past",
                    NoticeTexts.date(current.notice().startDate()));
        }
        NoticePeriod.Result result = period.of(current.notice().startDate(), today, pastAllowed);
        if (result.problem().isPresent()) {
            throw new PublicityRefusedException("publicity.release.period", result.problem().get());
        }
        if (!result.end().get().equals(current.notice().endDate())) {
            // the calendar was replaced since the draft was saved: the notice must be looked at again
            throw new PublicityRefusedException("publicity.release.end-changed",
                    NoticeTexts.date(result.end().get()));
        }
        Instant now = clock.instant();
        // the list as published is the proposal at this instant
        notices.replaceEntries(id, proposals.entries(callId, officer));
        if (!notices.release(id, officer.username(), now)) {
            return new NoticeRelease(notices.find(id, true).orElseThrow(), false);
        }
        BatchRelease batch = decisions.release(ProposalList.batch(callId), officer);
        audit.record(AuditRecord.of("publicity.release").target("public_notice", id)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("callId", callId)
                .detail("startDate", current.notice().startDate().toString())
                .detail("endDate", current.notice().endDate().toString())
                .detail("entries", notices.entries(id, true).size())
                .detail("decisionsReleased", batch.decisions())
                .build());
        events.publishEvent(new NoticeReleased(id, callId, now));
        noticeClock.advanceInTransaction(id, now);
        return new NoticeRelease(notices.find(id, true).orElseThrow(), true);
    }

    private void requireOfficer(CurrentUser user) {
        if (!permissions.canManage(user)) {
            throw new PublicityRefusedException("publicity.not-officer");
        }
    }
}
