package cn.gov.hubei.jxt.pilot.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Delivers through the configured mail server ({@code spring.mail.*}), as plain UTF-8 text. */
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
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Mail " + mail.id() + " could not be composed", e);
        }
        sender.send(message);
    }
}
