package cn.gov.hubei.jxt.pilot.objection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 11643 check character of the 18-digit resident identity number. */
class ResidentIdNumbersTest {

    @Test
    void theCheckCharacterIsComputedOverTheFirst17Digits() {
        // the standard's example: 11010519491231002X
        assertThat(ResidentIdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumbers.isValid("11010519491231002x")).as("a lower-case x").isTrue();
        assertThat(ResidentIdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(ResidentIdNumbers.isValid("440524188001010014")).isTrue();
    }

    @Test
    void aWrongCheckCharacterLengthOrLetterIsInvalid() {
        assertThat(ResidentIdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumbers.isValid("11010519491231002")).isFalse();
        assertThat(ResidentIdNumbers.isValid("1101051949123100X2")).isFalse();
        assertThat(ResidentIdNumbers.isValid("")).isFalse();
        assertThat(ResidentIdNumbers.isValid(null)).isFalse();
    }
}
