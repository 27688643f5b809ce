package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import cn.gov.hubei.jxt.pilot.recommendation.ListStatus;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * E-mails the recommenders of each division whose list of a call is not submitted when the call's deadline is N
 * days or less away, for each N of {@code app.recommendation.reminder-days}. A reminder is recorded in the
 * transaction that queues its mails, under a key of call, division and N, so it goes out once whatever the number of
 * runs, restarts or nodes. When several N are due at once (the job did not run for a while) only the nearest is
 * sent and the others are recorded as passed. Divisions that received no application in the call are not reminded:
 * they have nothing to recommend.
 */
@Component
public class RecommendationReminders {

    private static final Logger log = LoggerFactory.getLogger(RecommendationReminders.class);

    private final RecommendationLists lists;
    private final RecommendationRepository repository;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final UserAdministration users;
    private final Mailbox mailbox;
    private final Notifications notifications;
    private final RecommendationMessages messages;
    private final RecommendationProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String publicBaseUrl;

    /**
     * @param publicBaseUrl {@code app.public-base-url}, the address links in mails start with; without it the mail
     *                      names the page instead of linking to it
     */
    RecommendationReminders(RecommendationLists lists, RecommendationRepository repository,
                            ProjectApplications applications, ReferenceCatalog reference, UserAdministration users,
                            Mailbox mailbox, Notifications notifications, RecommendationMessages messages, RecommendationProperties properties,
                            Clock clock, TransactionTemplate tx,
                            @Value("${app.public-base-url:}") String publicBaseUrl) {
        this.lists = lists;
        this.repository = repository;
        this.applications = applications;
        this.reference = reference;
        this.users = users;
        this.mailbox = mailbox;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
        this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
    }

    @Scheduled(fixedDelayString = "${app.recommendation.reminder-interval:PT15M}",
            initialDelayString = "${app.recommendation.reminder-initial-delay:PT2M}")
    void run() {
        int sent = remind();
        if (sent > 0) {
            log.info("Sent {} recommendation deadline reminder(s)", sent);
        }
    }

    /** Sends the reminders that are due now; returns how many (call, division) reminders went out. */
    public int remind() {
        if (properties.reminderDays().isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (CallSummary call : lists.calls()) {
            Instant deadline = call.recommendationDeadline();
            if (deadline == null || !now.isBefore(deadline)) {
                continue;
            }
            Duration left = Duration.between(now, deadline);
            List<Integer> due = properties.reminderDays().stream()
                    .filter(days -> left.compareTo(Duration.ofDays(days)) <= 0).toList();
            if (due.isEmpty()) {
                continue;
            }
            Map<String, ReceivedApplications> counts = ReceivedApplications.byDivision(
                    applications.list(ReceivedApplications.query(call.id())));
            for (Division division : reference.divisions()) {
                ReceivedApplications count = counts.get(division.code());
                if (count == null) {
                    continue;
                }
                if (remind(call, division, due, count, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean remind(CallSummary call, Division division, List<Integer> due, ReceivedApplications count,
                           Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (repository.find(call.id(), division.code()).map(r -> r.status() == ListStatus.SUBMITTED)
                    .orElse(false)) {
                return false;
            }
            int nearest = due.get(0);
            boolean fresh = repository.recordReminder(call.id(), division.code(), nearest, now);
            // the farther reminders are past: record them, so that none of them is sent after the nearer one
            due.stream().skip(1).forEach(days -> repository.recordReminder(call.id(), division.code(), days, now));
            if (!fresh) {
                return false;
            }
            int recommended = repository.entries(call.id(), division.code()).size();
            List<AccountView> holders = users.holders(Role.RECOMMENDER, null, division.code());
            // everyone of the division sees it in the inbox; the personal e-mail follows below
            notifications.notify(holders.stream().map(a -> new Recipient(a.username(), null)).toList(),
                    new Notice("recommendation.reminder",
                            messages.chinese("recommendation.mail.reminder.subject", call.title()),
                            messages.chinese("recommendation.notice.reminder.body", call.title(),
                                    call.recommendationDeadline(), nearest, division.name(), count.received(), recommended,
                                    count.undecided()),
                            "/recommendation?call=" + call.id()));
            List<AccountView> recipients = holders.stream()
                    .filter(a -> a.email() != null && !a.email().isBlank()).toList();
            for (AccountView recipient : recipients) {
                mailbox.sendMail(recipient.email(),
                        messages.chinese("recommendation.mail.reminder.subject", call.title()),
                        messages.chinese("recommendation.mail.reminder.body", recipient.displayName(), call.title(),
                                call.recommendationDeadline(), nearest, division.name(), count.received(), recommended,
                                count.undecided(), link(call)));
            }
            repository.reminderRecipients(call.id(), division.code(), nearest, recipients.size());
            if (recipients.isEmpty()) {
                log.warn("No recommender of division {} has an e-mail address: the reminder {} day(s) before the "
                        + "deadline of call {} reached no one", division.code(), nearest, call.id());
            }
            return true;
        }));
    }

    private String link(CallSummary call) {
        String path = "/recommendation?call=" + call.id();
        return publicBaseUrl.isEmpty() ? messages.chinese("recommendation.mail.reminder.where", path)
                : publicBaseUrl + path;
    }
}
