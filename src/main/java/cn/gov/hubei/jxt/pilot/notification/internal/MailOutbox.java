package cn.gov.hubei.jxt.pilot.notification.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The table {@code mail_outbox}: one row per mail, PENDING until it is SENT or, its attempts used up, FAILED. */
@Repository
class MailOutbox {

    static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String recipient, String subject, String body, Instant now) {
        jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, status, attempts, next_attempt_at, created_at)
                        values (:recipient, :subject, :body, 'PENDING', 0, :now, :now)""")
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("now", at(now))
                .update();
    }

    /**
     * The oldest due mail, locked until the caller's transaction ends. A row another node is delivering is locked and
     * skipped, not waited for, so several nodes deliver different mails side by side and none twice.
     */
    Optional<OutgoingMail> lockNextDue(Instant now) {
        return jdbc.sql("""
                        select id, created_at, recipient, subject, body, attempts from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked""")
                .param("now", at(now))
                .query((rs, row) -> new OutgoingMail(rs.getLong("id"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .optional();
    }

    /** The mails due and not yet delivered, and when the oldest of them was due (null when none is). */
    record Backlog(long due, Instant oldestDueAt) {
    }

    Backlog backlog(Instant now) {
        return jdbc.sql("""
                        select count(*) as due, min(next_attempt_at) as oldest from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= :now""")
                .param("now", at(now))
                .query((rs, row) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    return new Backlog(rs.getLong("due"), oldest == null ? null : oldest.toInstant());
                })
                .single();
    }

    void markSent(long id, int attempts, Instant now) {
        jdbc.sql("update mail_outbox set status = 'SENT', attempts = :attempts, sent_at = :now where id = :id")
                .param("attempts", attempts)
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    void markForRetry(long id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("update mail_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error where id = :id")
                .param("attempts", attempts)
                .param("next", at(nextAttemptAt))
                .param("error", truncate(error))
                .param("id", id)
                .update();
    }

    void markFailed(long id, int attempts, String error) {
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = :attempts, last_error = :error where id = :id")
                .param("attempts", attempts)
                .param("error", truncate(error))
                .param("id", id)
                .update();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
