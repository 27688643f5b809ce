package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Messages for the intake pages and API, in the request's language (zh-CN). */
@Component
class IntakeTexts {

    private final MessageSource messages;

    IntakeTexts(MessageSource messages) {
        this.messages = messages;
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
