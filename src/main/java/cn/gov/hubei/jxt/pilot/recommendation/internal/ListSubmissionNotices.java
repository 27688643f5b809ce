package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationListSubmitted;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells the programme office that a division submitted its recommendation list: one inbox notice for every officer
 * and a mail to each officer's address. It listens to {@link RecommendationListSubmitted} synchronously, so the
 * notices are written in the transaction of the submission (nobody is told of a submission that was rolled back).
 * Texts: {@code recommendation.notice.submitted.*}.
 */
@Component
class ListSubmissionNotices {

    private final UserAdministration users;
    private final Notifications notifications;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final RecommendationMessages messages;

    ListSubmissionNotices(UserAdministration users, Notifications notifications, Calls calls,
                          ReferenceCatalog reference, RecommendationMessages messages) {
        this.users = users;
        this.notifications = notifications;
        this.calls = calls;
        this.reference = reference;
        this.messages = messages;
    }

    @EventListener
    void on(RecommendationListSubmitted event) {
        List<Recipient> officers = users.holders(Role.OFFICER, null, null).stream()
                .map(a -> new Recipient(a.username(), a.email())).toList();
        if (officers.isEmpty()) {
            return;
        }
        CallSummary call = calls.find(event.callId()).orElseThrow();
        Division division = reference.division(event.divisionCode()).orElseThrow();
        Object quota = call.recommendationQuota() == null ? "recommendation.notice.submitted.no-quota"
                : messages.chinese("recommendation.notice.submitted.quota", call.recommendationQuota());
        notifications.notify(officers, new Notice("recommendation.submitted",
                messages.chinese("recommendation.notice.submitted.subject", division.name(), call.title()),
                messages.chinese(event.late() ? "recommendation.notice.submitted.body.late"
                                : "recommendation.notice.submitted.body", division.name(), event.submittedAt(),
                        call.title(), event.number(), event.applicationIds().size(), quota),
                "/recommendation/lists/" + division.code() + "?call=" + call.id()));
    }
}
