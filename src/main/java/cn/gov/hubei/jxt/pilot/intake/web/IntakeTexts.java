package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Messages for the intake pages and API, in the request's language (zh-CN). */
@Component
class IntakeTexts {

    /** A time as the pages show it, in the clock's zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Clock clock;

    IntakeTexts(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** A time as people read it on the pages ({@code yyyy-MM-dd HH:mm}, the clock's zone). */
    String time(Instant instant) {
        return TIME.withZone(clock.getZone()).format(instant);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /**
     * The conclusion of a decision as people read it in lists: its label, and for the failure of an overdue
     * correction 「不通过（逾期未补正）」.
     */
    String outcome(FormalReview review) {
        String label = text(review.outcome().labelKey());
        return review.overdueCorrection() ? text("intake.outcome.overdue", label) : label;
    }

    /** A refusal or a problem; arguments that are message keys (statuses, labels) are resolved first. */
    String text(MessageSourceResolvable resolvable) {
        Object[] args = resolvable.getArguments() == null ? new Object[0] : resolvable.getArguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && (s.startsWith("application.") || s.startsWith("intake."))) {
                args[i] = text(s);
            }
        }
        return text(resolvable.getCodes()[0], args);
    }
}
