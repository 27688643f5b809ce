package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data in lists: masked, enough to tell cases apart. */
class MasksTest {

    @Test
    void namesKeepTheirFirstCharacter() {
        assertThat(Masks.name("张三")).isEqualTo("张*");
        assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masks.name("李")).isEqualTo("李*");
        assertThat(Masks.name(" 𠀀明 ")).isEqualTo("𠀀*");
        assertThat(Masks.name(null)).isEmpty();
    }

    @Test
    void telephonesKeepThreeAndFourDigits() {
        assertThat(Masks.telephone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.telephone("027-87654321")).isEqualTo("027*****4321");
        assertThat(Masks.telephone("87654321")).isEqualTo("******21");
        assertThat(Masks.telephone("")).isEmpty();
    }

    @Test
    void emailsKeepTheFirstLetterAndTheDomain() {
        assertThat(Masks.email("alice@example.com")).isEqualTo("a***@example.com");
        assertThat(Masks.email("a@example.com")).isEqualTo("a***@example.com");
        assertThat(Masks.email("broken")).isEqualTo("***");
    }

    @Test
    void documentNumbersKeepTheirFirstThreeAndLastFour() {
        assertThat(Masks.idNumber("42010619900307123X")).isEqualTo("420***********123X");
        assertThat(Masks.idNumber("91420106MA4KXXXX0X")).isEqualTo("914***********XX0X");
        assertThat(Masks.idNumber("E1234567")).isEqualTo("******67");
    }
}
