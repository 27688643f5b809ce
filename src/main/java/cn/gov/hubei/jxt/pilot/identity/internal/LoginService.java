package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.EnterpriseDirectory;
import cn.gov.hubei.jxt.pilot.identity.EnterpriseDirectory.RegistrationHold;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicy;
import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import cn.gov.hubei.jxt.pilot.platform.RateLimits;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One place that decides a login, for the login page and the token endpoint alike.
 * <ul>
 *   <li>A wrong password gets the same answer whatever the account: unknown, locked, disabled, not yet confirmed.
 *       An unknown name is compared against a dummy hash, so the bcrypt work (and time) is the same. What state the
 *       account is in is told only after the right password.</li>
 *   <li>Attempts on an account are counted one after the other in the database ({@link AccountStore#claimAttempt}):
 *       exactly the policy's number of wrong passwords are checked within its window, then the account is locked and
 *       no password opens it until the lock ends.</li>
 *   <li>Every attempt is recorded in the audit trail, whatever its result.</li>
 * </ul>
 */
@Service
public class LoginService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The form every stored user name has (see user_account_username_ck); anything else cannot name an account. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** The account is locked until the given time (told only after the right password). */
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

    /** The password is right but the account may not log in (disabled, or its registration is not complete). */
    public static class AccountNotOpenException extends DisabledException {
        private final String messageKey;

        AccountNotOpenException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Too many attempts from the client address or on the account name (the abuse limits, before any password is
     * checked and whatever the account): told with the time to retry.
     */
    public static class LoginThrottledException extends AuthenticationException {
        private final transient RateLimitedException limit;

        LoginThrottledException(RateLimitedException limit) {
            super(limit.getMessage());
            this.limit = limit;
        }

        public RateLimitedException limit() {
            return limit;
        }
    }

    /** What to tell the person about a refused login: a message key of the identity bundle and its arguments. */
    public record Refusal(String messageKey, Object... arguments) {
    }

    /** Login attempts per client address ({@code app.rate-limits.login-address}). */
    public static final String LIMIT_ADDRESS = "login-address";
    /** Login attempts per account name, known or not ({@code app.rate-limits.login-account}). */
    public static final String LIMIT_ACCOUNT = "login-account";

    private final AccountStore accounts;
    private final RateLimits rateLimits;
    private final PasswordPolicies policies;
    private final PasswordEncoder encoder;
    private final EnterpriseDirectory enterprises;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String dummyHash;

    LoginService(AccountStore accounts, PasswordPolicies policies, PasswordEncoder encoder,
                 EnterpriseDirectory enterprises, AuditTrail audit, Clock clock, TransactionTemplate tx,
                 RateLimits rateLimits) {
        this.accounts = accounts;
        this.rateLimits = rateLimits;
        this.policies = policies;
        this.encoder = encoder;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.dummyHash = encoder.encode("not-a-password-of-anyone");
    }

    /** {@link #refusal(AuthenticationException, ZoneId)} with times in the clock's zone. */
    public Refusal refusal(AuthenticationException e) {
        return refusal(e, clock.getZone());
    }

    /** The one answer for each refused login, the same for the login page and the token endpoint. */
    public static Refusal refusal(AuthenticationException e, ZoneId zone) {
        if (e instanceof LoginThrottledException throttled) {
            return new Refusal("login.error.throttled",
                    throttled.limit().retryAt().atZone(zone).format(TIME), throttled.limit().retryAfterMinutes());
        }
        if (e instanceof AccountLockedException locked) {
            return new Refusal("login.error.locked", locked.until().atZoneSameInstant(zone).format(TIME));
        }
        if (e instanceof AccountNotOpenException notOpen) {
            return new Refusal(notOpen.messageKey());
        }
        return new Refusal("login.error.bad-credentials");
    }

    public CurrentUser authenticate(String rawUsername, String rawPassword, String clientAddress, String channel) {
        // strip(), not trim(): trim() would also cut a NUL or other control character off the name
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        String password = rawPassword == null ? "" : rawPassword;
        throttle(username, clientAddress, channel);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // A name that cannot exist (a NUL, a control character, too long) is not looked up: it is unknown.
        Optional<AccountStore.StoredAccount> found = USERNAME.matcher(username).matches()
                ? accounts.findByUsername(username) : Optional.empty();
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash); // the same work as a real check
            fail(username, null, clientAddress, channel, "unknown-user", null);
            throw new BadCredentialsException("bad credentials");
        }
        AccountView account = found.get().view();
        String role = account.roles().isEmpty() ? null : account.roles().stream().sorted().findFirst().get().name();
        PasswordPolicy policy = policies.current();
        AccountStore.Attempt attempt = tx.execute(status -> accounts.claimAttempt(account.id(), now,
                policy.maxFailures(), policy.failureWindow(), policy.lockDuration()));
        // bcrypt stops at a NUL, so "secret\0anything" would match "secret": no stored password has one (the policy
        // refuses control characters), so a password with one is wrong, after the same work.
        boolean matches = encoder.matches(password, found.get().passwordHash()) && !hasControlCharacter(password);

        if (!attempt.checked()) {
            // Locked: no password opens it, and a wrong one is told nothing more than anywhere else.
            fail(username, role, clientAddress, channel, matches ? "locked" : "locked-bad-password", account.id());
            if (matches) {
                throw new AccountLockedException(attempt.lockedUntil());
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (!matches) {
            tx.executeWithoutResult(status -> {
                if (attempt.locking()) {
                    accounts.clearFailures(account.id());
                    audit.record(AuditRecord.of("identity.account-locked").target("user_account", account.id())
                            .outcome(AuditOutcome.SUCCESS).actor(username, role).clientAddress(clientAddress)
                            .detail("failures", policy.maxFailures())
                            .detail("lockedUntil", attempt.lockedUntil().toString()).build());
                }
                failInTransaction(username, role, clientAddress, channel, "bad-password", account.id());
            });
            throw new BadCredentialsException("bad credentials");
        }
        // The right password: the failures so far (and a lock this attempt would have set) are done with.
        if (!account.enabled()) {
            tx.executeWithoutResult(status -> accounts.unlock(account.id(), now));
            Optional<RegistrationHold> hold = enterprises.registrationHold(account.id());
            String reason = hold.map(h -> h.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("disabled");
            fail(username, role, clientAddress, channel, reason, account.id());
            throw new AccountNotOpenException(hold.map(h -> switch (h) {
                case EMAIL_UNCONFIRMED -> "login.error.unconfirmed";
                case AWAITING_REVIEW -> "login.error.awaiting-review";
                case REJECTED -> "login.error.rejected";
            }).orElse("login.error.disabled"));
        }
        tx.executeWithoutResult(status -> {
            accounts.recordSuccess(account.id(), now);
            audit.record(AuditRecord.of("identity.login").target("user_account", account.id())
                    .actor(username, role).clientAddress(clientAddress).detail("channel", channel).build());
        });
        return new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.enterpriseId(), account.divisionCode(), account.mustChangePassword());
    }

    /**
     * The abuse limits, before anything is looked up: attempts per client address and per account name. They count
     * attempts, not failures (the lockout counts those), and are set high enough that a person who mistypes a few
     * times never meets them.
     */
    private void throttle(String username, String clientAddress, String channel) {
        String address = clientAddress == null ? "unknown" : clientAddress;
        String name = USERNAME.matcher(username).matches() ? username : RateLimits.secretKey(username);
        try {
            rateLimits.require(LIMIT_ADDRESS, address);
            rateLimits.require(LIMIT_ACCOUNT, name);
        } catch (RateLimitedException e) {
            if (e.firstRefusal()) {
                tx.executeWithoutResult(status -> audit.record(AuditRecord.of("identity.login-throttled")
                        .outcome(AuditOutcome.FAILURE).actor(USERNAME.matcher(username).matches() ? username : "anonymous", null)
                        .clientAddress(clientAddress).detail("channel", channel).detail("limit", e.limit())
                        .detail("retryAfterSeconds", e.retryAfterSeconds()).build()));
            }
            throw new LoginThrottledException(e);
        }
    }

    private static boolean hasControlCharacter(String password) {
        return password.chars().anyMatch(Character::isISOControl);
    }

    private void fail(String username, String role, String clientAddress, String channel, String reason, Long userId) {
        tx.executeWithoutResult(status -> failInTransaction(username, role, clientAddress, channel, reason, userId));
    }

    private void failInTransaction(String username, String role, String clientAddress, String channel, String reason,
                                   Long userId) {
        audit.record(AuditRecord.of("identity.login")
                .target("user_account", userId).outcome(AuditOutcome.FAILURE).actor(username, role)
                .clientAddress(clientAddress).detail("channel", channel).detail("reason", reason).build());
    }
}
