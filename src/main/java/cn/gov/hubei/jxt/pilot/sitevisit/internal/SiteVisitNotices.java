package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitSignedOff;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The site visit's notices: when the team leader signs a visit off, the officer who planned it is told (inbox and
 * e-mail), in the sign-off's transaction.
 */
@Component
class SiteVisitNotices {

    private final Notifications notifications;
    private final UserAdministration users;
    private final SiteVisitRepository repository;
    private final MessageSource messages;

    SiteVisitNotices(Notifications notifications, UserAdministration users, SiteVisitRepository repository,
                     MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.repository = repository;
        this.messages = messages;
    }

    @EventListener
    void on(SiteVisitSignedOff signedOff) {
        SiteVisit visit = repository.visit(signedOff.visitId()).orElseThrow();
        List<Recipient> recipients = users.findByUsername(signedOff.plannedBy()).stream()
                .map(a -> new Recipient(a.username(), a.email())).toList();
        if (recipients.isEmpty()) {
            return;
        }
        Object[] args = {visit.projectName() == null ? visit.applicationNumber() : visit.projectName(),
                visit.enterpriseName(), visit.teamName(), visit.signedOffName(),
                messages.getMessage("sitevisit.conclusion." + signedOff.conclusion().name(), null, Locale.SIMPLIFIED_CHINESE),
                SiteVisitSheet.DAY.format(visit.visitDate())};
        notifications.notify(recipients, new Notice("sitevisit.signed-off",
                messages.getMessage("sitevisit.notice.signed-off.subject", args, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage("sitevisit.notice.signed-off.body", args, Locale.SIMPLIFIED_CHINESE),
                "/site-visits/visits/" + visit.id()));
    }
}
