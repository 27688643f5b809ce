package cn.gov.hubei.jxt.pilot.notification;

import java.util.Collection;

/**
 * How other modules tell people of a decision (an application returned, recommended, a correction asked for, a formal
 * review's result …): an entry in each person's in-app {@link Inbox} and an e-mail to each address.
 *
 * <pre>{@code
 * notifications.notify(List.of(new Recipient(applicant.username(), applicant.email())),
 *         new Notice("application.returned", subject, body, "/applications/" + id));
 * }</pre>
 */
public interface Notifications {

    /**
     * Writes, in the caller's transaction, one inbox entry per distinct recipient (by username) and one mail to the
     * outbox per distinct e-mail address (mail body = body + a blank line + the link written out in full with
     * {@code app.public-base-url} when set, e.g. {@code https://znzz.example.cn/applications/42}; when the property is
     * unset, just the path). Nothing is written when the transaction rolls back; a mail server outage never fails
     * the caller (the outbox delivers later). Recipients without e-mail get only the inbox entry. Invalid e-mail
     * addresses are skipped with a WARN log, not an exception (a bad address on one account must not fail an
     * officer's decision).
     */
    void notify(Collection<Recipient> recipients, Notice notice);
}
