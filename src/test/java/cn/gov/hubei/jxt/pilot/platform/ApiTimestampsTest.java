package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTimestampsTest {

    @Autowired
    JsonMapper json;

    @Test
    void writesEveryPointInTimeWithSixFractionDigitsInTheProgrammesZone() {
        assertThat(json.writeValueAsString(Map.of("at", Instant.parse("2026-11-30T09:06:44.609860Z"))))
                .isEqualTo("{\"at\":\"2026-11-30T17:06:44.609860+08:00\"}");
        assertThat(json.writeValueAsString(Map.of("at", Instant.parse("2026-05-08T15:59:59Z"))))
                .isEqualTo("{\"at\":\"2026-05-08T23:59:59.000000+08:00\"}");
        assertThat(json.writeValueAsString(Map.of("at",
                OffsetDateTime.of(2034, 3, 1, 1, 0, 0, 500_000_000, ZoneOffset.UTC))))
                .isEqualTo("{\"at\":\"2034-03-01T09:00:00.500000+08:00\"}");
    }
}
