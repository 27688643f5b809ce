package cn.gov.hubei.jxt.pilot.notification;

import java.time.Instant;

/** One inbox entry as the owner sees it. */
public record InboxEntry(long id, String kind, String subject, String body, String link, Instant createdAt,
                         Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
