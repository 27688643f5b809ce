package cn.gov.hubei.jxt.pilot.web;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates as people in Hubei read them: in the clock's zone (Asia/Shanghai), {@code yyyy-MM-dd HH:mm}. The one way
 * templates format dates: {@code ${@dates.dateTime(x)}}, {@code ${@dates.date(x)}}, {@code ${@dates.time(x)}}
 * ({@code HH:mm}), {@code ${@dates.timeSeconds(x)}}, {@code ${@dates.dateTimeSeconds(x)}}; {@code null} shows as a dash.
 * The date under an official text (a notice's 发布单位) is written as documents write it (GB/T 9704):
 * {@code ${@dates.officialDate(x)}} → {@code 2026年12月6日}.
 */
@Component("dates")
public class DisplayDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter OFFICIAL_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ZoneId zone;

    DisplayDates(Clock clock) {
        this.zone = clock.getZone();
    }

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

    public String officialDate(TemporalAccessor value) {
        return format(value, OFFICIAL_DATE);
    }

    public String time(TemporalAccessor value) {
        return format(value, TIME);
    }

    public String timeSeconds(TemporalAccessor value) {
        return format(value, TIME_SECONDS);
    }

    private String format(TemporalAccessor value, DateTimeFormatter pattern) {
        if (value == null) {
            return "—";
        }
        ZonedDateTime zoned;
        if (value instanceof OffsetDateTime o) {
            zoned = o.atZoneSameInstant(zone);
        } else if (value instanceof Instant i) {
            zoned = i.atZone(zone);
        } else if (value instanceof ZonedDateTime z) {
            zoned = z.withZoneSameInstant(zone);
        } else {
            return pattern.format(value);
        }
        return zoned.format(pattern);
    }
}
