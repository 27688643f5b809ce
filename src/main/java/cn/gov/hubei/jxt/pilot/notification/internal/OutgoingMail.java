package cn.gov.hubei.jxt.pilot.notification.internal;

/** A mail of the outbox, as a transport delivers it. */
record OutgoingMail(long id, String recipient, String subject, String body, int attempts) {
}
