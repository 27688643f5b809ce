package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.designation.ProjectsDesignated;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notices of a designation, in the publication's transaction (nobody is told of a publication that rolled back):
 * the applicants of each designated project's enterprise, one notice per project; the recommenders of each division,
 * one notice naming how many of their projects were designated. Texts: {@code designation.notice.*}.
 */
@Component
class DesignationNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final DesignationRepository repository;
    private final Notifications notifications;
    private final UserAdministration users;
    private final MessageSource messages;

    DesignationNotices(DesignationRepository repository, Notifications notifications, UserAdministration users,
                       MessageSource messages) {
        this.repository = repository;
        this.notifications = notifications;
        this.users = users;
        this.messages = messages;
    }

    @EventListener
    void on(ProjectsDesignated designated) {
        List<DesignationRepository.ProjectRow> projects = repository.projects(designated.publicationId());
        Map<String, List<DesignationRepository.ProjectRow>> byDivision = new LinkedHashMap<>();
        for (DesignationRepository.ProjectRow p : projects) {
            byDivision.computeIfAbsent(p.divisionCode(), d -> new java.util.ArrayList<>()).add(p);
            List<Recipient> applicants = users.holders(Role.APPLICANT, p.enterpriseId(), null).stream()
                    .map(a -> new Recipient(a.username(), a.email())).toList();
            if (applicants.isEmpty()) {
                continue;
            }
            Object[] args = {p.projectName(), p.enterpriseName(), p.documentNumber(), p.validFrom().toString(),
                    p.validUntil().toString()};
            notifications.notify(applicants, new Notice("designation.designated",
                    messages.getMessage("designation.notice.applicant.subject", args, CHINESE),
                    messages.getMessage("designation.notice.applicant.body", args, CHINESE),
                    "/designations/mine"));
        }
        byDivision.forEach((division, ofDivision) -> {
            List<Recipient> recommenders = users.holders(Role.RECOMMENDER, null, division).stream()
                    .map(a -> new Recipient(a.username(), a.email())).toList();
            if (recommenders.isEmpty()) {
                return;
            }
            Object[] args = {designated.documentNumber(), String.valueOf(ofDivision.size()),
                    String.join("\n", ofDivision.stream().map(p -> "· " + p.projectName() + "（" + p.enterpriseName()
                            + "）").toList()), designated.publishedOn().toString()};
            notifications.notify(recommenders, new Notice("designation.designated",
                    messages.getMessage("designation.notice.recommender.subject", args, CHINESE),
                    messages.getMessage("designation.notice.recommender.body", args, CHINESE),
                    "/designations/mine"));
        });
    }
}
