package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import cn.gov.hubei.jxt.pilot.platform.RateLimits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The abuse limits of bearer tokens: how many a person may create ({@code app.rate-limits.token-issue}, per account)
 * and how often one token may be used ({@code app.rate-limits.token-use}, per token, keyed by its SHA-256). A refusal
 * is audited once per window ({@code identity.token-throttled}).
 */
@Component
public class TokenLimits {

    public static final String LIMIT_ISSUE = "token-issue";
    public static final String LIMIT_USE = "token-use";

    private final RateLimits rateLimits;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    TokenLimits(RateLimits rateLimits, AuditTrail audit, TransactionTemplate tx) {
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.tx = tx;
    }

    /** Before a token is created for the account. */
    public void beforeIssue(long userId, String username, String role, String clientAddress) {
        require(LIMIT_ISSUE, username, userId, username, role, clientAddress);
    }

    /** Before a request with a live token is let through. */
    void beforeUse(String token, long userId, String username, String role, String clientAddress) {
        require(LIMIT_USE, RateLimits.secretKey(token), true, userId, username, role, clientAddress);
    }

    private void require(String limit, String key, long userId, String username, String role, String clientAddress) {
        require(limit, key, false, userId, username, role, clientAddress);
    }

    /** {@code reserved}: asked on every request of the token, so taken from the shared bucket a few at a time. */
    private void require(String limit, String key, boolean reserved, long userId, String username, String role,
                         String clientAddress) {
        try {
            if (reserved) {
                rateLimits.requireReserved(limit, key);
            } else {
                rateLimits.require(limit, key);
            }
        } catch (RateLimitedException e) {
            if (e.firstRefusal()) {
                tx.executeWithoutResult(status -> audit.record(AuditRecord.of("identity.token-throttled")
                        .target("user_account", userId).outcome(AuditOutcome.FAILURE).actor(username, role)
                        .clientAddress(clientAddress).detail("limit", limit)
                        .detail("retryAfterSeconds", e.retryAfterSeconds()).build()));
            }
            throw e;
        }
    }
}
