package cn.gov.hubei.jxt.pilot.notification.web;

import cn.gov.hubei.jxt.pilot.notification.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The number on the bell in the navigation, which the nav fragment reads as
 * {@code ${@inboxBadge.unread(#authentication)}} on every page.
 */
@Component("inboxBadge")
public class InboxBadge {

    private static final Logger log = LoggerFactory.getLogger(InboxBadge.class);

    private final Inbox inbox;

    InboxBadge(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The user's unread entries; 0 for a visitor who is not logged in. */
    public long unread(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return 0;
        }
        try {
            return inbox.unreadCount(authentication.getName());
        } catch (DataAccessException e) {
            // The error page shows the navigation too: a database that cannot be reached must not break it as well.
            log.warn("Unread notices of {} not counted for the navigation: {}", authentication.getName(), e.toString());
            return 0;
        }
    }
}
