package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * One place that decides a login, for the login page and the token endpoint alike: the account must exist, be
 * enabled and not locked, and the password must match. Failures within the policy's window lock the account; every
 * attempt is recorded in the audit trail, whatever its result.
 */
@Service
public class LoginService {

    /** The account is locked until the given time. */
    public static class AccountLockedException extends LockedException {
        private final OffsetDateTime until;

        public AccountLockedException(OffsetDateTime until) {
            super("locked until " + until);
            this.until = until;
        }

        public OffsetDateTime until() {
            return until;
        }
    }

    private final AccountStore accounts;
    private final PasswordPolicies policies;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String dummyHash;

    LoginService(AccountStore accounts, PasswordPolicies policies, PasswordEncoder encoder, AuditTrail audit,
                 Clock clock, TransactionTemplate tx) {
        this.accounts = accounts;
        this.policies = policies;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.dummyHash = encoder.encode("not-a-password-of-anyone");
    }

    public CurrentUser authenticate(String rawUsername, String password, String clientAddress, String channel) {
        String username = rawUsername == null ? "" : rawUsername.trim().toLowerCase(Locale.ROOT);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<AccountStore.StoredAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password == null ? "" : password, dummyHash); // same cost as a real check
            fail(username, null, clientAddress, channel, "unknown-user", null);
            throw new BadCredentialsException("bad credentials");
        }
        AccountView account = found.get().view();
        String role = account.roles().isEmpty() ? null : account.roles().stream().sorted().findFirst().get().name();
        if (!account.enabled()) {
            fail(username, role, clientAddress, channel, "disabled", account.id());
            throw new DisabledException("disabled");
        }
        if (account.lockedAt(now)) {
            fail(username, role, clientAddress, channel, "locked", account.id());
            throw new AccountLockedException(account.lockedUntil());
        }
        if (password == null || !encoder.matches(password, found.get().passwordHash())) {
            PasswordPolicy policy = policies.current();
            OffsetDateTime lockedUntil = tx.execute(status -> {
                accounts.recordFailure(account.id(), now);
                int failures = accounts.failuresSince(account.id(), now.minus(policy.failureWindow()));
                if (failures >= policy.maxFailures()) {
                    OffsetDateTime until = now.plus(policy.lockDuration());
                    accounts.lockUntil(account.id(), until);
                    audit.record(AuditRecord.of("identity.account-locked").target("user_account", account.id())
                            .outcome(AuditOutcome.SUCCESS).actor(username, role).clientAddress(clientAddress)
                            .detail("failures", failures).detail("lockedUntil", until.toString()).build());
                    return until;
                }
                return null;
            });
            fail(username, role, clientAddress, channel, "bad-password", account.id());
            if (lockedUntil != null) {
                throw new AccountLockedException(lockedUntil);
            }
            throw new BadCredentialsException("bad credentials");
        }
        tx.executeWithoutResult(status -> {
            accounts.recordSuccess(account.id(), now);
            audit.record(AuditRecord.of("identity.login").target("user_account", account.id())
                    .actor(username, role).clientAddress(clientAddress).detail("channel", channel).build());
        });
        return new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.enterpriseId(), account.divisionCode(), account.mustChangePassword());
    }

    /** Reloads the user of a live token or session, or empty when the account can no longer act. */
    public Optional<CurrentUser> reload(long userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return accounts.findById(userId).map(AccountStore.StoredAccount::view)
                .filter(AccountView::enabled).filter(a -> !a.lockedAt(now))
                .map(a -> new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.enterpriseId(),
                        a.divisionCode(), a.mustChangePassword()));
    }

    private void fail(String username, String role, String clientAddress, String channel, String reason, Long userId) {
        tx.executeWithoutResult(status -> audit.record(AuditRecord.of("identity.login")
                .target("user_account", userId).outcome(AuditOutcome.FAILURE).actor(username, role)
                .clientAddress(clientAddress).detail("channel", channel).detail("reason", reason).build()));
    }
}
