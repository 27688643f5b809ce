package cn.gov.hubei.jxt.pilot.documents.internal;

import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The texts of the 申报书, from the documents message bundle. The document is always Chinese, whoever asks for it and
 * from whatever thread: it is what the province receives.
 */
public final class DocumentMessages {

    static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final DateTimeFormatter dates;
    private final String[] numerals;

    public DocumentMessages(MessageSource messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofPattern(text("documents.date.pattern"), DOCUMENT_LOCALE);
        this.numerals = text("documents.numerals").split(",");
    }

    /** The message; arguments should be text, so that numbers are never regrouped ("2,020"). */
    public String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments.length == 0 ? null : arguments, DOCUMENT_LOCALE);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** A number as written, without exponent or grouping: 1234.50 stays 1234.50. */
    static String number(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    /** A Chinese numeral for 1–99, as headings number their parts: 一, 十, 十二, 二十, 二十三. */
    String numeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("no numeral for " + n);
        }
        if (n <= 10) {
            return numerals[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : numerals[tens]) + numerals[10] + (ones == 0 ? "" : numerals[ones]);
    }
}
