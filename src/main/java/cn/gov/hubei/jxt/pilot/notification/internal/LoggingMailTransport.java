package cn.gov.hubei.jxt.pilot.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the demo and for development, where no mail server is configured: the mail is written to the log, whole, so a
 * person trying the system can follow a confirmation link from the console.
 */
final class LoggingMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailTransport.class);

    @Override
    public void deliver(OutgoingMail mail) {
        log.info("Mail {} (not sent: no spring.mail.host configured)\nTo: {}\nSubject: {}\n\n{}",
                mail.id(), mail.recipient(), mail.subject(), mail.body());
    }
}
