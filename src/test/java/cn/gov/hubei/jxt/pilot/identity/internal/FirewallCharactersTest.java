package cn.gov.hubei.jxt.pilot.identity.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firewall's checks as loops give the answers of Spring Security's own regular expressions
 * ({@code StrictHttpFirewall}'s {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} for names and
 * {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} for header values) on every code point, on lone and paired
 * surrogates and on mixed strings.
 */
class FirewallCharactersTest {

    static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointAloneAndBetweenLettersIsJudgedAsTheRegularExpressionsJudgeIt() {
        int refusedNames = 0;
        int refusedValues = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String alone = new String(Character.toChars(cp));
            String between = "a" + alone + "中";
            for (String s : List.of(alone, between)) {
                assertThat(FirewallCharacters.isName(s)).as("name U+%04X in %s", cp, s.length())
                        .isEqualTo(NAME.matcher(s).matches());
                assertThat(FirewallCharacters.isHeaderValue(s)).as("value U+%04X in %s", cp, s.length())
                        .isEqualTo(VALUE.matcher(s).matches());
            }
            refusedNames += FirewallCharacters.isName(alone) ? 0 : 1;
            refusedValues += FirewallCharacters.isHeaderValue(alone) ? 0 : 1;
        }
        // the controls (65) and the code points no Unicode version of this JDK assigns; the tab only in a value
        assertThat(refusedNames - refusedValues).isEqualTo(1);
        assertThat(refusedNames).isGreaterThan(65);
    }

    @Test
    void surrogatesAndOrdinaryHeadersAreJudgedAsTheRegularExpressionsJudgeThem() {
        List<String> samples = List.of("", "Bearer hbzz_Kkn0123456789abcdef", "\"3\"", "W/\"12\"",
                "application/json, text/plain;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8", "a\tb", "a\u0000b", "a\u007fb",
                "a\u0085b", "\ud83d\ude00", "\ud83d", "\ude00", "x\ud83dy", "\ude00\ud83d", "中文值\u200b",
                "\u00a0", "\ufeff", "\uffff", "\u0378", "end\r\n");
        for (String s : samples) {
            assertThat(FirewallCharacters.isName(s)).as("name %s", s).isEqualTo(NAME.matcher(s).matches());
            assertThat(FirewallCharacters.isHeaderValue(s)).as("value %s", s).isEqualTo(VALUE.matcher(s).matches());
        }
    }
}
