package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainHashTest {

    private static final Instant T1 = Instant.parse("2026-03-01T02:03:04.123456Z");

    /** The worked example of docs/audit.md, computed independently (Python hashlib SM3 over the same bytes). */
    @Test
    void hashesTheDocumentedExampleToTheDocumentedValues() {
        String first = AuditChainHash.compute(1, T1, "zhangsan", "OFFICER", "10.0.0.1", "call.filing-opened", "call",
                "2026", AuditOutcome.SUCCESS, "{\"year\":2026}", AuditChainHash.GENESIS);
        assertThat(first).isEqualTo("7f44c5314bbf56a61fa7e82f634472dc5f5a6952c7f060a4814f88fd7d5c0081");

        String second = AuditChainHash.compute(2, Instant.parse("2026-03-01T02:03:05Z"), "system", null, null,
                "identity.login-failed", null, null, AuditOutcome.FAILURE,
                "{\"reason\":\"bad-credentials\",\"userName\":\"李四\"}", first);
        assertThat(second).isEqualTo("e7586a249cb8851e7e8e04dec6834bbd35e3fed8a7f4cb6c2f0ee55eb006fd5d");
    }

    @Test
    void writesEachFieldWithPresenceByteAndLengthPrefix() {
        byte[] form = AuditChainHash.canonicalForm(1, T1, "zhangsan", "OFFICER", "10.0.0.1", "call.filing-opened",
                "call", "2026", AuditOutcome.SUCCESS, "{\"year\":2026}", AuditChainHash.GENESIS);
        assertThat(java.util.HexFormat.of().formatHex(form)).isEqualTo(
                "010000001468756265692d70696c6f742d61756469742d7631010000000131010000001b323032362d30332d3031543032"
                + "3a30333a30342e3132333435365a01000000087a68616e6773616e01000000074f464649434552010000000831302e"
                + "302e302e31010000001263616c6c2e66696c696e672d6f70656e6564010000000463616c6c0100000004323032360100"
                + "00000753554343455353010000000d7b2279656172223a323032367d0100000040"
                + "30".repeat(64));
    }

    @Test
    void tellsNullFromEmptyText() {
        assertThat(hashWith(null, "")).isNotEqualTo(hashWith("", null));
        assertThat(hashWith(null, null)).isNotEqualTo(hashWith("", ""));
    }

    @Test
    void tellsFieldBoundariesApart() {
        assertThat(hashWith("ab", "c")).isNotEqualTo(hashWith("a", "bc"));
    }

    @Test
    void writesTimeWithSixFractionalDigitsInUtc() {
        assertThat(AuditChainHash.TIME.format(Instant.parse("2026-03-01T02:03:04Z")))
                .isEqualTo("2026-03-01T02:03:04.000000Z");
        assertThat(AuditChainHash.TIME.format(Instant.parse("2026-03-01T02:03:04.1Z")))
                .isEqualTo("2026-03-01T02:03:04.100000Z");
    }

    @Test
    void changesWithEveryField() {
        String base = AuditChainHash.compute(5, T1, "a", "r", "ip", "x.y", "t", "1", AuditOutcome.SUCCESS, "{}", "p");
        assertThat(AuditChainHash.compute(6, T1, "a", "r", "ip", "x.y", "t", "1", AuditOutcome.SUCCESS, "{}", "p"))
                .isNotEqualTo(base);
        assertThat(AuditChainHash.compute(5, T1.plusNanos(1000), "a", "r", "ip", "x.y", "t", "1",
                AuditOutcome.SUCCESS, "{}", "p")).isNotEqualTo(base);
        assertThat(AuditChainHash.compute(5, T1, "a", "r", "ip", "x.y", "t", "1", AuditOutcome.DENIED, "{}", "p"))
                .isNotEqualTo(base);
        assertThat(AuditChainHash.compute(5, T1, "a", "r", "ip", "x.y", "t", "1", AuditOutcome.SUCCESS, "{}", "q"))
                .isNotEqualTo(base);
    }

    private static String hashWith(String role, String clientAddress) {
        return AuditChainHash.compute(1, T1, "a", role, clientAddress, "x.y", null, null, AuditOutcome.SUCCESS, "{}",
                AuditChainHash.GENESIS);
    }
}
