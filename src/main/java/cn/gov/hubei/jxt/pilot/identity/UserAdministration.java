package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.internal.AccountSessions;
import cn.gov.hubei.jxt.pilot.identity.internal.AccountStore;
import cn.gov.hubei.jxt.pilot.identity.internal.ApiTokens;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the system administrator does with accounts: create, change roles and scope, disable, re-enable, reset the
 * password, unlock. Every change is checked against {@link RoleAssignment} (三员分立) and recorded in the audit trail.
 */
@Service
public class UserAdministration {

    private static final String TEMP_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String TEMP_LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String TEMP_DIGIT = "23456789";
    private static final String TEMP_SYMBOL = "#@%+=";

    private final AccountStore accounts;
    private final ApiTokens tokens;
    private final AccountSessions sessions;
    private final EnterpriseDirectory enterprises;
    private final PasswordPolicies policies;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(AccountStore accounts, ApiTokens tokens, AccountSessions sessions,
                       EnterpriseDirectory enterprises, PasswordPolicies policies, PasswordEncoder encoder,
                       AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.enterprises = enterprises;
        this.policies = policies;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(AccountStore.StoredAccount::view);
    }

    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(normalise(username)).map(AccountStore.StoredAccount::view);
    }

    /**
     * The person an enabled account stands for, to act on its behalf with the same rules as its pages (the demo data,
     * jobs that act for a named person): empty for an unknown or disabled account.
     */
    public Optional<CurrentUser> actingAs(String username) {
        return findByUsername(username).filter(AccountView::enabled)
                .map(a -> new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.enterpriseId(),
                        a.divisionCode(), false));
    }

    public List<AccountView> search(String text, Role role, int limit, int offset) {
        return accounts.search(text, role, limit, offset);
    }

    /**
     * The enabled accounts that hold {@code role}, within an enterprise or a division when one is given: the people
     * to tell about a decision (the enterprise's applicants, the division's recommenders, the officers).
     */
    public List<AccountView> holders(Role role, Long enterpriseId, String divisionCode) {
        return accounts.holders(role, enterpriseId, divisionCode);
    }

    public boolean anyWithRole(Role role) {
        return accounts.anyWithRole(role);
    }

    /**
     * Creates an account with the given initial password.
     *
     * @param mustChangePassword whether the holder must choose a new password at first login
     */
    @Transactional
    public AccountView create(NewAccount account, String initialPassword, boolean mustChangePassword) {
        return create(account, initialPassword, mustChangePassword, true);
    }

    /**
     * As {@link #create(NewAccount, String, boolean)}; an account created not {@code enabled} cannot log in until
     * {@link #enable(long)} (a self-registration waiting for its e-mail confirmation).
     */
    @Transactional
    public AccountView create(NewAccount account, String initialPassword, boolean mustChangePassword, boolean enabled) {
        return create(account, initialPassword, () -> encoder.encode(initialPassword), mustChangePassword, enabled);
    }

    /**
     * As {@link #create(NewAccount, String, boolean)} with a random temporary password that satisfies the policy, to
     * be changed at the first login; returned once, stored only as a hash (one hash: the office's one-click accounts
     * for a whole expert pool stay quick).
     */
    @Transactional
    public AccountWithPassword createWithTemporaryPassword(NewAccount account) {
        String temporary = temporaryPassword(policies.current(), normalise(account.username()));
        return new AccountWithPassword(create(account, temporary, true), temporary);
    }

    /** A new account and its temporary password, to be shown once. */
    public record AccountWithPassword(AccountView account, String temporaryPassword) {
        @Override
        public String toString() {
            return "AccountWithPassword[" + account.username() + ", ****]";
        }
    }

    /**
     * Hashes a password once for several accounts created with {@link #create(NewAccount, SharedPassword, boolean)}.
     * Those accounts share the hash, salt included, so the table shows that their passwords are the same: use it only
     * where that is known anyway (the demo accounts, whose password is published). Hashing costs about a tenth of a
     * second of processor time by design; the demo data's two dozen accounts would otherwise cost seconds at start.
     */
    public SharedPassword hashOnce(String password) {
        return new SharedPassword(password, encoder.encode(password));
    }

    /** A password and its hash, made by {@link #hashOnce(String)}. */
    public static final class SharedPassword {
        private final String password;
        private final String hash;

        private SharedPassword(String password, String hash) {
            this.password = password;
            this.hash = hash;
        }

        @Override
        public String toString() {
            return "SharedPassword[****]";
        }
    }

    /** As {@link #create(NewAccount, String, boolean)}, the policy checked for this account, the hash made once. */
    @Transactional
    public AccountView create(NewAccount account, SharedPassword password, boolean mustChangePassword) {
        return create(account, password.password, () -> password.hash, mustChangePassword, true);
    }

    private AccountView create(NewAccount account, String initialPassword, java.util.function.Supplier<String> hash,
                               boolean mustChangePassword, boolean enabled) {
        String username = normalise(account.username());
        List<FieldProblem> problems = new ArrayList<>();
        if (username.isEmpty() || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            problems.add(FieldProblem.invalid("username", "account.username.format"));
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            problems.add(FieldProblem.invalid("displayName", "account.displayName.required"));
        }
        roleProblems(account.roles(), account.enterpriseId(), account.divisionCode(), problems);
        for (PasswordPolicy.Violation v : policies.current().check(initialPassword, username)) {
            problems.add(FieldProblem.invalid("password", v.messageKey(), v.arguments()));
        }
        if (!problems.isEmpty()) {
            throw new AccountRuleException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id;
        try {
            id = accounts.insert(username, account.displayName().trim(), blankToNull(account.email()),
                    blankToNull(account.mobile()), account.enterpriseId(), blankToNull(account.divisionCode()),
                    hash.get(), mustChangePassword, now, actor());
        } catch (DuplicateKeyException e) {
            throw new AccountRuleException("username", "account.username.taken", username);
        }
        accounts.replaceRoles(id, account.roles());
        if (!enabled) {
            accounts.setEnabled(id, false, now);
        }
        audit.record(AuditRecord.of("identity.account-created").target("user_account", id)
                .detail("username", username).detail("roles", names(account.roles())).detail("enabled", enabled)
                .detail("enterpriseId", account.enterpriseId()).detail("divisionCode", blankToNull(account.divisionCode()))
                .build());
        return find(id).orElseThrow();
    }

    /** Changes name, contact, roles and scope of an account that still has {@code version}. */
    @Transactional
    public AccountView update(long id, int version, String displayName, String email, String mobile, Set<Role> roles,
                              Long enterpriseId, String divisionCode) {
        AccountView before = find(id).orElseThrow(() -> new AccountRuleException(null, "account.not-found"));
        List<FieldProblem> problems = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            problems.add(FieldProblem.invalid("displayName", "account.displayName.required"));
        }
        roleProblems(roles, enterpriseId, divisionCode, problems);
        if (!problems.isEmpty()) {
            throw new AccountRuleException(problems);
        }
        if (!accounts.updateProfile(id, version, displayName.trim(), blankToNull(email), blankToNull(mobile),
                enterpriseId, blankToNull(divisionCode), OffsetDateTime.now(clock))) {
            throw new AccountRuleException(null, "account.conflict");
        }
        accounts.replaceRoles(id, roles);
        if (!before.roles().equals(roles) || !java.util.Objects.equals(before.enterpriseId(), enterpriseId)
                || !java.util.Objects.equals(before.divisionCode(), blankToNull(divisionCode))) {
            tokens.revokeAll(id);
            audit.record(AuditRecord.of("identity.roles-changed").target("user_account", id)
                    .detail("username", before.username())
                    .detail("rolesBefore", names(before.roles())).detail("rolesAfter", names(roles))
                    .detail("enterpriseBefore", before.enterpriseId()).detail("enterpriseAfter", enterpriseId)
                    .detail("divisionBefore", before.divisionCode()).detail("divisionAfter", blankToNull(divisionCode))
                    .build());
        }
        audit.record(AuditRecord.of("identity.account-updated").target("user_account", id)
                .detail("username", before.username()).build());
        return find(id).orElseThrow();
    }

    /**
     * Erases the e-mail address and mobile number of a disabled account whose data is no longer kept (the retention
     * rules of docs/security.md, e.g. a registration never confirmed); the name becomes 「已清除」. An enabled account is
     * left as it is. Joins the caller's transaction.
     *
     * @return whether the account's data was erased
     */
    @Transactional
    public boolean eraseContactData(long id, String reason) {
        boolean erased = accounts.eraseContact(id, OffsetDateTime.now(clock));
        if (erased) {
            audit.record(AuditRecord.of("identity.contact-data-erased").target("user_account", id)
                    .actor("system", null).detail("reason", reason).build());
        }
        return erased;
    }

    @Transactional
    public void disable(long id) {
        AccountView account = find(id).orElseThrow(() -> new AccountRuleException(null, "account.not-found"));
        if (CurrentUser.current().map(u -> u.id() == id).orElse(false)) {
            throw new AccountRuleException(null, "account.disable-self");
        }
        accounts.setEnabled(id, false, OffsetDateTime.now(clock));
        audit.record(AuditRecord.of("identity.account-disabled").target("user_account", id)
                .detail("username", account.username()).build());
        sessions.endAll(id, account.username(), "account-disabled");
    }

    /**
     * Re-enables a disabled account. A self-registered account whose registration is not complete (e-mail address not
     * confirmed, awaiting the programme office, rejected) is refused: it opens through its registration only.
     */
    @Transactional
    public void enable(long id) {
        AccountView account = find(id).orElseThrow(() -> new AccountRuleException(null, "account.not-found"));
        Optional<EnterpriseDirectory.RegistrationHold> hold = enterprises.registrationHold(id);
        if (hold.isPresent()) {
            throw new AccountRuleException(null, "account.enable.held." + holdKey(hold.get()));
        }
        accounts.setEnabled(id, true, OffsetDateTime.now(clock));
        audit.record(AuditRecord.of("identity.account-enabled").target("user_account", id)
                .detail("username", account.username()).build());
    }

    @Transactional
    public void unlock(long id) {
        unlock(id, null);
    }

    /**
     * Ends the lock of an account (and forgets its failed logins), with an optional reason for the audit trail.
     *
     * @throws AccountRuleException with field {@code reason} when the reason is longer than 500 characters
     */
    @Transactional
    public void unlock(long id, String reason) {
        AccountView account = find(id).orElseThrow(() -> new AccountRuleException(null, "account.not-found"));
        String why = blankToNull(reason);
        if (why != null && why.codePointCount(0, why.length()) > 500) {
            throw new AccountRuleException("reason", "account.unlock.reason.too-long", 500);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        AuditRecord.Builder entry = AuditRecord.of("identity.account-unlocked").target("user_account", id)
                .detail("username", account.username())
                .detail("lockedUntil", account.lockedUntil() == null ? null : account.lockedUntil().toString())
                .detail("wasLocked", account.lockedAt(now));
        if (why != null) {
            entry.detail("reason", why);
        }
        accounts.unlock(id, now);
        audit.record(entry.build());
    }

    /** The accounts locked now after failed logins, the latest lock first. */
    public List<AccountView> locked() {
        return accounts.lockedAt(OffsetDateTime.now(clock));
    }

    /** What the registration of a self-registered account still waits for; empty for every other account. */
    public Optional<EnterpriseDirectory.RegistrationHold> registrationHold(long id) {
        return enterprises.registrationHold(id);
    }

    private static String holdKey(EnterpriseDirectory.RegistrationHold hold) {
        return hold.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Gives the account a new random temporary password that satisfies the policy, to be changed at the next login;
     * revokes its API tokens. Returns the temporary password, which is shown once and stored only as a hash.
     */
    @Transactional
    public String resetPassword(long id) {
        AccountView account = find(id).orElseThrow(() -> new AccountRuleException(null, "account.not-found"));
        String temporary = temporaryPassword(policies.current(), account.username());
        accounts.setPassword(id, encoder.encode(temporary), true, OffsetDateTime.now(clock));
        audit.record(AuditRecord.of("identity.password-reset").target("user_account", id)
                .detail("username", account.username()).build());
        sessions.endAll(id, account.username(), "password-reset");
        return temporary;
    }

    /** Sets the password of a demo or bootstrap account directly (no forced change). */
    @Transactional
    public void setPassword(long id, String password, boolean mustChange) {
        accounts.setPassword(id, encoder.encode(password), mustChange, OffsetDateTime.now(clock));
    }

    String temporaryPassword(PasswordPolicy policy, String username) {
        int length = Math.max(12, policy.minLength());
        String all = TEMP_UPPER + TEMP_LOWER + TEMP_DIGIT + TEMP_SYMBOL;
        while (true) {
            StringBuilder sb = new StringBuilder();
            sb.append(pick(TEMP_UPPER)).append(pick(TEMP_LOWER)).append(pick(TEMP_DIGIT)).append(pick(TEMP_SYMBOL));
            while (sb.length() < length) {
                sb.append(pick(all));
            }
            for (int i = sb.length() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                char c = sb.charAt(i);
                sb.setCharAt(i, sb.charAt(j));
                sb.setCharAt(j, c);
            }
            String candidate = sb.toString();
            if (policy.check(candidate, username).isEmpty()) {
                return candidate;
            }
        }
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private static void roleProblems(Set<Role> roles, Long enterpriseId, String divisionCode,
                                     List<FieldProblem> problems) {
        for (String key : RoleAssignment.violations(roles, enterpriseId, blankToNull(divisionCode))) {
            String field = key.contains("enterprise") ? "enterpriseId" : key.contains("division") ? "divisionCode" : "roles";
            problems.add(FieldProblem.invalid(field, key));
        }
    }

    private static String actor() {
        return CurrentUser.current().map(CurrentUser::username).orElse("system");
    }

    private static List<String> names(Set<Role> roles) {
        return new ArrayList<>(new TreeSet<>(roles.stream().map(Role::name).toList()));
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
