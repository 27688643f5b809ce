package cn.gov.hubei.jxt.pilot.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Delivers through the configured mail server ({@code spring.mail.*}), as plain UTF-8 text.
 *
 * <p>Each mail carries a {@code Message-ID} made of its outbox row ({@link #messageId}): the same for every attempt of
 * that row, different for any other mail. A node that stops after the mail server accepted a mail and before the row
 * was marked sent delivers it again at the next attempt (at least once, as any outbox); the receiving server and the
 * recipient's mail program recognise the repetition by its identifier, and so does anyone counting deliveries at the
 * server (scripts/two-nodes.sh).
 */
final class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String fromAddress;
    private final String fromName;

    SmtpMailTransport(JavaMailSender sender, String fromAddress, String fromName) {
        this.sender = sender;
        this.fromAddress = fromAddress;
        this.fromName = fromName;
    }

    @Override
    public void deliver(OutgoingMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(fromAddress, fromName);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            message.setHeader("Message-ID", messageId(mail, fromAddress));
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Mail " + mail.id() + " could not be composed", e);
        }
        sender.send(message);
    }

    /**
     * {@code <outbox.<row id>.<queued at, epoch milliseconds>@<the sender address's domain>>}: the queued time keeps
     * two databases' rows of the same id (a rebuilt test system, a second province) apart.
     */
    static String messageId(OutgoingMail mail, String fromAddress) {
        String domain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
        return "<outbox." + mail.id() + "." + mail.queuedAt().toEpochMilli() + "@" + domain + ">";
    }
}
