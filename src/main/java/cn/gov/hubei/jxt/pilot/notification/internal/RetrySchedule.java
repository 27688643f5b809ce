package cn.gov.hubei.jxt.pilot.notification.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a mail again: exponential backoff, so a mail server that is down for minutes is not hammered and one
 * that is down for hours still gets the mail once it is back. With the defaults the waits are 30s, 1, 2, 4, 8, 16 and
 * 32 minutes, then an hour twice: the tenth failure, about three hours after the first, gives the mail up.
 */
record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    /** The wait after the given number of failed attempts, or empty when the mail is to be given up. */
    Optional<Duration> waitAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}
