package cn.gov.hubei.jxt.pilot.identity;

import java.util.Optional;

/**
 * The enterprises an applicant account can be bound to, as the account administration needs them. The enterprise
 * module implements it, so that identity does not depend on enterprise (which depends on identity for accounts).
 */
public interface EnterpriseDirectory {

    /** An enterprise as the account pages show it. */
    record EnterpriseRef(long id, String creditCode, String name) {
    }

    Optional<EnterpriseRef> find(long id);

    /** The enterprise holding the code (a rejected registration does not). */
    Optional<EnterpriseRef> findByCreditCode(String creditCode);

    /** What a self-registration still waits for before its account may open. */
    enum RegistrationHold {
        /** The registrant has not yet confirmed the e-mail address. */
        EMAIL_UNCONFIRMED,
        /** The programme office has yet to verify the registration's credit code. */
        AWAITING_REVIEW,
        /** The programme office refused the registration. */
        REJECTED
    }

    /**
     * What the registration that created the account still waits for; empty when the account was not self-registered
     * or its registration is complete. Such an account opens through its registration only, never by an administrator.
     */
    Optional<RegistrationHold> registrationHold(long userId);
}
