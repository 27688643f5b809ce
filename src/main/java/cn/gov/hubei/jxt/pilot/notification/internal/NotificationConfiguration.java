package cn.gov.hubei.jxt.pilot.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Locale;
import java.util.Properties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    /** JavaMail waits forever by default; a hanging mail server must not hold the scheduler and an outbox row. */
    private static final String TIMEOUT_MILLIS = "10000";

    /**
     * Spring Boot creates a {@link JavaMailSender} only when {@code spring.mail.host} is set; without one (the demo),
     * mails are written to the log.
     */
    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> senders, NotificationProperties properties,
                                MessageSource messages) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured (spring.mail.host): e-mails are written to this log (INFO, with "
                    + "recipient, subject and body) and marked sent instead of being delivered.");
            return new LoggingMailTransport();
        }
        if (sender instanceof JavaMailSenderImpl impl) {
            Properties javaMail = impl.getJavaMailProperties();
            javaMail.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            javaMail.putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
            javaMail.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            log.info("E-mails are delivered through {}:{} from {}", impl.getHost(),
                    impl.getPort() < 0 ? "default port" : impl.getPort(), properties.fromAddress());
        }
        String fromName = messages.getMessage("notification.mail.sender-name", null, Locale.SIMPLIFIED_CHINESE);
        return new SmtpMailTransport(sender, properties.fromAddress(), fromName);
    }
}
