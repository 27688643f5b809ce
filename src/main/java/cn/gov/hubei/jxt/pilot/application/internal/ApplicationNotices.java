package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who is told of an application's status change, and what: the enterprise's applicants of every decision taken on
 * their application (returned, recommended or not, a decision taken back, correction asked for, formal review
 * passed or failed); the division's recommenders of every submission, resubmission, correction and withdrawal; the
 * officers of a submitted correction. One in-app notice each and an e-mail to each address, written in the
 * transaction of the change, so nobody is told of a change that was rolled back. Texts:
 * {@code application.notice.<transition>.subject/body} in the application bundle.
 */
@Component
class ApplicationNotices {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final DateTimeFormatter deadlines;

    private final Notifications notifications;
    private final UserAdministration users;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    ApplicationNotices(Notifications notifications, UserAdministration users, ReferenceCatalog reference,
                       MessageSource messages, Clock clock) {
        this.deadlines = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.notifications = notifications;
        this.users = users;
        this.reference = reference;
        this.messages = messages;
    }

    /** The people to tell of {@code transition}, by role. */
    static List<Role> audience(ApplicationTransition transition) {
        return switch (transition) {
            case SUBMIT, WITHDRAW -> List.of(Role.RECOMMENDER);
            case SUBMIT_CORRECTION -> List.of(Role.RECOMMENDER, Role.OFFICER);
            // the recommender's decisions are told by the recommendation module, the formal review's by intake
            default -> List.of();
        };
    }

    void tell(ApplicationSummary application, ApplicationTransition transition, String reason, Instant deadline,
              Integer versionNo) {
        List<Recipient> recipients = new ArrayList<>();
        for (Role role : audience(transition)) {
            List<AccountView> holders = switch (role) {
                case APPLICANT -> users.holders(Role.APPLICANT, application.enterpriseId(), null);
                case RECOMMENDER -> users.holders(Role.RECOMMENDER, null, application.divisionCode());
                default -> users.holders(role, null, null);
            };
            holders.forEach(a -> recipients.add(new Recipient(a.username(), a.email())));
        }
        if (recipients.isEmpty()) {
            return;
        }
        String key = "application.notice." + (transition == ApplicationTransition.SUBMIT && versionNo != null
                && versionNo > 1 ? "resubmit" : transition.code());
        Object[] args = {
                application.projectName() == null
                        ? messages.getMessage("application.value.unnamed", new Object[]{application.number()}, CHINESE)
                        : application.projectName(),
                application.enterpriseName(),
                application.callTitle(),
                versionNo == null ? application.lastVersionNo() : versionNo,
                reason == null ? "" : reason,
                deadline == null ? messages.getMessage("application.notice.no-deadline", null, CHINESE)
                        : deadlines.format(deadline),
                reference.division(application.divisionCode()).map(Division::name)
                        .orElse(application.divisionCode())
        };
        notifications.notify(recipients, new Notice("application." + transition.code(),
                messages.getMessage(key + ".subject", args, CHINESE),
                messages.getMessage(key + ".body", args, CHINESE),
                "/applications/" + application.id()));
    }
}
