package cn.gov.hubei.jxt.pilot.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodePropertyTest {

    @Property
    void everyGeneratedCodeIsValid(@ForAll("codes") UnifiedSocialCreditCode code) {
        CreditCodeValidation result = UnifiedSocialCreditCode.validate(code.value());

        assertThat(result.valid()).isTrue();
        assertThat(result.checkCharacterValid()).isTrue();
        assertThat(result.organizationCodeValid()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.registrationAreaCode()).isEqualTo(code.value().substring(2, 8));
        assertThat(result.organizationCode()).isEqualTo(code.value().substring(8, 17));
        assertThat(code.hasValidCheckCharacters()).isTrue();
    }

    @Property
    void anySingleCharacterChangeIsDetected(@ForAll("codes") UnifiedSocialCreditCode code,
                                            @ForAll @IntRange(min = 1, max = 18) int position,
                                            @ForAll @IntRange(min = 1, max = 30) int shift) {
        // Replace the character at position by every other allowed character in turn (shift 1..30 of 31).
        char original = code.value().charAt(position - 1);
        char replacement = UnifiedSocialCreditCode.ALPHABET.charAt(
                (UnifiedSocialCreditCode.ALPHABET.indexOf(original) + shift) % UnifiedSocialCreditCode.ALPHABET.length());
        String changed = code.value().substring(0, position - 1) + replacement + code.value().substring(position);

        CreditCodeValidation result = UnifiedSocialCreditCode.validate(changed);

        assertThat(result.valid()).isFalse();
        // The weights 3^(i-1) mod 31 are never 0 and 31 is prime, so pos 18 catches every single change.
        assertThat(result.checkCharacterValid()).isFalse();
    }

    @Property
    void inputIsReadTheSameWhateverItsCaseAndSurroundingSpace(@ForAll("codes") UnifiedSocialCreditCode code,
                                                             @ForAll("blanks") String before,
                                                             @ForAll("blanks") String after) {
        CreditCodeValidation result = UnifiedSocialCreditCode.validate(before + code.value().toLowerCase() + after);

        assertThat(result.code()).isEqualTo(code.value());
        assertThat(result.valid()).isTrue();
    }

    @Provide
    Arbitrary<UnifiedSocialCreditCode> codes() {
        Arbitrary<String> authorityAndCategory = Arbitraries.of("91", "92", "93", "11", "12", "51", "52", "53", "Y1");
        Arbitrary<String> areaCode = Arbitraries.strings().withChars("0123456789").ofLength(6);
        Arbitrary<String> organizationBody = Arbitraries.strings().withChars(UnifiedSocialCreditCode.ALPHABET).ofLength(8);
        return Combinators.combine(authorityAndCategory, areaCode, organizationBody)
                .as((ac, area, body) -> UnifiedSocialCreditCode.withCheckCharacters(ac + area + body));
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\u3000").ofMaxLength(3);
    }
}
