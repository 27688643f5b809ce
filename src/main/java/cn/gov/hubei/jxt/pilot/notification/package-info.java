/**
 * Notification (通知): e-mail to the people who take part in the programme. Other modules hand a finished message to
 * {@link cn.gov.hubei.jxt.pilot.notification.Mailbox}; it is kept in an outbox in the caller's transaction and
 * delivered after the commit, with retries, by whichever application node gets to it first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package cn.gov.hubei.jxt.pilot.notification;
