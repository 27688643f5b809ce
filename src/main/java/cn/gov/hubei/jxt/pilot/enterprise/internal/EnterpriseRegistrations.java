package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import cn.gov.hubei.jxt.pilot.enterprise.EnterprisePermissions;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.platform.Masks;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 企业注册: an enterprise registers itself and its first user, who becomes its manager. The account is created
 * disabled and opens when the e-mail address is confirmed through a link (and, for a code whose check character
 * fails, once the programme office has approved the registration with a recorded reason).
 */
@Service
public class EnterpriseRegistrations {

    /** How long a confirmation link works. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(48);
    /** At most one confirmation mail per registration within this time, however often a new one is asked for. */
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(5);
    /** The longest reason for a decision, in characters. */
    public static final int MAX_REASON = 500;

    /** What the registrant is told after registering. */
    public record Receipt(long registrationId, long enterpriseId, RegistrationStatus status, String email,
                          OffsetDateTime linkExpiresAt) {
    }

    /** What opening a confirmation link did. */
    public enum ConfirmationOutcome {
        /** The address is confirmed and the account is open: log in. */
        CONFIRMED,
        /** The address is confirmed; the programme office has yet to approve the registration. */
        CONFIRMED_AWAITING_REVIEW,
        /** The link was used before. */
        ALREADY_USED,
        /** The link is older than {@link #LINK_VALIDITY}; a new one may be sent. */
        EXPIRED,
        /** A newer link was sent; only that one works. */
        REPLACED,
        /** The programme office rejected the registration. */
        REJECTED,
        /** No such link. */
        INVALID
    }

    public record Confirmation(ConfirmationOutcome outcome, String email) {
    }

    private final RegistrationRules rules;
    private final RegistrationStore store;
    private final MemberStore members;
    private final UserAdministration users;
    private final CreditCodeChecks codes;
    private final RegistrationMails mails;
    private final AuditTrail audit;
    private final Clock clock;
    private final EnterprisePermissions permissions;
    private final RegistrationLimits limits;

    EnterpriseRegistrations(RegistrationRules rules, RegistrationStore store, MemberStore members,
                            UserAdministration users, CreditCodeChecks codes, RegistrationMails mails,
                            AuditTrail audit, Clock clock, EnterprisePermissions permissions,
                            RegistrationLimits limits) {
        this.limits = limits;
        this.permissions = permissions;
        this.rules = rules;
        this.store = store;
        this.members = members;
        this.users = users;
        this.codes = codes;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers an enterprise and its first user, and sends the confirmation link.
     *
     * @param linkBase the system's address as the registrant reaches it, e.g. {@code https://znzz.hubei.gov.cn}
     * @throws RegistrationRefusedException with every reason beside its field
     */
    @Transactional
    public Receipt register(RegistrationInput input, String linkBase) {
        return register(input, linkBase, null);
    }

    /**
     * As {@link #register(RegistrationInput, String)}, from a client address: a registration that passes its rules
     * counts against the address's limit and the confirmation mail against the recipient's.
     *
     * @throws cn.gov.hubei.jxt.pilot.platform.RateLimitedException too many from the address or to the e-mail address
     *                                                              (nothing is created)
     */
    @Transactional
    public Receipt register(RegistrationInput input, String linkBase, String clientAddress) {
        RegistrationRules.Check check = rules.check(input);
        if (!check.valid()) {
            throw new RegistrationRefusedException(check);
        }
        RegistrationRules.Accepted r = check.accepted();
        limits.registration(clientAddress);
        limits.confirmationMail(r.email(), clientAddress);
        OffsetDateTime now = OffsetDateTime.now(clock);
        RegistrationStatus status = r.pendingReview() ? RegistrationStatus.PENDING : RegistrationStatus.ACCEPTED;

        long enterpriseId;
        try {
            enterpriseId = store.insertEnterprise(r.creditCode(), r.enterpriseName(), r.divisionCode(),
                    r.pendingReview() ? "PENDING" : "ACTIVE", now);
        } catch (DuplicateKeyException e) {
            // Someone registered the same code between the check and this insert.
            throw refused(check, List.of(FieldProblem.invalid("creditCode", "enterprise.registration.creditCode.registered")));
        }
        AccountView account;
        try {
            account = users.create(new NewAccount(r.username(), r.contactName(), r.email(), r.mobile(),
                    Set.of(Role.APPLICANT), enterpriseId, null), input.password(), false, false);
        } catch (AccountRuleException e) {
            throw refused(check, accountProblems(e));
        }
        // Nobody may use the account before the address is confirmed: it is created disabled.
        members.insert(enterpriseId, account.id(), true, now, r.username());
        long registrationId = store.insert(enterpriseId, account.id(), r, status, now);
        Registration registration = store.find(registrationId).orElseThrow();

        AuditRecord.Builder entry = AuditRecord.of("enterprise.registered").target("enterprise", enterpriseId)
                .detail("registrationId", registrationId).detail("creditCode", r.creditCode())
                .detail("name", r.enterpriseName()).detail("divisionCode", r.divisionCode())
                .detail("username", r.username()).detail("userId", account.id())
                .detail("email", Masks.email(r.email()))
                .detail("status", status.name());
        if (r.pendingReview()) {
            entry.detail("codeCheck", codes.check(r.creditCode()).message());
        }
        audit.record(entry.build());
        OffsetDateTime expiresAt = sendLink(registration, linkBase, now);
        return new Receipt(registrationId, enterpriseId, status, r.email(), expiresAt);
    }

    /** Confirms the address behind a link; opens the account when nothing else is outstanding. */
    @Transactional
    public Confirmation confirm(String token) {
        if (!ConfirmationTokens.wellFormed(token)) {
            return new Confirmation(ConfirmationOutcome.INVALID, null);
        }
        Optional<RegistrationStore.Link> found = store.findLink(ConfirmationTokens.hash(token));
        if (found.isEmpty()) {
            return new Confirmation(ConfirmationOutcome.INVALID, null);
        }
        RegistrationStore.Link link = found.get();
        Registration registration = store.lock(link.registrationId()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (registration.status() == RegistrationStatus.REJECTED) {
            return new Confirmation(ConfirmationOutcome.REJECTED, registration.email());
        }
        if (link.usedAt() != null) {
            return new Confirmation(ConfirmationOutcome.ALREADY_USED, registration.email());
        }
        if (link.replacedAt() != null) {
            return new Confirmation(ConfirmationOutcome.REPLACED, registration.email());
        }
        if (!now.isBefore(link.expiresAt())) {
            return new Confirmation(ConfirmationOutcome.EXPIRED, registration.email());
        }
        if (!store.useLink(link.id(), now)) {
            return new Confirmation(ConfirmationOutcome.ALREADY_USED, registration.email());
        }
        store.confirmEmail(registration.id(), now);
        boolean opened = registration.status().accountMayOpen();
        if (opened) {
            users.enable(registration.userId());
        }
        audit.record(AuditRecord.of("enterprise.email-confirmed").target("enterprise", registration.enterpriseId())
                .detail("registrationId", registration.id()).detail("email", Masks.email(registration.email()))
                .detail("userId", registration.userId()).detail("accountOpened", opened).build());
        return new Confirmation(opened ? ConfirmationOutcome.CONFIRMED : ConfirmationOutcome.CONFIRMED_AWAITING_REVIEW,
                registration.email());
    }

    /**
     * Sends a new link in place of an expired one. Holding the expired link proves access to the mailbox, so nothing
     * else is asked; any other link sends nothing.
     *
     * @return whether a new link was sent
     */
    @Transactional
    public boolean resend(String expiredToken, String linkBase) {
        return resend(expiredToken, linkBase, null);
    }

    /**
     * As {@link #resend(String, String)}; the mail counts against the recipient's limit.
     *
     * @throws cn.gov.hubei.jxt.pilot.platform.RateLimitedException too many mails to the address (none sent)
     */
    @Transactional
    public boolean resend(String expiredToken, String linkBase, String clientAddress) {
        if (!ConfirmationTokens.wellFormed(expiredToken)) {
            return false;
        }
        Optional<RegistrationStore.Link> found = store.findLink(ConfirmationTokens.hash(expiredToken));
        if (found.isEmpty()) {
            return false;
        }
        RegistrationStore.Link link = found.get();
        Registration registration = store.lock(link.registrationId()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (link.usedAt() != null || link.replacedAt() != null || now.isBefore(link.expiresAt())
                || registration.emailConfirmed() || registration.status() == RegistrationStatus.REJECTED) {
            return false;
        }
        limits.confirmationMail(registration.email(), clientAddress);
        store.replaceOpenLinks(registration.id(), now);
        OffsetDateTime expiresAt = sendLink(registration, linkBase, now);
        audit.record(AuditRecord.of("enterprise.confirmation-resent").target("enterprise", registration.enterpriseId())
                .detail("registrationId", registration.id()).detail("email", Masks.email(registration.email()))
                .detail("expiresAt", expiresAt.toString()).build());
        return true;
    }

    /**
     * 重新发送确认邮件, asked for with the address the registrant gave: a new link goes to each registration of that
     * address whose address is not confirmed yet, unless a link was sent to it within {@link #RESEND_INTERVAL}. The
     * caller answers the same whatever happened, so that nobody learns whether an address is registered.
     *
     * @return how many links were sent (for tests and the audit trail only; never tell the person)
     */
    @Transactional
    public int resendTo(String email, String linkBase) {
        return resendTo(email, linkBase, null);
    }

    /**
     * As {@link #resendTo(String, String)}; every request for an address counts against its limit, whether or not
     * the address is registered, so that a refusal tells nothing about it either.
     *
     * @throws cn.gov.hubei.jxt.pilot.platform.RateLimitedException too many requests for the address (none sent)
     */
    @Transactional
    public int resendTo(String email, String linkBase, String clientAddress) {
        String address = Inputs.folded(email);
        if (address == null || Inputs.length(address) > RegistrationRules.MAX_EMAIL
                || !Inputs.EMAIL.matcher(address).matches()) {
            return 0;
        }
        limits.confirmationMail(address, clientAddress);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = 0;
        for (long id : store.unconfirmedWithEmail(address)) {
            Registration registration = store.lock(id).orElseThrow();
            if (registration.emailConfirmed() || registration.status() == RegistrationStatus.REJECTED
                    || store.lastLinkSentAt(id).map(at -> at.isAfter(now.minus(RESEND_INTERVAL))).orElse(false)) {
                continue;
            }
            store.replaceOpenLinks(id, now);
            OffsetDateTime expiresAt = sendLink(registration, linkBase, now);
            audit.record(AuditRecord.of("enterprise.confirmation-resent").target("enterprise", registration.enterpriseId())
                    .detail("registrationId", id).detail("email", Masks.email(registration.email()))
                    .detail("expiresAt", expiresAt.toString()).detail("askedBy", "address").build());
            sent++;
        }
        return sent;
    }

    public Optional<Registration> find(long registrationId) {
        return store.find(registrationId);
    }

    /** The registration that created the enterprise; empty for enterprises added otherwise (demo data). */
    public Optional<Registration> ofEnterprise(long enterpriseId) {
        return store.findByEnterprise(enterpriseId);
    }

    /** Registrations waiting for the programme office, oldest first. */
    public List<Registration> pending() {
        return store.withStatus(RegistrationStatus.PENDING);
    }

    public List<Registration> recentlyDecided(int limit) {
        return store.recentlyDecided(limit);
    }

    /** The programme office accepts a code that fails its check character, with the reason (e.g. evidence seen). */
    @Transactional
    public Registration approve(long registrationId, String reason, CurrentUser by) {
        String actor = reviewer(by);
        String why = reason(reason);
        Registration before = lockPending(registrationId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.decide(registrationId, RegistrationStatus.APPROVED, why, actor, now);
        store.setEnterpriseStatus(before.enterpriseId(), "ACTIVE");
        if (before.emailConfirmed()) {
            users.enable(before.userId());
        }
        Registration after = store.find(registrationId).orElseThrow();
        audit.record(AuditRecord.of("enterprise.registration-approved").target("enterprise", before.enterpriseId())
                .detail("registrationId", registrationId).detail("creditCode", before.creditCode())
                .detail("name", before.enterpriseName()).detail("reason", why)
                .detail("accountOpened", before.emailConfirmed()).build());
        mails.approved(after);
        return after;
    }

    /** The programme office refuses the registration, with the reason; the code becomes free again. */
    @Transactional
    public Registration reject(long registrationId, String reason, CurrentUser by) {
        String actor = reviewer(by);
        String why = reason(reason);
        Registration before = lockPending(registrationId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.decide(registrationId, RegistrationStatus.REJECTED, why, actor, now);
        store.setEnterpriseStatus(before.enterpriseId(), "REJECTED");
        store.replaceOpenLinks(registrationId, now);
        Registration after = store.find(registrationId).orElseThrow();
        audit.record(AuditRecord.of("enterprise.registration-rejected").target("enterprise", before.enterpriseId())
                .detail("registrationId", registrationId).detail("creditCode", before.creditCode())
                .detail("name", before.enterpriseName()).detail("reason", why).build());
        mails.rejected(after);
        return after;
    }

    /** The reviewer's user name, if they may decide: the service does not trust its caller to have checked. */
    private String reviewer(CurrentUser by) {
        if (!permissions.canReviewRegistrations(by)) {
            throw new RegistrationDecisionException(null, "enterprise.review.not-reviewer");
        }
        return by.username();
    }

    private Registration lockPending(long registrationId) {
        Registration registration = store.lock(registrationId)
                .orElseThrow(() -> new RegistrationDecisionException(null, "enterprise.review.not-found"));
        if (registration.status() != RegistrationStatus.PENDING) {
            throw new RegistrationDecisionException(null, "enterprise.review.not-pending");
        }
        return registration;
    }

    private static String reason(String reason) {
        String why = Inputs.multiline(reason);
        if (why == null) {
            throw new RegistrationDecisionException("reason", "enterprise.review.reason.required");
        }
        if (Inputs.length(why) > MAX_REASON) {
            throw new RegistrationDecisionException("reason", "enterprise.review.reason.too-long");
        }
        return why;
    }

    private OffsetDateTime sendLink(Registration registration, String linkBase, OffsetDateTime now) {
        String token = ConfirmationTokens.generate();
        OffsetDateTime expiresAt = now.plus(LINK_VALIDITY);
        store.insertLink(registration.id(), ConfirmationTokens.hash(token), now, expiresAt);
        mails.confirmationLink(registration, confirmationLink(linkBase, token), expiresAt);
        return expiresAt;
    }

    static String confirmationLink(String linkBase, String token) {
        String base = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
        return base + "/register/confirm/" + token;
    }

    /** Identity's own refusals (a user name taken meanwhile, a password rule) beside the registration's fields. */
    private static List<FieldProblem> accountProblems(AccountRuleException e) {
        Map<String, String> fields = Map.of("displayName", "contactName");
        List<FieldProblem> violations = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field() == null ? null : fields.getOrDefault(p.field(), p.field());
            violations.add(new FieldProblem(field, p.severity(), p.code(), p.arguments()));
        }
        return violations;
    }

    private static RegistrationRefusedException refused(RegistrationRules.Check check, List<FieldProblem> violations) {
        return new RegistrationRefusedException(new RegistrationRules.Check(violations, check.pendingReviewOffered(),
                check.divisionChoiceNeeded(), null));
    }
}
