package cn.gov.hubei.jxt.pilot.recommendation.internal;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the enterprise's applicants of the recommender's decisions on their application: 退回修改, 推荐, 不予推荐 and
 * 撤销决定. One in-app notice each and an e-mail to each address. It listens to {@link ApplicationStatusChanged}
 * synchronously, so the notices are written in the transaction of the decision: nobody is told of a decision that
 * was rolled back. Texts: {@code recommendation.notice.<transition>.subject/body}.
 */
@Component
class DecisionNotices {

    /** The recommender's transitions, whose notices this module sends. */
    static final Set<ApplicationTransition> DECISIONS = EnumSet.of(ApplicationTransition.RETURN,
            ApplicationTransition.RECOMMEND, ApplicationTransition.DECLINE, ApplicationTransition.RECONSIDER);

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Notifications notifications;
    private final UserAdministration users;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final DateTimeFormatter deadlines;

    DecisionNotices(Notifications notifications, UserAdministration users, ProjectApplications applications,
                    ReferenceCatalog reference, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.applications = applications;
        this.reference = reference;
        this.messages = messages;
        this.deadlines = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        if (!DECISIONS.contains(event.transition())) {
            return;
        }
        List<Recipient> recipients = users.holders(Role.APPLICANT, event.enterpriseId(), null).stream()
                .map(a -> new Recipient(a.username(), a.email())).toList();
        if (recipients.isEmpty()) {
            return;
        }
        ApplicationSummary application = applications.find(event.applicationId(), ApplicationScope.ALL)
                .orElseThrow();
        String key = "recommendation.notice." + event.transition().code();
        Object[] args = {
                application.projectName() == null
                        ? messages.getMessage("application.value.unnamed", new Object[]{application.number()}, CHINESE)
                        : application.projectName(),
                application.enterpriseName(),
                application.callTitle(),
                event.versionNo() == null ? application.lastVersionNo() : event.versionNo(),
                event.reason() == null ? "" : event.reason(),
                event.deadline() == null ? messages.getMessage("recommendation.notice.no-deadline", null, CHINESE)
                        : deadlines.format(event.deadline()),
                reference.division(event.divisionCode()).map(Division::name).orElse(event.divisionCode())
        };
        notifications.notify(recipients, new Notice("application." + event.transition().code(),
                messages.getMessage(key + ".subject", args, CHINESE),
                messages.getMessage(key + ".body", args, CHINESE),
                "/applications/" + event.applicationId()));
    }
}
