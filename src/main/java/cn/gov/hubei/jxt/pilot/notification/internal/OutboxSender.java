package cn.gov.hubei.jxt.pilot.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers the outbox. Every node runs it; each mail is delivered in its own short transaction that holds the row's
 * lock while the mail server is talked to, so a mail is handed to the server once — unless the node dies between the
 * server's acceptance and the commit, when it is sent again (at least once, never lost).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutbox outbox;
    private final MailTransport transport;
    private final TransactionTemplate transactions;
    private final RetrySchedule retries;
    private final int batchSize;
    private final Clock clock;

    OutboxSender(MailOutbox outbox, MailTransport transport, TransactionTemplate transactions,
                 NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.transactions = transactions;
        this.retries = properties.retrySchedule();
        this.batchSize = properties.batchSize();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.notification.poll-interval:5s}",
            initialDelayString = "${app.notification.initial-delay:10s}")
    void deliverOnSchedule() {
        deliverDue();
    }

    /**
     * Delivers the mails that are due, oldest first, at most one batch. A failure ends the run: the mail server is
     * probably unreachable, and the next run (or the failed mail's next attempt) comes soon enough.
     *
     * @return how many mails were delivered
     */
    int deliverDue() {
        int delivered = 0;
        for (int i = 0; i < batchSize; i++) {
            Outcome outcome = transactions.execute(status -> deliverNext());
            if (outcome == Outcome.DELIVERED) {
                delivered++;
            } else {
                break;
            }
        }
        return delivered;
    }

    private Outcome deliverNext() {
        Optional<OutgoingMail> due = outbox.lockNextDue(clock.instant());
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutgoingMail mail = due.get();
        int attempts = mail.attempts() + 1;
        try {
            transport.deliver(mail);
        } catch (RuntimeException e) {
            failed(mail, attempts, describe(e));
            return Outcome.FAILED;
        }
        outbox.markSent(mail.id(), attempts, clock.instant());
        log.info("Mail {} delivered to {} (attempt {})", mail.id(), mail.recipient(), attempts);
        return Outcome.DELIVERED;
    }

    private void failed(OutgoingMail mail, int attempts, String error) {
        Optional<Duration> wait = retries.waitAfter(attempts);
        if (wait.isPresent()) {
            Instant next = clock.instant().plus(wait.get());
            outbox.markForRetry(mail.id(), attempts, next, error);
            log.warn("Mail {} to {} not delivered (attempt {}), trying again at {}: {}",
                    mail.id(), mail.recipient(), attempts, next, error);
        } else {
            outbox.markFailed(mail.id(), attempts, error);
            log.error("Mail {} to {} given up after {} attempts: {}", mail.id(), mail.recipient(), attempts, error);
        }
    }

    /** The exception and its root cause, which is where "Connection refused" or the server's reply is. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? outer : outer + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private enum Outcome { DELIVERED, FAILED, NOTHING_DUE }
}
