package cn.gov.hubei.jxt.pilot.calendar.internal;

import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Texts of the calendar that leave it as exception messages. They are in Chinese whatever thread asks: the product's
 * locale is fixed to zh-CN ({@code spring.web.locale}), and a refusal raised in a scheduled job must read the same as
 * one raised in a request.
 */
@Component
public class CalendarMessages {

    static final Locale PRODUCT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    CalendarMessages(MessageSource messages) {
        this.messages = messages;
    }

    public CalendarNotLoadedException notLoaded(int year) {
        return new CalendarNotLoadedException(year, messages.getMessage(CalendarNotLoadedException.MESSAGE_CODE,
                new Object[] {String.valueOf(year)}, PRODUCT_LOCALE));
    }

    public String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, PRODUCT_LOCALE);
    }
}
