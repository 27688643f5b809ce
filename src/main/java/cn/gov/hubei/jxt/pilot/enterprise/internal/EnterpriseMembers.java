package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.platform.Masks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The enterprise's manager (its first user) and the colleagues they invite. Every operation names the enterprise and
 * the manager acting for it, and touches only that enterprise's members.
 */
@Service
public class EnterpriseMembers {

    static final int MAX_NAME = 50;

    /** A member as the manager's page shows them. */
    public record Member(long userId, String username, String displayName, String email, boolean manager,
                         boolean enabled, boolean mustChangePassword, OffsetDateTime lastLoginAt,
                         OffsetDateTime addedAt) {
    }

    /** What the manager enters to invite a colleague. */
    public record InviteInput(String displayName, String email, String username) {
    }

    /** The new colleague's account and its temporary password, which is shown once and stored only as a hash. */
    public record Invitation(long userId, String username, String temporaryPassword) {
    }

    private final MemberStore members;
    private final UserAdministration users;
    private final PasswordPolicies policies;
    private final AuditTrail audit;
    private final Clock clock;

    EnterpriseMembers(MemberStore members, UserAdministration users, PasswordPolicies policies, AuditTrail audit,
                      Clock clock) {
        this.members = members;
        this.users = users;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Member> list(long enterpriseId) {
        List<Member> result = new ArrayList<>();
        for (MemberStore.Membership m : members.of(enterpriseId)) {
            users.find(m.userId()).ifPresent(a -> result.add(member(m, a)));
        }
        return result;
    }

    public Optional<Member> find(long enterpriseId, long userId) {
        return members.find(enterpriseId, userId).flatMap(m -> users.find(m.userId()).map(a -> member(m, a)));
    }

    /**
     * Creates an applicant account for a colleague, bound to the enterprise, with a temporary password that must be
     * changed at first login.
     *
     * @throws MemberRuleException with each reason beside its field
     */
    @Transactional
    public Invitation invite(long enterpriseId, long managerId, InviteInput input) {
        requireManager(enterpriseId, managerId);
        List<FieldProblem> violations = new ArrayList<>();
        String name = Inputs.text(input.displayName());
        if (name == null) {
            violations.add(FieldProblem.invalid("displayName", "enterprise.members.displayName.required"));
        } else if (Inputs.length(name) > MAX_NAME) {
            violations.add(FieldProblem.invalid("displayName", "enterprise.validation.too-long",
                    FieldProblem.label("enterprise.members.field.displayName"), MAX_NAME, Inputs.length(name)));
        }
        String email = RegistrationRules.email(Inputs.folded(input.email()), "email", violations);
        String username = Inputs.text(input.username()) == null ? null
                : input.username().strip().toLowerCase(Locale.ROOT);
        if (username == null) {
            violations.add(FieldProblem.invalid("username", "enterprise.registration.username.required"));
        } else if (!Inputs.USERNAME.matcher(username).matches()) {
            violations.add(FieldProblem.invalid("username", "account.username.format"));
        } else if (users.findByUsername(username).isPresent()) {
            violations.add(FieldProblem.invalid("username", "account.username.taken", username));
        }
        if (!violations.isEmpty()) {
            throw new MemberRuleException(violations);
        }
        String temporary = TemporaryPasswords.generate(policies.current(), username);
        AccountView account;
        try {
            account = users.create(new NewAccount(username, name, email, null, Set.of(Role.APPLICANT), enterpriseId,
                    null), temporary, true);
        } catch (AccountRuleException e) {
            throw new MemberRuleException(e.problems());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        members.insert(enterpriseId, account.id(), false, now, username(managerId));
        audit.record(AuditRecord.of("enterprise.member-invited").target("enterprise", enterpriseId)
                .detail("userId", account.id()).detail("username", username).detail("displayName", name)
                .detail("email", Masks.email(email)).build());
        return new Invitation(account.id(), username, temporary);
    }

    /**
     * Disables a colleague's account: they can no longer log in, their API tokens are revoked. The manager cannot
     * disable themself (the enterprise would have nobody left to manage it).
     *
     * @throws MemberNotFoundException when the user is no member of this enterprise
     */
    @Transactional
    public void disable(long enterpriseId, long managerId, long userId) {
        requireManager(enterpriseId, managerId);
        MemberStore.Membership membership = members.find(enterpriseId, userId)
                .orElseThrow(() -> new MemberNotFoundException(enterpriseId, userId));
        if (userId == managerId || membership.manager()) {
            throw new MemberRuleException(null, "enterprise.members.disable-self");
        }
        AccountView account = users.find(userId).orElseThrow(() -> new MemberNotFoundException(enterpriseId, userId));
        users.disable(userId);
        audit.record(AuditRecord.of("enterprise.member-disabled").target("enterprise", enterpriseId)
                .detail("userId", userId).detail("username", account.username()).build());
    }

    /** Re-enables a colleague the manager disabled. */
    @Transactional
    public void enable(long enterpriseId, long managerId, long userId) {
        requireManager(enterpriseId, managerId);
        members.find(enterpriseId, userId).orElseThrow(() -> new MemberNotFoundException(enterpriseId, userId));
        AccountView account = users.find(userId).orElseThrow(() -> new MemberNotFoundException(enterpriseId, userId));
        users.enable(userId);
        audit.record(AuditRecord.of("enterprise.member-enabled").target("enterprise", enterpriseId)
                .detail("userId", userId).detail("username", account.username()).build());
    }

    /** The pages check this before anything else; repeated here so no caller can skip it. */
    private void requireManager(long enterpriseId, long managerId) {
        if (!members.isManager(enterpriseId, managerId)) {
            throw new MemberRuleException(null, "enterprise.members.not-manager");
        }
    }

    private String username(long userId) {
        return users.find(userId).map(AccountView::username).orElse("system");
    }

    private static Member member(MemberStore.Membership m, AccountView a) {
        return new Member(a.id(), a.username(), a.displayName(), a.email(), m.manager(), a.enabled(),
                a.mustChangePassword(), a.lastLoginAt(), m.addedAt());
    }
}
