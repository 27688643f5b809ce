package cn.gov.hubei.jxt.pilot.calendar;

import org.springframework.context.MessageSourceResolvable;

/**
 * Refusal to compute on a date whose calendar year has no loaded holiday arrangement. The calendar never guesses:
 * without the State Council's notice for that year, a weekday may be a holiday and a Saturday a working day.
 *
 * <p>{@link #getMessage()} is the Chinese text for the person who asked (the product's locale is fixed to zh-CN);
 * the exception is also a {@link MessageSourceResolvable} (code {@value #MESSAGE_CODE}, argument: the year) for
 * callers that render it through their own message source.
 */
public class CalendarNotLoadedException extends RuntimeException implements MessageSourceResolvable {

    public static final String MESSAGE_CODE = "calendar.error.year-not-loaded";

    private final int year;

    public CalendarNotLoadedException(int year, String message) {
        super(message);
        this.year = year;
    }

    /** The first calendar year the computation needed and found missing. */
    public int year() {
        return year;
    }

    @Override
    public String[] getCodes() {
        return new String[] {MESSAGE_CODE};
    }

    @Override
    public Object[] getArguments() {
        // as text: a number argument would be formatted with a grouping separator ("2,027")
        return new Object[] {String.valueOf(year)};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
