package cn.gov.hubei.jxt.pilot.shared;

import cn.gov.hubei.jxt.pilot.shared.CreditCodeProblem.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsTheStandardsExampleAndReadsItsParts() {
        CreditCodeValidation result = UnifiedSocialCreditCode.validate("91110108551385082Q");

        assertThat(result.valid()).isTrue();
        assertThat(result.checkCharacterValid()).isTrue();
        assertThat(result.organizationCodeValid()).isTrue();
        assertThat(result.registrationAreaCode()).isEqualTo("110108");
        assertThat(result.organizationCode()).isEqualTo("551385082");
        assertThat(result.problems()).isEmpty();

        UnifiedSocialCreditCode code = result.toCode().orElseThrow();
        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.category()).isEqualTo('1');
        assertThat(code.isEnterprise()).isTrue();
        assertThat(code.hasValidCheckCharacters()).isTrue();
    }

    @Test
    void acceptsRealCodesWhoseOrganizationCodeCheckIsXOrZero() {
        // 71526726X: Σ mod 11 = 1, so C9 = 10, written X.
        assertThat(UnifiedSocialCreditCode.validate("9144030071526726XG").valid()).isTrue();
        assertThat(UnifiedSocialCreditCode.validate("914403001922038216").valid()).isTrue();
        // Σ mod 11 = 0 gives 11, written 0: 00000000 has Σ = 0.
        assertThat(UnifiedSocialCreditCode.withCheckCharacters("9142010600000000").organizationCode())
                .isEqualTo("000000000");
    }

    @Test
    void normalisesSpacesCaseAndFullWidthCharacters() {
        assertThat(UnifiedSocialCreditCode.validate("  91110108551385082q\t").code()).isEqualTo("91110108551385082Q");
        assertThat(UnifiedSocialCreditCode.validate("９１１１０１０８５５１３８５０８２Ｑ").valid()).isTrue();
        assertThat(UnifiedSocialCreditCode.parse(" 91110108551385082q ").value()).isEqualTo("91110108551385082Q");
        assertThat(UnifiedSocialCreditCode.validate(null).problems())
                .containsExactly(new CreditCodeProblem(Kind.EMPTY, 0, null, null));
    }

    @Test
    void reportsTheExpectedCheckCharacterWhenPosition18IsWrong() {
        CreditCodeValidation result = UnifiedSocialCreditCode.validate("91110108551385082A");

        assertThat(result.valid()).isFalse();
        assertThat(result.checkCharacterValid()).isFalse();
        assertThat(result.organizationCodeValid()).isTrue();
        assertThat(result.wellFormed()).isTrue();
        assertThat(result.problems())
                .containsExactly(new CreditCodeProblem(Kind.CHECK_CHARACTER_MISMATCH, 18, "A", null));
    }

    @Test
    void reportsAnOrganizationCodeThatFailsItsOwnCheckEvenWhenPosition18Matches() {
        // Position 17 should be X; position 18 was computed over the wrong 17th character, as in some early codes.
        CreditCodeValidation result = UnifiedSocialCreditCode.validate("914201067000001A5H");

        assertThat(result.checkCharacterValid()).isTrue();
        assertThat(result.organizationCodeValid()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .containsExactly(new CreditCodeProblem(Kind.ORGANIZATION_CODE_MISMATCH, 17, "5", null));
        // Well-formed, so it can still be held as a value for an officer's recorded override.
        assertThat(result.toCode().orElseThrow().hasValidCheckCharacters()).isFalse();
    }

    @Test
    void reportsTheLengthOfATooShortCode() {
        CreditCodeValidation result = UnifiedSocialCreditCode.validate("9111010855138508");

        assertThat(result.problems()).containsExactly(new CreditCodeProblem(Kind.WRONG_LENGTH, 0, "16", "18"));
        assertThat(result.registrationAreaCode()).isNull();
        assertThat(result.organizationCode()).isNull();
        assertThat(result.toCode()).isEmpty();
    }

    @Test
    void reportsEveryCharacterOutsideTheAlphabet() {
        CreditCodeValidation result = UnifiedSocialCreditCode.validate("9111010855138I0O2Q");

        assertThat(result.problems()).filteredOn(p -> p.kind() == Kind.INVALID_CHARACTER).containsExactly(
                new CreditCodeProblem(Kind.INVALID_CHARACTER, 14, "I", null),
                new CreditCodeProblem(Kind.INVALID_CHARACTER, 16, "O", null));
        assertThat(result.checkCharacterValid()).isFalse();
        assertThat(result.wellFormed()).isFalse();
    }

    @Test
    void countsCharactersAsPeopleSeeThem() {
        CreditCodeValidation result = UnifiedSocialCreditCode.validate("9111010855138508统Q");

        assertThat(result.problems()).containsExactly(new CreditCodeProblem(Kind.INVALID_CHARACTER, 17, "统", null));
    }

    @Test
    void requiresDigitsInTheAreaCode() {
        String first17 = "9142A106" + "7000001A" + UnifiedSocialCreditCode.organizationCodeCheckCharacter("7000001A");
        CreditCodeValidation result = UnifiedSocialCreditCode.validate(
                first17 + UnifiedSocialCreditCode.checkCharacter(first17));

        assertThat(result.checkCharacterValid()).isTrue();
        assertThat(result.problems()).containsExactly(new CreditCodeProblem(Kind.AREA_CODE_NOT_NUMERIC, 3, null, null));
    }

    @Test
    void generatesValidHubeiEnterpriseCodes() {
        UnifiedSocialCreditCode wuchang = UnifiedSocialCreditCode.forEnterprise("420106", "7000001A");

        assertThat(wuchang.value()).isEqualTo("914201067000001AXU");
        assertThat(wuchang.registrationAreaCode()).isEqualTo("420106");
        assertThat(wuchang.organizationCode()).isEqualTo("7000001AX");
        assertThat(UnifiedSocialCreditCode.validate(wuchang.value()).valid()).isTrue();
    }

    @Test
    void refusesToHoldAnInputThatIsNotWellFormed() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("9111010855138508"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91110108551385082q"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.forEnterprise("4201", "7000001A"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacters("914201067000001I"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
