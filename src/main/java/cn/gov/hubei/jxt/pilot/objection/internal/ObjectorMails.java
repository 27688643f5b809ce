package cn.gov.hubei.jxt.pilot.objection.internal;

import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The e-mails to an objector, who has no account (so no inbox): written to the outbox in the caller's transaction
 * through {@link Mailbox}, in Chinese from the objection bundle. They name the receipt number and the lookup page,
 * never the objector's data.
 */
@Component
class ObjectorMails {

    private final Mailbox mailbox;
    private final MessageSource messages;
    private final String baseUrl;

    ObjectorMails(Mailbox mailbox, MessageSource messages, @Value("${app.public-base-url:}") String baseUrl) {
        this.mailbox = mailbox;
        this.messages = messages;
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    void received(String to, String receipt, String code, PublicNotice notice, String project) {
        mailbox.sendMail(to, text("objection.mail.received.subject", receipt),
                text("objection.mail.received.body", receipt, code, notice.title(), project, lookupLink()));
    }

    /** A step of the office (accepted, declined, upheld, dismissed, removed) with its published text. */
    void step(String to, String receipt, String kind, String reason) {
        String stepName = text("objection.step." + kind);
        mailbox.sendMail(to, text("objection.mail.step.subject", receipt, stepName),
                text("objection.mail.step.body", receipt, stepName, reason == null || reason.isBlank() ? "—" : reason,
                        lookupLink()));
    }

    private String lookupLink() {
        return baseUrl + "/public/objections/lookup";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
