package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The wording of registration e-mails, in the system's configured language (mails leave outside any request). */
@Component
class RegistrationMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Mailbox mailer;
    private final MessageSource messages;
    private final Locale locale;
    private final Clock clock;

    RegistrationMails(Mailbox mailer, MessageSource messages,
                      @Value("${spring.web.locale:zh_CN}") Locale locale, Clock clock) {
        this.clock = clock;
        this.mailer = mailer;
        this.messages = messages;
        this.locale = locale;
    }

    void confirmationLink(Registration r, String link, OffsetDateTime expiresAt) {
        String review = r.status() == RegistrationStatus.PENDING ? text("enterprise.mail.confirm.pending") : "";
        mailer.sendMail(r.email(), text("enterprise.mail.confirm.subject"),
                text("enterprise.mail.confirm.body", r.contactName(), r.enterpriseName(), r.username(),
                        expiresAt.atZoneSameInstant(clock.getZone()).format(TIME), link, review));
    }

    void approved(Registration r) {
        String next = r.emailConfirmed() ? text("enterprise.mail.approved.ready")
                : text("enterprise.mail.approved.confirm-first");
        mailer.sendMail(r.email(), text("enterprise.mail.decision.subject"),
                text("enterprise.mail.approved.body", r.contactName(), r.enterpriseName(), r.decisionReason(), next));
    }

    void rejected(Registration r) {
        mailer.sendMail(r.email(), text("enterprise.mail.decision.subject"),
                text("enterprise.mail.rejected.body", r.contactName(), r.enterpriseName(), r.decisionReason()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
