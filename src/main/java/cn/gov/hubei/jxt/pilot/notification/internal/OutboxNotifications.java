package cn.gov.hubei.jxt.pilot.notification.internal;

import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tells people of a decision: an inbox entry per person and a mail to the outbox per address, both in the caller's
 * transaction, so no one hears of a decision that was rolled back and the mail server's state never matters here.
 */
@Service
class OutboxNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

    /** {@code notification_inbox.subject} holds 300 characters. */
    static final int MAX_INBOX_SUBJECT_LENGTH = 300;

    private final JdbcInbox inbox;
    private final Mailbox mailbox;
    private final String baseUrl;

    OutboxNotifications(JdbcInbox inbox, Mailbox mailbox, @Value("${app.public-base-url:}") String publicBaseUrl) {
        this.inbox = inbox;
        this.mailbox = mailbox;
        this.baseUrl = baseUrl(publicBaseUrl);
    }

    @Override
    @Transactional
    public void notify(Collection<Recipient> recipients, Notice notice) {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(notice, "notice");
        Map<String, Recipient> people = new LinkedHashMap<>();
        Map<String, String> addresses = new LinkedHashMap<>();
        Set<String> refused = new LinkedHashSet<>();
        for (Recipient recipient : recipients) {
            Objects.requireNonNull(recipient, "recipient");
            String owner = JdbcInbox.owner(recipient.username());
            people.putIfAbsent(owner, recipient);
            String email = recipient.email();
            if (email == null || email.isBlank()) {
                continue;
            }
            Optional<String> address = MailAddresses.bare(email);
            if (address.isPresent()) {
                // The same mailbox spelt in another case is the same person's mailbox: one mail.
                addresses.putIfAbsent(address.get().toLowerCase(Locale.ROOT), address.get());
            } else if (refused.add(email.strip())) {
                log.warn("Notice {} to {}: the account's e-mail address '{}' is not a valid address; no mail is sent, "
                        + "only the inbox entry is written. Correct the address of the account.",
                        notice.kind(), owner, email.strip());
            }
        }
        String subject = OutboxMailbox.oneLine(notice.subject());
        String inboxSubject = shorten(subject, MAX_INBOX_SUBJECT_LENGTH);
        for (String owner : people.keySet()) {
            inbox.add(owner, notice.kind(), inboxSubject, notice.body(), notice.link());
        }
        String mailSubject = shorten(subject, OutboxMailbox.MAX_SUBJECT_LENGTH);
        String mailBody = mailBody(notice);
        for (String address : addresses.values()) {
            mailbox.sendMail(address, mailSubject, mailBody);
        }
        log.debug("Notice {}: {} inbox entries, {} mails", notice.kind(), people.size(), addresses.size());
    }

    /** The body, a blank line, and the link written out in full: a mail is read outside the application. */
    String mailBody(Notice notice) {
        if (notice.link() == null) {
            return notice.body();
        }
        return notice.body().stripTrailing() + "\n\n" + baseUrl + notice.link();
    }

    /** Cut to {@code max} characters (not UTF-16 units), the last one an ellipsis, so a long project name fits. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * {@code app.public-base-url} without a trailing slash, or empty. A value that is no http(s) address would put
     * broken links into every mail, so it stops the start with a clear message instead.
     */
    static String baseUrl(String configured) {
        String value = configured == null ? "" : configured.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (!value.isEmpty() && !value.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new IllegalStateException("app.public-base-url must be the address people open the system at, "
                    + "such as https://znzz.jxt.hubei.gov.cn, not: " + configured);
        }
        return value;
    }
}
