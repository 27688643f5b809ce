package cn.gov.hubei.jxt.pilot.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code app.notification.*}. The poll interval ({@code app.notification.poll-interval}, default 5s) is read by the
 * scheduler directly.
 *
 * @param fromAddress  the sender address of every mail; set it to an address of the department's mail domain
 * @param batchSize    the most mails one run delivers, so one run never holds the scheduler for long
 * @param maxAttempts  after this many failed attempts a mail is given up (status FAILED, logged as an error)
 * @param firstRetry   the wait after the first failure; it doubles after each further failure …
 * @param maxRetry     … up to this
 */
@ConfigurationProperties("app.notification")
record NotificationProperties(@DefaultValue("no-reply@localhost") String fromAddress,
                              @DefaultValue("20") int batchSize,
                              @DefaultValue("10") int maxAttempts,
                              @DefaultValue("30s") Duration firstRetry,
                              @DefaultValue("1h") Duration maxRetry) {

    NotificationProperties {
        if (batchSize < 1 || maxAttempts < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("app.notification: batch-size and max-attempts must be at least 1, "
                    + "max-retry at least first-retry");
        }
    }

    RetrySchedule retrySchedule() {
        return new RetrySchedule(firstRetry, maxRetry, maxAttempts);
    }
}
