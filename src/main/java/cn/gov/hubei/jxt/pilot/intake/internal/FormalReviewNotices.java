package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusChanged;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The formal review's notices: the enterprise's applicants are told of each conclusion on their application (通过,
 * 要求补正 with what to correct and by when, 不通过 with the reason), one in-app notice each and an e-mail to each
 * address. The listener runs synchronously in the transaction of the status change, so nobody is told of a decision
 * that was rolled back. Texts: {@code intake.notice.<transition>.subject/body}.
 */
@Component
class FormalReviewNotices {

    /** The transitions of the formal review, whose notices are this module's. */
    static final Set<ApplicationTransition> DECISIONS = Set.of(ApplicationTransition.PASS_FORMAL,
            ApplicationTransition.REQUEST_CORRECTION, ApplicationTransition.FAIL_FORMAL);

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final UserAdministration users;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final Clock clock;

    FormalReviewNotices(Notifications notifications, UserAdministration users, ProjectApplications applications,
                        ReferenceCatalog reference, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.applications = applications;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationStatusChanged changed) {
        if (!DECISIONS.contains(changed.transition())) {
            return;
        }
        List<Recipient> recipients = users.holders(Role.APPLICANT, changed.enterpriseId(), null).stream()
                .map(a -> new Recipient(a.username(), a.email())).toList();
        if (recipients.isEmpty()) {
            return;
        }
        ApplicationSummary application = applications.find(changed.applicationId(), ApplicationScope.ALL)
                .orElseThrow();
        String key = "intake.notice." + changed.transition().code();
        Object[] args = {
                application.projectName() == null
                        ? messages.getMessage("intake.notice.unnamed", new Object[]{application.number()}, CHINESE)
                        : application.projectName(),
                application.enterpriseName(),
                application.callTitle(),
                changed.versionNo() == null ? application.lastVersionNo() : changed.versionNo(),
                changed.reason() == null ? "" : changed.reason(),
                changed.deadline() == null ? messages.getMessage("intake.notice.no-deadline", null, CHINESE)
                        : DEADLINE.withZone(clock.getZone()).format(changed.deadline()),
                reference.division(application.divisionCode()).map(Division::name)
                        .orElse(application.divisionCode())
        };
        notifications.notify(recipients, new Notice("application." + changed.transition().code(),
                messages.getMessage(key + ".subject", args, CHINESE),
                messages.getMessage(key + ".body", args, CHINESE),
                "/applications/" + application.id()));
    }
}
