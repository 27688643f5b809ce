package cn.gov.hubei.jxt.pilot.recommendation.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The texts of the recommendation pages, the API and the reminder mails. Refusals carry message keys and values as
 * arguments; here keys among the arguments (statuses, transitions) are resolved and times are written as people in
 * Hubei read them.
 */
@Component
public class RecommendationMessages {

    private final MessageSource messages;
    private final DateTimeFormatter time;

    RecommendationMessages(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    /** The message in the request's locale (zh-CN, the fixed locale). */
    public String text(String key, Object... args) {
        return text(LocaleContextHolder.getLocale(), key, args);
    }

    /** The message in Chinese, whatever thread asks: for the mails the system sends on its own. */
    public String chinese(String key, Object... args) {
        return text(Locale.SIMPLIFIED_CHINESE, key, args);
    }

    public String text(MessageSourceResolvable resolvable) {
        return text(resolvable.getCodes()[0], arguments(resolvable));
    }

    /** A refusal's message in Chinese, whatever thread asks. */
    public String chinese(MessageSourceResolvable resolvable) {
        return chinese(resolvable.getCodes()[0], arguments(resolvable));
    }

    private static Object[] arguments(MessageSourceResolvable resolvable) {
        return resolvable.getArguments() == null ? new Object[0] : resolvable.getArguments();
    }

    private String text(Locale locale, String key, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof String s && (s.startsWith("application.") || s.startsWith("recommendation."))) {
                resolved[i] = messages.getMessage(s, null, s, locale);
            } else if (arg instanceof Instant instant) {
                resolved[i] = time(instant);
            } else if (arg instanceof Number number) {
                // as text: MessageFormat would group 1000 as 1,000
                resolved[i] = String.valueOf(number);
            } else {
                resolved[i] = arg;
            }
        }
        return messages.getMessage(key, resolved, key, locale);
    }

    /** A time in the clock's zone (Asia/Shanghai), {@code yyyy-MM-dd HH:mm}. */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }
}
