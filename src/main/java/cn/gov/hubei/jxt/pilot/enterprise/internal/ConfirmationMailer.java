package cn.gov.hubei.jxt.pilot.enterprise.internal;

/**
 * Sends the e-mails of registration: the confirmation link and the programme office's decision. Its shape is that of
 * the notification module's outbox ({@code sendMail(to, subject, body)}), to which it is to be switched once that
 * module exists; the only implementation until then writes the message to the log.
 */
public interface ConfirmationMailer {

    /** Sends one plain-text message. Called inside the registration's transaction, as an outbox would be. */
    void send(String to, String subject, String body);
}
