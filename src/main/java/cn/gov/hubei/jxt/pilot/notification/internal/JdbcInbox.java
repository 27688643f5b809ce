package cn.gov.hubei.jxt.pilot.notification.internal;

import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table {@code notification_inbox}. Every query names the owner in its {@code where} clause, so an entry id of
 * another user finds nothing.
 */
@Repository
class JdbcInbox implements Inbox {

    static final int MAX_LIMIT = 200;

    private static final RowMapper<InboxEntry> ENTRY = (rs, row) -> new InboxEntry(rs.getLong("id"),
            rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("read_at")));

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcInbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String username, String kind, String subject, String body, String link) {
        jdbc.sql("""
                        insert into notification_inbox (username, kind, subject, body, link, created_at)
                        values (:username, :kind, :subject, :body, :link, :now)""")
                .param("username", owner(username))
                .param("kind", kind)
                .param("subject", subject)
                .param("body", body)
                .param("link", link)
                .param("now", now())
                .update();
    }

    @Override
    public List<InboxEntry> list(String username, boolean unreadOnly, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + " and offset at least 0");
        }
        return jdbc.sql("select id, kind, subject, body, link, created_at, read_at from notification_inbox "
                        + where(unreadOnly) + " order by created_at desc, id desc limit :limit offset :offset")
                .param("username", owner(username))
                .param("limit", limit)
                .param("offset", offset)
                .query(ENTRY)
                .list();
    }

    @Override
    public long count(String username, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notification_inbox " + where(unreadOnly))
                .param("username", owner(username))
                .query(Long.class)
                .single();
    }

    @Override
    public long unreadCount(String username) {
        return count(username, true);
    }

    @Override
    public Optional<InboxEntry> find(String username, long id) {
        return jdbc.sql("""
                        select id, kind, subject, body, link, created_at, read_at from notification_inbox
                        where id = :id and username = :username""")
                .param("id", id)
                .param("username", owner(username))
                .query(ENTRY)
                .optional();
    }

    @Override
    public boolean markRead(String username, long id) {
        // An entry read before keeps the time it was first read; it is still the user's, so the answer is true.
        return jdbc.sql("""
                        update notification_inbox set read_at = coalesce(read_at, :now)
                        where id = :id and username = :username""")
                .param("now", now())
                .param("id", id)
                .param("username", owner(username))
                .update() == 1;
    }

    @Override
    public int markAllRead(String username) {
        return jdbc.sql("update notification_inbox set read_at = :now where username = :username and read_at is null")
                .param("now", now())
                .param("username", owner(username))
                .update();
    }

    /** Two fixed texts rather than a parameter, so the unread queries use the index on (username, read_at, …). */
    private static String where(boolean unreadOnly) {
        return unreadOnly ? "where username = :username and read_at is null" : "where username = :username";
    }

    /** User names are stored in lower case by the identity module; a caller's spelling must not split an inbox. */
    static String owner(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an inbox belongs to a user name");
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
