package cn.gov.hubei.jxt.pilot.enterprise.internal;

/**
 * What a person enters to register an enterprise, as typed.
 *
 * @param divisionCode        the recommending division, asked for only when the credit code's area names none
 *                            (an enterprise registered by the provincial authority, 420000)
 * @param acceptPendingReview the person confirms a code whose check character fails and asks the programme office to
 *                            verify it
 */
public record RegistrationInput(String creditCode, String enterpriseName, String divisionCode, String contactName,
                                String mobile, String email, String username, String password,
                                String passwordConfirmation, boolean acceptPendingReview) {
}
