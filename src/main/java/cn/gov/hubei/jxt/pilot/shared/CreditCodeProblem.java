package cn.gov.hubei.jxt.pilot.shared;

/**
 * One thing wrong with an input for a 统一社会信用代码. Structured rather than worded, so that each module can say it in
 * its own message bundle.
 *
 * @param kind     what is wrong
 * @param position 1-based position the problem is at; 0 when it concerns the whole input
 * @param found    the character found at {@code position}, or for {@link Kind#WRONG_LENGTH} the length found;
 *                 {@code null} when not applicable
 * @param expected for {@link Kind#WRONG_LENGTH} the length expected; {@code null} otherwise. A failing check character
 *                 never names the "right" one: the likeliest cause is a typing error elsewhere in the code, and the
 *                 character that would match it turns that typo into a wrong code that passes every check
 */
public record CreditCodeProblem(Kind kind, int position, String found, String expected) {

    public enum Kind {
        /** Nothing was entered. */
        EMPTY,
        /** Not 18 characters. */
        WRONG_LENGTH,
        /** A character outside {@link UnifiedSocialCreditCode#ALPHABET} (I, O, S, V, Z, lower-case after folding, …). */
        INVALID_CHARACTER,
        /** Pos 3–8 must be the six digits of a division code. */
        AREA_CODE_NOT_NUMERIC,
        /** Pos 18 does not match pos 1–17. */
        CHECK_CHARACTER_MISMATCH,
        /** Pos 17, the 组织机构代码's own check character, does not match pos 9–16. */
        ORGANIZATION_CODE_MISMATCH
    }

    static CreditCodeProblem empty() {
        return new CreditCodeProblem(Kind.EMPTY, 0, null, null);
    }

    static CreditCodeProblem wrongLength(int length) {
        return new CreditCodeProblem(Kind.WRONG_LENGTH, 0, Integer.toString(length), Integer.toString(UnifiedSocialCreditCode.LENGTH));
    }

    static CreditCodeProblem invalidCharacter(int position, String found) {
        return new CreditCodeProblem(Kind.INVALID_CHARACTER, position, found, null);
    }

    static CreditCodeProblem areaCodeNotNumeric() {
        return new CreditCodeProblem(Kind.AREA_CODE_NOT_NUMERIC, 3, null, null);
    }

    static CreditCodeProblem checkCharacterMismatch(char found) {
        return new CreditCodeProblem(Kind.CHECK_CHARACTER_MISMATCH, 18, String.valueOf(found), null);
    }

    static CreditCodeProblem organizationCodeMismatch(char found) {
        return new CreditCodeProblem(Kind.ORGANIZATION_CODE_MISMATCH, 17, String.valueOf(found), null);
    }

    /** A problem of form (length, alphabet, area code) rather than of a check character. */
    public boolean isFormatProblem() {
        return kind != Kind.CHECK_CHARACTER_MISMATCH && kind != Kind.ORGANIZATION_CODE_MISMATCH;
    }
}
