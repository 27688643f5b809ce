package cn.gov.hubei.jxt.pilot.notification;

/**
 * Outgoing e-mail. A mail handed over here is only written to the outbox, in the caller's transaction when there is
 * one: it leaves the system after that transaction commits, and never when it rolls back, so no one is told of a
 * decision that was not taken. Delivery is retried until it succeeds or its attempts are used up (see
 * {@code docs/notification.md}).
 *
 * <p>Texts are plain text, written by the caller from its message bundle in Chinese; a link is written out in full.
 */
public interface Mailbox {

    /**
     * @param to      one bare address, e.g. {@code zhangsan@example.cn}
     * @param subject one line (line breaks become spaces), at most 200 characters
     * @param body    plain text
     * @throws IllegalArgumentException when the address is not a valid e-mail address or the subject is blank or long
     */
    void sendMail(String to, String subject, String body);
}
