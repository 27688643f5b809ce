package cn.gov.hubei.jxt.pilot.notification.internal;

import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Objects;

/** Writes mails to the outbox; {@link OutboxSender} delivers them after the commit. */
@Service
class OutboxMailbox implements Mailbox {

    static final int MAX_SUBJECT_LENGTH = 200;

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
        String recipient = MailAddresses.bare(to)
                .orElseThrow(() -> new IllegalArgumentException("not a valid e-mail address: " + to));
        String line = oneLine(subject);
        if (line.isEmpty() || line.codePointCount(0, line.length()) > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("a mail subject must have 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        outbox.add(recipient, line, body, clock.instant());
    }

    /** A subject on one line: line breaks and tabs become a space, as mail headers and list rows need. */
    static String oneLine(String subject) {
        return subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
