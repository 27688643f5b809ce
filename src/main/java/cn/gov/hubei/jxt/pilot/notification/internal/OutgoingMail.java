package cn.gov.hubei.jxt.pilot.notification.internal;

import java.time.Instant;

/** A mail of the outbox, as a transport delivers it: its row's id and the time it was queued identify it. */
record OutgoingMail(long id, Instant queuedAt, String recipient, String subject, String body, int attempts) {
}
