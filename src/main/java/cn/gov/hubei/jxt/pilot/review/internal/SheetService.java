package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.PanelSeat;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewPermissions;
import cn.gov.hubei.jxt.pilot.review.ReviewRefusedException;
import cn.gov.hubei.jxt.pilot.review.ReviewRejectedException;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.Rubrics;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.ScoreSheets;
import cn.gov.hubei.jxt.pilot.review.SheetDraft;
import cn.gov.hubei.jxt.pilot.review.SheetStatus;
import cn.gov.hubei.jxt.pilot.review.SheetTransition;
import cn.gov.hubei.jxt.pilot.review.StaleSheetException;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Opening, saving (autosave), submitting and unlocking score sheets. Every step asks {@link ReviewPermissions} (and so
 * {@link Panels}) for this expert, this meeting and this application first: an expert who may not read the
 * application learns nothing, not even that a sheet exists ({@link ReviewNotFoundException}).
 */
@Service
class SheetService implements ScoreSheets {

    static final int MAX_COMMENT = 2000;
    static final int MAX_OPINION = 4000;
    static final int MAX_REASON = 1000;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ReviewRepository repository;
    private final ReviewPermissions permissions;
    private final Panels panels;
    private final Rubrics rubrics;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final UserAdministration accounts;
    private final MessageSource messages;
    private final Clock clock;

    SheetService(ReviewRepository repository, ReviewPermissions permissions, Panels panels, Rubrics rubrics,
                 AuditTrail audit, Notifications notifications, UserAdministration accounts, MessageSource messages,
                 Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.panels = panels;
        this.rubrics = rubrics;
        this.audit = audit;
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ScoreSheet open(long meetingId, long applicationId, CurrentUser expert) {
        PanelSeat seat = seat(meetingId, applicationId, expert);
        Optional<ScoreSheet> existing = repository.sheetOf(meetingId, applicationId, seat.expertId());
        if (existing.isPresent()) {
            return existing.get();
        }
        MeetingSummary meeting = panels.meeting(meetingId).orElseThrow(() -> new ReviewNotFoundException("meeting"));
        Rubric rubric = rubrics.current(meeting.callId());
        repository.createSheet(meetingId, applicationId, seat.expertId(), expert.id(), rubric.id(), clock.instant());
        return repository.sheetOf(meetingId, applicationId, seat.expertId()).orElseThrow();
    }

    @Override
    @Transactional
    public ScoreSheet save(long meetingId, long applicationId, SheetDraft draft, CurrentUser expert) {
        ScoreSheet sheet = writable(meetingId, applicationId, draft, expert);
        Rubric rubric = repository.rubric(sheet.rubricId()).orElseThrow();
        Checked checked = check(rubric, draft, false);
        write(sheet, draft, checked);
        return repository.sheet(sheet.id()).orElseThrow();
    }

    @Override
    @Transactional
    public ScoreSheet submit(long meetingId, long applicationId, SheetDraft draft, CurrentUser expert) {
        ScoreSheet sheet = writable(meetingId, applicationId, draft, expert);
        Rubric rubric = repository.rubric(sheet.rubricId()).orElseThrow();
        Checked checked = check(rubric, draft, true);
        write(sheet, draft, checked);
        BigDecimal total = total(rubric, checked.scores());
        Instant now = clock.instant();
        if (!repository.submit(sheet.id(), sheet.version() + 1, total, now)) {
            throw new StaleSheetException(repository.sheet(sheet.id()).orElseThrow());
        }
        repository.lockRubric(rubric.id(), now);
        repository.recordChange(sheet.id(), SheetTransition.SUBMIT, null, expert.username(), now);
        audit.record(AuditRecord.of("review.sheet-submitted").target("review-sheet", sheet.id())
                .actor(expert.username(), null).detail("meetingId", meetingId).detail("applicationId", applicationId)
                .detail("expertId", sheet.expertId()).detail("rubricId", rubric.id())
                .detail("total", total.toPlainString()).build());
        return repository.sheet(sheet.id()).orElseThrow();
    }

    @Override
    @Transactional
    public ScoreSheet unlock(long sheetId, String reason, long version, CurrentUser officer) {
        if (!permissions.actsForOffice(officer)) {
            throw new ReviewNotFoundException("sheet " + sheetId);
        }
        ScoreSheet sheet = repository.sheet(sheetId).orElseThrow(() -> new ReviewNotFoundException("sheet"));
        MeetingSummary meeting = panels.meeting(sheet.meetingId())
                .orElseThrow(() -> new ReviewNotFoundException("meeting"));
        SheetTransition.UNLOCK.requireAllowedFrom(sheet.status());
        if (!permissions.canUnlock(officer, meeting, sheet)) {
            throw new ReviewRefusedException("review.sheet.unlock.not-started");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ReviewRejectedException(List.of(FieldProblem.missing("reason", "review.sheet.reason.missing")));
        }
        if (why.length() > MAX_REASON) {
            throw new ReviewRejectedException(List.of(FieldProblem.invalid("reason", "review.text.long", MAX_REASON)));
        }
        Instant now = clock.instant();
        if (sheet.version() != version || !repository.unlock(sheetId, version, now)) {
            throw new StaleSheetException(repository.sheet(sheetId).orElseThrow());
        }
        repository.recordChange(sheetId, SheetTransition.UNLOCK, why, officer.username(), now);
        audit.record(AuditRecord.of("review.sheet-unlocked").target("review-sheet", sheetId)
                .actor(officer.username(), null).detail("meetingId", sheet.meetingId())
                .detail("applicationId", sheet.applicationId()).detail("expertId", sheet.expertId())
                .detail("reason", why).build());
        accounts.find(sheet.accountId()).ifPresent(account -> notifications.notify(
                List.of(new Recipient(account.username(), account.email())),
                new Notice("review.sheet-unlocked",
                        messages.getMessage("review.notice.unlocked.subject", null, CHINESE),
                        messages.getMessage("review.notice.unlocked.body", new Object[]{meeting.title(), why}, CHINESE),
                        "/review/meetings/" + sheet.meetingId() + "/applications/" + sheet.applicationId())));
        return repository.sheet(sheetId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ScoreSheet> find(long sheetId, CurrentUser viewer) {
        return repository.sheet(sheetId).filter(s -> permissions.actsForOffice(viewer)
                || (s.accountId() == viewer.id() && permissions.mayRead(viewer, s.meetingId(), s.applicationId())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScoreSheet> mine(CurrentUser expert) {
        if (!permissions.usesWorkspace(expert)) {
            return List.of();
        }
        return repository.sheetsOfAccount(expert.id()).stream()
                .filter(s -> permissions.mayRead(expert, s.meetingId(), s.applicationId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public OpenWork openWork(CurrentUser expert) {
        if (!permissions.usesWorkspace(expert)) {
            return new OpenWork(0, 0, 0);
        }
        java.util.Set<String> submitted = new java.util.HashSet<>();
        repository.sheetsOfAccount(expert.id()).stream().filter(ScoreSheet::submitted)
                .forEach(s -> submitted.add(s.meetingId() + ":" + s.applicationId()));
        int toScore = 0;
        int done = 0;
        int waiting = 0;
        for (PanelSeat seat : panels.seatsOf(expert.id())) {
            String key = seat.meetingId() + ":" + seat.applicationId();
            if (!permissions.mayRead(expert, seat.meetingId(), seat.applicationId())) {
                waiting++;
            } else if (submitted.contains(key)) {
                done++;
            } else if (panels.mayScore(seat.meetingId(), seat.applicationId(), expert.id())) {
                toScore++;
            }
        }
        return new OpenWork(toScore, done, waiting);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScoreSheet> ofMeeting(long meetingId, CurrentUser viewer) {
        return permissions.actsForOffice(viewer) ? repository.sheetsOfMeeting(meetingId) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SheetChange> history(long sheetId, CurrentUser viewer) {
        return find(sheetId, viewer).map(s -> repository.history(sheetId)).orElse(List.of());
    }

    /** The person's active seat on the application, if they may read it; otherwise "not found". */
    private PanelSeat seat(long meetingId, long applicationId, CurrentUser expert) {
        if (!permissions.mayRead(expert, meetingId, applicationId)) {
            throw new ReviewNotFoundException("application " + applicationId + " in meeting " + meetingId);
        }
        return panels.seatsOf(expert.id()).stream()
                .filter(s -> s.meetingId() == meetingId && s.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> new ReviewNotFoundException("seat"));
    }

    private ScoreSheet writable(long meetingId, long applicationId, SheetDraft draft, CurrentUser expert) {
        ScoreSheet sheet = open(meetingId, applicationId, expert);
        SheetTransition.SUBMIT.requireAllowedFrom(sheet.status());
        if (!permissions.canScore(expert, meetingId, applicationId, sheet.status())) {
            MeetingStatus status = panels.meeting(meetingId).map(MeetingSummary::status).orElse(MeetingStatus.CLOSED);
            throw new ReviewRefusedException(status == MeetingStatus.CLOSED ? "review.sheet.closed"
                    : "review.sheet.not-started");
        }
        if (sheet.version() != draft.version()) {
            throw new StaleSheetException(sheet);
        }
        return sheet;
    }

    private void write(ScoreSheet sheet, SheetDraft draft, Checked checked) {
        if (!repository.saveDraft(sheet.id(), sheet.version(), checked.opinion(), checked.scores(),
                checked.comments(), clock.instant())) {
            throw new StaleSheetException(repository.sheet(sheet.id()).orElseThrow());
        }
    }

    record Checked(Map<String, BigDecimal> scores, Map<String, String> comments, String opinion) {
    }

    /** Checks what was typed against the rubric; {@code complete} asks for every score and the opinion. */
    static Checked check(Rubric rubric, SheetDraft draft, boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (String code : draft.scores().keySet()) {
            if (rubric.criterion(code).isEmpty()) {
                problems.add(FieldProblem.invalid("scores[" + code + "]", "review.sheet.criterion.unknown"));
            }
        }
        for (String code : draft.comments().keySet()) {
            if (rubric.criterion(code).isEmpty()) {
                problems.add(FieldProblem.invalid("comments[" + code + "]", "review.sheet.criterion.unknown"));
            }
        }
        for (Criterion c : rubric.criteria()) {
            String text = draft.scores().get(c.code());
            String field = "scores[" + c.code() + "]";
            if (text == null || text.isBlank()) {
                if (complete) {
                    problems.add(FieldProblem.missing(field, "review.sheet.score.missing", c.name()));
                }
            } else {
                BigDecimal value = ScoreParsing.parse(text);
                if (value == null || value.compareTo(c.maxPoints()) > 0) {
                    problems.add(FieldProblem.invalid(field, "review.sheet.score.invalid", c.name(),
                            c.maxPoints().toPlainString()));
                } else {
                    scores.put(c.code(), value);
                }
            }
            String comment = draft.comments().get(c.code());
            if (comment != null && !comment.isBlank()) {
                if (comment.strip().length() > MAX_COMMENT) {
                    problems.add(FieldProblem.invalid("comments[" + c.code() + "]", "review.text.long", MAX_COMMENT));
                } else {
                    comments.put(c.code(), comment.strip());
                }
            }
        }
        String opinion = draft.opinion() == null || draft.opinion().isBlank() ? null : draft.opinion().strip();
        if (opinion != null && opinion.length() > MAX_OPINION) {
            problems.add(FieldProblem.invalid("opinion", "review.text.long", MAX_OPINION));
        } else if (opinion == null && complete) {
            problems.add(FieldProblem.missing("opinion", "review.sheet.opinion.missing"));
        }
        if (!problems.isEmpty()) {
            throw new ReviewRejectedException(problems);
        }
        return new Checked(scores, comments, opinion);
    }

    /** Σ weight × score, 2 places HALF_UP. */
    static BigDecimal total(Rubric rubric, Map<String, BigDecimal> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : rubric.criteria()) {
            BigDecimal score = scores.get(c.code());
            if (score != null) {
                total = total.add(c.weight().multiply(score));
            }
        }
        return ScoreAggregation.round(total);
    }
}
