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
}
