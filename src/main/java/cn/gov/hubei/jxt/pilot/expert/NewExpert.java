package cn.gov.hubei.jxt.pilot.expert;

import java.util.Set;

/**
 * What an officer enters (or an import row holds) for an expert: registering a new one or replacing an expert's
 * record. Checked by the pool, which answers every broken rule as a field problem beside its field.
 *
 * @param employerCreditCode 统一社会信用代码 of the employer when it has one; {@code null} or blank otherwise
 * @param employerGroup      the name of a group of companies of the registry the employer belongs to; {@code null}
 *                           or blank when none is known
 * @param divisionCode       a recommending division of Hubei (region of the expert); {@code null} for outside the
 *                           province
 * @param phone              contact, seen by officers only
 * @param email              contact, seen by officers only
 */
public record NewExpert(String name, String employerName, String employerCreditCode, String employerGroup,
                        String title, Set<String> modeCodes, Set<String> industryCodes, String divisionCode,
                        String phone, String email) {

    public static final int MAX_NAME = 50;
    public static final int MAX_EMPLOYER = 200;
    public static final int MAX_TITLE = 100;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 200;

    public NewExpert {
        name = clean(name);
        employerName = clean(employerName);
        employerCreditCode = clean(employerCreditCode);
        employerGroup = clean(employerGroup);
        title = clean(title);
        modeCodes = modeCodes == null ? Set.of() : Set.copyOf(modeCodes);
        industryCodes = industryCodes == null ? Set.of() : Set.copyOf(industryCodes);
        divisionCode = clean(divisionCode);
        phone = clean(phone);
        email = clean(email);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
