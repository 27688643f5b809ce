package cn.gov.hubei.jxt.pilot.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    final PasswordPolicy defaults = new PasswordPolicy(8, 3, true, 5, 15, 30, 30, 0);

    @Test
    void acceptsEightCharactersOfThreeClasses() {
        assertThat(defaults.check("Demo#2020", "applicant")).isEmpty();
        assertThat(defaults.check("abcdEF12", "officer")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(defaults.check("Ab#1234", "officer")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.too-short");
    }

    @Test
    void refusesTwoClassesOnly() {
        assertThat(defaults.check("abcdefgh12", "officer")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.classes");
    }

    @Test
    void refusesPasswordsContainingTheUserNameInAnyCase() {
        assertThat(defaults.check("xxOFFICER#1", "officer")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.contains-username");
    }

    @Test
    void countsCodePointsSoChineseCharactersCountOnceAndFormAClass() {
        // 7 code points: too short even though it is 13 UTF-16 units and more bytes
        assertThat(defaults.check("湖北智造Ab1", "x1y")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.too-short");
        assertThat(PasswordPolicy.characterClasses("湖北abc")).isEqualTo(2);
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(defaults.check("abc", "abc")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.too-short", "password.policy.classes", "password.policy.contains-username");
    }
}
