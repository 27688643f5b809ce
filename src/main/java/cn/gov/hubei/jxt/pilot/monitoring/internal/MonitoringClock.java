package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationStatus;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the clock does, on every node (the unique keys of the tables make each step happen once): creates the reports
 * of a round on its opening day (every designation valid then), reminds the units of unsubmitted reports 14, 7 and 1
 * days before the deadline (one reminder per threshold; none after submission), marks the drafts overdue after the
 * deadline, tells unit and division 90 and 30 days before a designation's expiry date, and records its expiry on the
 * day after it (audit entry and notice). {@code DesignationStatus} stays computed by the designation module.
 */
@Component
class MonitoringClock {

    static final int[] REMINDERS = {14, 7, 1};
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MonitoringRepository repository;
    private final Designations designations;
    private final ProjectApplications applications;
    private final Notifications notifications;
    private final UserAdministration users;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    MonitoringClock(MonitoringRepository repository, Designations designations, ProjectApplications applications,
                    Notifications notifications, UserAdministration users, MessageSource messages, AuditTrail audit,
                    Clock clock) {
        this.repository = repository;
        this.designations = designations;
        this.applications = applications;
        this.notifications = notifications;
        this.users = users;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every step; returns how many things happened. */
    @Transactional
    public int advance() {
        return startDueRounds() + remind() + markOverdue() + expiries();
    }

    /** Creates the reports of rounds whose opening day has come: one per designation valid on that day. */
    @Transactional
    public int startDueRounds() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int created = 0;
        for (MonitoringRepository.RoundRow round : repository.roundsToStart(today)) {
            if (!repository.markStarted(round.id(), now)) {
                continue;
            }
            for (DesignatedProject d : designations.all()) {
                if (d.status() == DesignationStatus.REVOKED || d.validFrom().isAfter(round.opensOn())
                        || d.validUntil().isBefore(round.opensOn())) {
                    continue;
                }
                long enterpriseId = enterpriseOf(d);
                if (repository.insertReport(round.id(), d.id(), enterpriseId, d.divisionCode())) {
                    created++;
                    tell(unit(enterpriseId), "monitoring.round-opened", "/monitoring/reports",
                            "monitoring.notice.opened", round.title(), d.projectName(), round.deadline().toString());
                }
            }
            audit.record(AuditRecord.of("monitoring.round-started").target("monitoring_round", round.id())
                    .actor("system", "SYSTEM").detail("reports", created).build());
        }
        return created;
    }

    /** The reminders due today: the threshold the days left fall under, once per report and threshold. */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int sent = 0;
        for (MonitoringRepository.Due due : repository.unsubmittedOfOpenRounds(today)) {
            long left = ChronoUnit.DAYS.between(today, due.deadline());
            Integer threshold = threshold(left);
            if (threshold == null || !repository.recordReminder(due.reportId(), threshold, now)) {
                continue;
            }
            DesignatedProject d = designations.find(due.designationId()).orElseThrow();
            tell(unit(due.enterpriseId()), "monitoring.reminder", "/monitoring/reports/" + due.reportId(),
                    "monitoring.notice.reminder", due.roundTitle(), d.projectName(), due.deadline().toString(),
                    String.valueOf(left));
            sent++;
        }
        return sent;
    }

    /** 14 when 7 < left ≤ 14, 7 when 1 < left ≤ 7, 1 when left is 0 or 1; none otherwise. */
    static Integer threshold(long left) {
        for (int i = 0; i < REMINDERS.length; i++) {
            int lower = i + 1 < REMINDERS.length ? REMINDERS[i + 1] : -1;
            if (left <= REMINDERS[i] && left > lower) {
                return REMINDERS[i];
            }
        }
        return null;
    }

    @Transactional
    public int markOverdue() {
        List<Long> marked = repository.markOverdue(LocalDate.now(clock), clock.instant());
        for (long id : marked) {
            audit.record(AuditRecord.of("monitoring.report-overdue").target("monitoring_report", id)
                    .actor("system", "SYSTEM").build());
        }
        return marked.size();
    }

    /** Notices 90 and 30 days before the expiry date; the expiry recorded the day after it. */
    @Transactional
    public int expiries() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int done = 0;
        for (DesignatedProject d : designations.all()) {
            if (d.status() == DesignationStatus.REVOKED) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, d.validUntil());
            String kind = left < 0 ? "EXPIRED" : left <= 30 ? "D30" : left <= 90 ? "D90" : null;
            if (kind == null || !repository.recordExpiryNotice(d.id(), kind, now)) {
                continue;
            }
            long enterpriseId = enterpriseOf(d);
            List<Recipient> recipients = new ArrayList<>(unit(enterpriseId));
            recipients.addAll(division(d.divisionCode()));
            if (kind.equals("EXPIRED")) {
                audit.record(AuditRecord.of("monitoring.designation-expired").target("designated_project", d.id())
                        .actor("system", "SYSTEM").detail("validUntil", d.validUntil().toString()).build());
                tell(recipients, "monitoring.expired", "/designations/mine", "monitoring.notice.expired",
                        d.projectName(), d.enterpriseName(), d.validUntil().toString());
            } else {
                tell(recipients, "monitoring.expiring", "/designations/mine", "monitoring.notice.expiring",
                        d.projectName(), d.enterpriseName(), d.validUntil().toString(), String.valueOf(left));
            }
            done++;
        }
        return done;
    }

    long enterpriseOf(DesignatedProject d) {
        return applications.find(d.applicationId(), ApplicationScope.PROVINCE).map(ApplicationSummary::enterpriseId)
                .orElseThrow(() -> new IllegalStateException("application " + d.applicationId() + " not found"));
    }

    List<Recipient> unit(long enterpriseId) {
        return users.holders(Role.APPLICANT, enterpriseId, null).stream()
                .map(a -> new Recipient(a.username(), a.email())).toList();
    }

    List<Recipient> division(String divisionCode) {
        return users.holders(Role.RECOMMENDER, null, divisionCode).stream()
                .map(a -> new Recipient(a.username(), a.email())).toList();
    }

    void tell(List<Recipient> recipients, String kind, String link, String key, Object... args) {
        if (recipients.isEmpty()) {
            return;
        }
        notifications.notify(recipients, new Notice(kind, messages.getMessage(key + ".subject", args, CHINESE),
                messages.getMessage(key + ".body", args, CHINESE), link));
    }
}
