/**
 * Notification (通知): telling the people who take part in the programme of what concerns them, in the application
 * and by e-mail.
 * <ul>
 *   <li>{@link cn.gov.hubei.jxt.pilot.notification.Notifications} — what other modules call when a decision concerns
 *   someone (an application returned, recommended, a correction asked for, a review's result): one
 *   {@link cn.gov.hubei.jxt.pilot.notification.Notice} to some {@link cn.gov.hubei.jxt.pilot.notification.Recipient}s
 *   becomes an entry in each person's inbox and a mail to each address, written in the caller's transaction.</li>
 *   <li>{@link cn.gov.hubei.jxt.pilot.notification.Inbox} — each account's in-app notices (站内通知), read on the
 *   {@code /inbox} page, through {@code /api/v1/inbox} and counted on the bell in the navigation.</li>
 *   <li>{@link cn.gov.hubei.jxt.pilot.notification.Mailbox} — a single finished mail, for messages that are not in
 *   anyone's inbox (an address confirmation before the account is active).</li>
 * </ul>
 * Mails are kept in an outbox in the caller's transaction and delivered after the commit, with retries, by whichever
 * application node gets to them first; a mail server outage never fails a decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"platform"})
package cn.gov.hubei.jxt.pilot.notification;
