package cn.gov.hubei.jxt.pilot.web;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates as people in Hubei read them: Asia/Shanghai, {@code yyyy-MM-dd HH:mm}. Templates call it as
 * {@code ${@dates.dateTime(x)}}; {@code null} shows as a dash.
 */
@Component("dates")
public class DisplayDates {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public String dateTime(TemporalAccessor value) {
        return format(value, DATE_TIME);
    }

    public String dateTimeSeconds(TemporalAccessor value) {
        return format(value, DATE_TIME_SECONDS);
    }

    public String date(TemporalAccessor value) {
        if (value instanceof LocalDate d) {
            return d.format(DATE);
        }
        return format(value, DATE);
    }

    private static String format(TemporalAccessor value, DateTimeFormatter pattern) {
        if (value == null) {
            return "—";
        }
        ZonedDateTime zoned;
        if (value instanceof OffsetDateTime o) {
            zoned = o.atZoneSameInstant(SHANGHAI);
        } else if (value instanceof Instant i) {
            zoned = i.atZone(SHANGHAI);
        } else if (value instanceof ZonedDateTime z) {
            zoned = z.withZoneSameInstant(SHANGHAI);
        } else {
            return pattern.format(value);
        }
        return zoned.format(pattern);
    }
}
