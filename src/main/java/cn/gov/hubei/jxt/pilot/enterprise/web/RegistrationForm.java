package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationInput;

import java.util.Set;

/**
 * The registration page's fields, and nothing else. Every rule lives in {@code RegistrationRules}, shared with the
 * API; the form only carries what was typed.
 */
record RegistrationForm(String creditCode, String enterpriseName, String divisionCode, String contactName,
                        String mobile, String email, String username, String password, String passwordConfirmation,
                        Boolean acceptPendingReview) {

    static final Set<String> FIELDS = Set.of("creditCode", "enterpriseName", "divisionCode", "contactName", "mobile",
            "email", "username", "password", "passwordConfirmation", "acceptPendingReview");

    static RegistrationForm blank() {
        return new RegistrationForm("", "", "", "", "", "", "", "", "", false);
    }

    RegistrationInput toInput() {
        return new RegistrationInput(creditCode, enterpriseName, divisionCode, contactName, mobile, email, username,
                password, passwordConfirmation, Boolean.TRUE.equals(acceptPendingReview));
    }
}
