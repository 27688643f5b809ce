package cn.gov.hubei.jxt.pilot.notification;

import java.util.List;
import java.util.Optional;

/**
 * A person's in-app notices (站内通知), newest first. Every method is scoped to the given user name: callers pass the
 * authenticated user's name ({@code Authentication#getName()}), never one taken from a request, so an entry id of
 * someone else is answered as if it did not exist.
 */
public interface Inbox {

    /** The user's entries, newest first; {@code limit} 1 to 200, {@code offset} from 0. */
    List<InboxEntry> list(String username, boolean unreadOnly, int limit, int offset);

    long count(String username, boolean unreadOnly);

    long unreadCount(String username);

    /** One of the user's own entries; empty for an unknown id or another user's entry. */
    Optional<InboxEntry> find(String username, long id);

    /**
     * Marks one of the user's own entries read; false if no such entry of that user (another user's id = not found).
     * An entry read before keeps the time it was first read.
     */
    boolean markRead(String username, long id);

    /** Marks every unread entry of the user read; returns how many. */
    int markAllRead(String username);
}
