package cn.gov.hubei.jxt.pilot.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template formats dates one way: through {@code @dates} ({@link DisplayDates}), in the clock's zone. */
class TemplateDatesTest {

    private static final Pattern OTHER_FORMATTERS = Pattern.compile("#(temporals|dates|calendars)\\.\\w+");

    @Test
    void noTemplateFormatsDatesOtherThanThroughDisplayDates() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Matcher m = OTHER_FORMATTERS.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(template + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void datesAreShownInTheClocksZone() {
        DisplayDates shanghai = new DisplayDates(Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Shanghai")));
        DisplayDates utc = new DisplayDates(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Instant instant = Instant.parse("2026-03-31T16:30:15Z");

        assertThat(shanghai.dateTime(instant)).isEqualTo("2026-04-01 00:30");
        assertThat(shanghai.dateTimeSeconds(instant.atOffset(ZoneOffset.UTC))).isEqualTo("2026-04-01 00:30:15");
        assertThat(shanghai.date(instant)).isEqualTo("2026-04-01");
        assertThat(shanghai.time(instant)).isEqualTo("00:30");
        assertThat(shanghai.timeSeconds(instant)).isEqualTo("00:30:15");
        assertThat(utc.dateTime(instant)).isEqualTo("2026-03-31 16:30");
        assertThat(utc.dateTime(OffsetDateTime.parse("2026-04-01T00:30:15+08:00"))).isEqualTo("2026-03-31 16:30");
    }

    @Test
    void localValuesAreShownAsTheyAreAndNothingAsADash() {
        DisplayDates dates = new DisplayDates(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        assertThat(dates.dateTime(LocalDateTime.of(2026, 4, 1, 9, 5, 7))).isEqualTo("2026-04-01 09:05");
        assertThat(dates.timeSeconds(LocalDateTime.of(2026, 4, 1, 9, 5, 7))).isEqualTo("09:05:07");
        assertThat(dates.date(LocalDate.of(2026, 4, 1))).isEqualTo("2026-04-01");
        assertThat(dates.dateTime(null)).isEqualTo("—");
    }
}
