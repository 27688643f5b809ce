package cn.gov.hubei.jxt.pilot.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayDatesTest {

    private final DisplayDates dates = new DisplayDates(Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Shanghai")));

    @Test
    void anOfficialTextIsDatedAsDocumentsWriteItInTheClocksZone() {
        // 2026-12-05 20:00 UTC is already 6 December in Hubei
        assertThat(dates.officialDate(Instant.parse("2026-12-05T20:00:00Z"))).isEqualTo("2026年12月6日");
        assertThat(dates.officialDate(LocalDate.of(2026, 10, 1))).isEqualTo("2026年10月1日");
        assertThat(dates.officialDate(null)).isEqualTo("—");
        assertThat(dates.date(Instant.parse("2026-12-05T20:00:00Z"))).isEqualTo("2026-12-06");
    }
}
