package cn.gov.hubei.jxt.pilot.reference;

import cn.gov.hubei.jxt.pilot.shared.CreditCodeValidation;

/**
 * A 统一社会信用代码 checked and placed: the validation, where the code was registered, and one sentence that says it.
 *
 * @param validation   the format and check-character result
 * @param divisionCode for a Hubei code, the recommending division it belongs to (null if none); for another code,
 *                     the prefecture-level code (first four digits + 00); null when the area code is unreadable
 * @param divisionName the recommending division's name for a Hubei code, else null
 * @param inHubei      the registering authority is in Hubei (area code 42xxxx)
 * @param message      one Chinese sentence for the person who typed the code
 */
public record CreditCodeCheck(CreditCodeValidation validation, String divisionCode, String divisionName,
                              boolean inHubei, String message) {

    /** The input as normalised. */
    public String code() {
        return validation.code();
    }

    public boolean valid() {
        return validation.valid();
    }

    public boolean checkCharacterValid() {
        return validation.checkCharacterValid();
    }

    public boolean organizationCodeValid() {
        return validation.organizationCodeValid();
    }
}
