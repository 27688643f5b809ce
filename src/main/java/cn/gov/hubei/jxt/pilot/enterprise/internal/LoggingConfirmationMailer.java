package cn.gov.hubei.jxt.pilot.enterprise.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes each message to the log at INFO instead of sending it, until the notification module's outbox replaces it.
 * The log then holds confirmation links, which are secrets for as long as they are valid (48 hours): fine for a
 * pilot without mail, not for production.
 */
@Component
class LoggingConfirmationMailer implements ConfirmationMailer {

    private static final Logger log = LoggerFactory.getLogger(LoggingConfirmationMailer.class);

    @Override
    public void send(String to, String subject, String body) {
        log.info("E-mail to <{}>, subject \"{}\":\n{}", to, subject, body);
    }
}
