package cn.gov.hubei.jxt.pilot.audit.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    record Decision(String verdict, int score, LocalDate on) {
    }

    @Test
    void sortsKeysAtEveryLevelWithoutWhiteSpace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(3, 2));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", "湖北");
        details.put("inner", inner);
        details.put("absent", null);
        assertThat(CanonicalJson.write(details))
                .isEqualTo("{\"absent\":null,\"inner\":{\"a\":[3,2],\"z\":1},\"name\":\"湖北\"}");
    }

    @Test
    void writesRecordsSortedAndDatesAsIsoText() {
        Map<String, Object> details = Map.of(
                "decision", new Decision("pass", 87, LocalDate.of(2026, 4, 30)),
                "at", Instant.parse("2026-04-30T01:02:03Z"),
                "amount", new BigDecimal("1.50E+3"));
        assertThat(CanonicalJson.write(details)).isEqualTo(
                "{\"amount\":1500,\"at\":\"2026-04-30T01:02:03Z\","
                        + "\"decision\":{\"on\":\"2026-04-30\",\"score\":87,\"verdict\":\"pass\"}}");
    }

    @Test
    void writesTheSameTextForTheSameContentInAnyOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", Arrays.asList("x", null));
        one.put("a", true);
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("a", true);
        two.put("b", Arrays.asList("x", null));
        assertThat(CanonicalJson.write(one)).isEqualTo(CanonicalJson.write(two)).isEqualTo("{\"a\":true,\"b\":[\"x\",null]}");
    }

    @Test
    void writesEmptyDetailsAsEmptyObject() {
        assertThat(CanonicalJson.write(Map.of())).isEqualTo("{}");
        assertThat(CanonicalJson.write(null)).isEqualTo("{}");
    }
}
