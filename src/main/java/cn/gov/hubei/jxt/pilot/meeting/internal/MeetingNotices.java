package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the drawn experts of their invitation (inbox and e-mail), in the transaction of the draw or the replacement:
 * nobody is told of a draw that was rolled back. Texts: {@code meeting.notice.<kind>.subject/body}. An expert without
 * an account is told by the office in person (the meeting page lists them).
 */
@Component
class MeetingNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Notifications notifications;
    private final UserAdministration users;
    private final Experts experts;
    private final MeetingRepository repository;
    private final MessageSource messages;

    MeetingNotices(Notifications notifications, UserAdministration users, Experts experts,
                   MeetingRepository repository, MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.experts = experts;
        this.repository = repository;
        this.messages = messages;
    }

    @EventListener
    void on(MeetingEvents.ExpertsInvited event) {
        MeetingSummary meeting = repository.find(event.meetingId()).orElseThrow().summary();
        List<Long> accounts = experts.all(event.expertIds()).stream().map(Expert::accountId)
                .filter(Objects::nonNull).toList();
        String key = "meeting.notice." + event.kind().name().toLowerCase(Locale.ROOT);
        tell(accounts, meeting, key, "/meetings/invitations");
    }

    @EventListener
    void on(MeetingEvents.DrawCancelled event) {
        MeetingSummary meeting = repository.find(event.meetingId()).orElseThrow().summary();
        tell(event.accountIds(), meeting, "meeting.notice.cancelled", "/meetings/invitations");
    }

    private void tell(List<Long> accountIds, MeetingSummary meeting, String key, String link) {
        List<Recipient> recipients = new ArrayList<>();
        for (Long id : accountIds) {
            users.find(id).ifPresent(a -> recipients.add(new Recipient(a.username(), a.email())));
        }
        if (recipients.isEmpty()) {
            return;
        }
        Object[] args = {meeting.title(), meeting.meetingDate().toString(), meeting.place()};
        notifications.notify(recipients, new Notice(key.replace("meeting.notice.", "meeting."),
                messages.getMessage(key + ".subject", args, CHINESE),
                messages.getMessage(key + ".body", args, CHINESE), link));
    }
}
