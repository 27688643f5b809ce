package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.internal.AccountSessions;
import cn.gov.hubei.jxt.pilot.identity.internal.AccountStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A person changing their own password: at first login, after a reset, or when they choose to. */
@Service
public class PasswordChanges {

    private final AccountStore accounts;
    private final AccountSessions sessions;
    private final PasswordPolicies policies;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordChanges(AccountStore accounts, AccountSessions sessions, PasswordPolicies policies, PasswordEncoder encoder,
                    AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.policies = policies;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Changes the password of {@code user}; every other session of the account ends and its tokens are revoked (the
     * session of the request that changes it stays).
     *
     * @throws AccountRuleException naming the field of each problem
     */
    @Transactional
    public void change(CurrentUser user, String currentPassword, String newPassword, String confirmation) {
        AccountStore.StoredAccount account = accounts.findById(user.id())
                .orElseThrow(() -> new AccountRuleException(null, "account.not-found"));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.add(FieldProblem.invalid("currentPassword", "password.change.current-wrong"));
        }
        for (PasswordPolicy.Violation v : policies.current().check(newPassword, user.username())) {
            problems.add(FieldProblem.invalid("newPassword", v.messageKey(), v.arguments()));
        }
        if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
            problems.add(FieldProblem.invalid("newPassword", "password.change.same-as-current"));
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            problems.add(FieldProblem.invalid("confirmation", "password.change.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new AccountRuleException(problems);
        }
        accounts.setPassword(user.id(), encoder.encode(newPassword), false, OffsetDateTime.now(clock));
        audit.record(AuditRecord.of("identity.password-changed").target("user_account", user.id())
                .detail("forced", user.mustChangePassword()).build());
        sessions.endAll(user.id(), account.view().username(), "password-changed");
    }
}
