package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import cn.gov.hubei.jxt.pilot.platform.RateLimits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

/**
 * The abuse limits of self-registration: registrations per client address ({@code app.rate-limits.registration-address})
 * and confirmation mails per recipient address ({@code app.rate-limits.confirmation-mail}, keyed by the address's keyed
 * SM3 digest, so no bucket holds an address): the mail over the limit is not sent, the refusal is audited once per
 * window (in its own transaction: the refused request itself rolls back) and the person is told when to retry.
 */
@Component
class RegistrationLimits {

    static final String LIMIT_ADDRESS = "registration-address";
    static final String LIMIT_MAIL = "confirmation-mail";

    private final RateLimits rateLimits;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;

    RegistrationLimits(RateLimits rateLimits, PersonalDataCipher cipher, AuditTrail audit,
                       PlatformTransactionManager transactions) {
        this.rateLimits = rateLimits;
        this.cipher = cipher;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Before a registration that passed its rules is created. */
    void registration(String clientAddress) {
        if (clientAddress != null) {
            require(LIMIT_ADDRESS, clientAddress, clientAddress, null);
        }
    }

    /** Before a confirmation mail goes to the address (whoever asks for it, and whether or not it is registered). */
    void confirmationMail(String email, String clientAddress) {
        String digest = cipher.digest(email.strip().toLowerCase(Locale.ROOT));
        require(LIMIT_MAIL, digest, clientAddress, digest);
    }

    private void require(String limit, String key, String clientAddress, String emailDigest) {
        try {
            rateLimits.require(limit, key);
        } catch (RateLimitedException e) {
            if (e.firstRefusal()) {
                AuditRecord.Builder entry = AuditRecord.of(emailDigest != null
                        ? "enterprise.confirmation-mail-throttled" : "enterprise.registration-throttled").outcome(AuditOutcome.FAILURE).actor("anonymous", null)
                        .clientAddress(clientAddress).detail("limit", limit)
                        .detail("retryAfterSeconds", e.retryAfterSeconds());
                if (emailDigest != null) {
                    entry.detail("emailDigest", emailDigest);
                }
                ownTransaction.executeWithoutResult(status -> audit.record(entry.build()));
            }
            throw e;
        }
    }
}
