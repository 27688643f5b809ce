package cn.gov.hubei.jxt.pilot.notification.internal;

/** How a mail leaves the system: a mail server, or the log when none is configured. */
interface MailTransport {

    /** Delivers the mail or throws; the outbox then tries again later. */
    void deliver(OutgoingMail mail);
}
