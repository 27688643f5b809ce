package cn.gov.hubei.jxt.pilot.notification.internal;

import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Objects;

/** Writes mails to the outbox; {@link OutboxSender} delivers them after the commit. */
@Service
class OutboxMailbox implements Mailbox {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_ADDRESS_LENGTH = 254;

    private final MailOutbox outbox;
    private final Clock clock;

    OutboxMailbox(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An invalid address is refused before anything is written, so it leaves the caller's transaction usable. */
    @Override
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    public void sendMail(String to, String subject, String body) {
        Objects.requireNonNull(body, "body");
        String recipient = bareAddress(to);
        String line = subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (line.isEmpty() || line.codePointCount(0, line.length()) > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("a mail subject must have 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        outbox.add(recipient, line, body, clock.instant());
    }

    /** One address without a display name: what a person typed into an e-mail field, checked strictly. */
    private static String bareAddress(String to) {
        String trimmed = to == null ? "" : to.strip();
        try {
            InternetAddress address = new InternetAddress(trimmed, true);
            address.validate();
            if (!address.getAddress().equals(trimmed) || address.getPersonal() != null
                    || !trimmed.contains("@") || trimmed.length() > MAX_ADDRESS_LENGTH) {
                throw new AddressException("not a single bare address", trimmed);
            }
            return trimmed;
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a valid e-mail address: " + trimmed, e);
        }
    }
}
