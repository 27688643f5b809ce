package cn.gov.hubei.jxt.pilot.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A 统一社会信用代码 (GB 32100-2015): 18 characters from {@link #ALPHABET}, laid out as
 * <pre>
 *   pos 1      登记管理部门代码 (registration authority; 9 = market regulation)
 *   pos 2      机构类别代码 (category; enterprises are 91…)
 *   pos 3–8    登记管理机关行政区划码 (GB/T 2260 division code of the registering authority)
 *   pos 9–17   组织机构代码 (GB 11714, with its own check character at pos 17)
 *   pos 18     校验码 (check character over pos 1–17)
 * </pre>
 * An instance is always <em>well-formed</em> (length, alphabet, numeric area code) but its check characters may be
 * wrong: a few genuine early codes fail them, and the programme office may accept such a code with a recorded reason.
 * Use {@link #validate(String)} to learn exactly what is wrong with an input, and {@link #hasValidCheckCharacters()}
 * before trusting a stored code.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 characters GB 32100 uses: digits and capitals without I, O, S, V and Z. A character's value is its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;

    /** W_i = 3^(i−1) mod 31 for i = 1..17. */
    private static final int[] WEIGHTS = new int[17];
    /** GB 11714 weights over the first eight characters of the 组织机构代码. */
    private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    static {
        int weight = 1;
        for (int i = 0; i < WEIGHTS.length; i++) {
            WEIGHTS[i] = weight;
            weight = weight * 3 % 31;
        }
    }

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        CreditCodeValidation validation = validate(value);
        if (!validation.wellFormed() || !validation.code().equals(value)) {
            throw new IllegalArgumentException("not a well-formed, normalised unified social credit code: \"" + value + "\" "
                    + validation.problems());
        }
    }

    /**
     * Parses what a person typed: see {@link #normalise(String)}. Accepts a code whose check characters fail (that is a
     * decision for the caller, see the class comment) but not one of the wrong length or with foreign characters.
     *
     * @throws IllegalArgumentException if the input is not well-formed
     */
    public static UnifiedSocialCreditCode parse(String raw) {
        return new UnifiedSocialCreditCode(normalise(raw));
    }

    /**
     * Trims, folds full-width characters to their ASCII forms (NFKC: people often type ９１４２… with a Chinese input
     * method) and upper-cases. {@code null} becomes the empty string.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** Checks an input and reports every problem found; never throws. */
    public static CreditCodeValidation validate(String raw) {
        String code = normalise(raw);
        List<CreditCodeProblem> problems = new ArrayList<>();
        if (code.isEmpty()) {
            problems.add(CreditCodeProblem.empty());
            return new CreditCodeValidation(code, false, false, null, null, problems);
        }
        int length = code.codePointCount(0, code.length());
        if (length != LENGTH) {
            problems.add(CreditCodeProblem.wrongLength(length));
            return new CreditCodeValidation(code, false, false, null, null, problems);
        }
        // From here on the code has 18 code points; any non-ASCII one is reported as an invalid character, so
        // char indices equal positions whenever a check is computed.
        int[] codePoints = code.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (codePoints[i] > 0xFFFF || ALPHABET.indexOf(codePoints[i]) < 0) {
                problems.add(CreditCodeProblem.invalidCharacter(i + 1, Character.toString(codePoints[i])));
            }
        }
        boolean allInAlphabet = problems.isEmpty();
        String areaCode = null;
        String organizationCode = null;
        if (code.length() == LENGTH) {
            areaCode = code.substring(2, 8);
            organizationCode = code.substring(8, 17);
            if (allInAlphabet && !areaCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
                problems.add(CreditCodeProblem.areaCodeNotNumeric());
            }
        }
        boolean checkCharacterValid = false;
        if (allInAlphabet) {
            char expected = checkCharacter(code.substring(0, 17));
            checkCharacterValid = code.charAt(17) == expected;
            if (!checkCharacterValid) {
                problems.add(CreditCodeProblem.checkCharacterMismatch(code.charAt(17)));
            }
        }
        boolean organizationCodeValid = false;
        // A foreign character in pos 9–17 has been reported already; a check over it would only repeat that.
        if (organizationCode != null && isAsciiAlphanumeric(organizationCode)) {
            char expected = organizationCodeCheckCharacter(organizationCode.substring(0, 8));
            organizationCodeValid = organizationCode.charAt(8) == expected;
            if (!organizationCodeValid) {
                problems.add(CreditCodeProblem.organizationCodeMismatch(organizationCode.charAt(8)));
            }
        }
        return new CreditCodeValidation(code, checkCharacterValid, organizationCodeValid, areaCode, organizationCode,
                problems);
    }

    /**
     * Completes the first 16 characters (authority, category, area code and the 8-character body of the
     * 组织机构代码) with both check characters: the 组织机构代码's at pos 17 and the code's own at pos 18.
     *
     * @throws IllegalArgumentException if {@code first16} is not 16 characters of {@link #ALPHABET} with a numeric
     *                                  area code
     */
    public static UnifiedSocialCreditCode withCheckCharacters(String first16) {
        Objects.requireNonNull(first16, "first16");
        if (first16.length() != 16 || first16.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("expected 16 characters of " + ALPHABET + ": \"" + first16 + "\"");
        }
        String first17 = first16 + organizationCodeCheckCharacter(first16.substring(8, 16));
        return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
    }

    /**
     * A valid code of an enterprise (9 = market regulation, 1 = enterprise) registered in {@code areaCode}, for demo
     * data and tests: {@code forEnterprise("420106", "7000001A")} is an enterprise registered in 武昌区, 武汉市.
     *
     * @param areaCode             six digits, e.g. 420106
     * @param organizationCodeBody the first 8 characters of the 组织机构代码, from {@link #ALPHABET}
     */
    public static UnifiedSocialCreditCode forEnterprise(String areaCode, String organizationCodeBody) {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(organizationCodeBody, "organizationCodeBody");
        if (!areaCode.matches("[0-9]{6}") || organizationCodeBody.length() != 8) {
            throw new IllegalArgumentException("expected a 6-digit area code and an 8-character organisation code body: "
                    + areaCode + ", " + organizationCodeBody);
        }
        return withCheckCharacters("91" + areaCode + organizationCodeBody);
    }

    /** C18 = (31 − Σ C_i·W_i mod 31) mod 31 over the first 17 characters, all from {@link #ALPHABET}. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: C9 = 11 − (Σ C_i·W_i mod 11) over base-36 values; 10 is written X and 11 is written 0. */
    static char organizationCodeCheckCharacter(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANIZATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    private static boolean isAsciiAlphanumeric(String text) {
        return text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }

    /** Pos 1: 登记管理部门代码 (9 = market regulation). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Pos 2: 机构类别代码, read together with pos 1 (91 = enterprise, 92 = individual business, 93 = co-operative). */
    public char category() {
        return value.charAt(1);
    }

    /** Pos 3–8: the GB/T 2260 code of the registering authority's division, e.g. 420106. */
    public String registrationAreaCode() {
        return value.substring(2, 8);
    }

    /** Pos 9–17: the embedded 组织机构代码 (GB 11714), check character included. */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    /** Pos 1–2 = 91: registered by market regulation as an enterprise (企业). */
    public boolean isEnterprise() {
        return value.startsWith("91");
    }

    public boolean hasValidCheckCharacters() {
        return value.charAt(17) == checkCharacter(value.substring(0, 17))
                && value.charAt(16) == organizationCodeCheckCharacter(value.substring(8, 16));
    }

    @Override
    public String toString() {
        return value;
    }
}
