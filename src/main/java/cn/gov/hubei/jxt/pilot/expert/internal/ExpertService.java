package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.ExpertAccount;
import cn.gov.hubei.jxt.pilot.expert.ExpertFilter;
import cn.gov.hubei.jxt.pilot.expert.ExpertChange;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.ExpertPermissions;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.expert.ExpertStatus;
import cn.gov.hubei.jxt.pilot.expert.ExpertTransition;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.expert.NewExpert;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pool's records: reads for other modules ({@link Experts}) and the office's writes ({@link ExpertPool}):
 * permission → rules → conditional write → history row → audit entry, in one transaction.
 */
@Service
class ExpertService implements Experts, ExpertPool {

    private final ExpertRepository repository;
    private final GroupRepository groups;
    private final ExpertRules rules;
    private final ExpertPermissions permissions;
    private final UserAdministration users;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    ExpertService(ExpertRepository repository, GroupRepository groups, ExpertRules rules,
                  ExpertPermissions permissions, UserAdministration users, AuditTrail audit, JsonMapper json,
                  Clock clock) {
        this.repository = repository;
        this.groups = groups;
        this.rules = rules;
        this.permissions = permissions;
        this.users = users;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ Experts

    @Override
    @Transactional(readOnly = true)
    public Optional<Expert> find(long expertId) {
        return repository.find(expertId).map(ExpertDetails::expert);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Expert> byAccount(long accountId) {
        return repository.byAccount(accountId).map(ExpertDetails::expert);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Expert> active() {
        return repository.active().stream().map(ExpertDetails::expert).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Expert> all(Collection<Long> expertIds) {
        return repository.all(expertIds).stream().map(ExpertDetails::expert).toList();
    }

    // --------------------------------------------------------------------------------------------- ExpertPool

    @Override
    @Transactional
    public ExpertDetails register(NewExpert expert, CurrentUser by) {
        requireOfficer(by);
        NewExpert e = normalised(expert);
        String key = checked(e, null);
        Instant now = now();
        long id = repository.insert(e, key, groups.idByName(e.employerGroup()).orElse(null), by.username(), now);
        ExpertDetails saved = repository.find(id).orElseThrow();
        history(saved, ExpertChange.Kind.REGISTERED, null, by, now);
        audit.record(AuditRecord.of("expert.registered").target("expert", id).actor(by.username(), Role.OFFICER.name())
                .detail("name", saved.expert().name()).detail("employer", saved.expert().employerName()).build());
        return saved;
    }

    @Override
    @Transactional
    public ExpertDetails update(long expertId, long version, NewExpert expert, CurrentUser by) {
        requireOfficer(by);
        ExpertDetails before = repository.lock(expertId).orElseThrow(ExpertRefusedException::notFound);
        NewExpert e = normalised(expert);
        String key = checked(e, expertId);
        if (before.version() != version) {
            throw new ExpertRefusedException("expert.changed-meanwhile");
        }
        Instant now = now();
        if (!repository.update(expertId, version, e, key, groups.idByName(e.employerGroup()).orElse(null), now)) {
            throw new ExpertRefusedException("expert.changed-meanwhile");
        }
        ExpertDetails saved = repository.find(expertId).orElseThrow();
        history(saved, ExpertChange.Kind.UPDATED, null, by, now);
        audit.record(AuditRecord.of("expert.updated").target("expert", expertId)
                .actor(by.username(), Role.OFFICER.name()).detail("version", saved.version()).build());
        return saved;
    }

    @Override
    @Transactional
    public ExpertDetails deactivate(long expertId, String reason, CurrentUser by) {
        return take(expertId, ExpertTransition.DEACTIVATE, reason, by);
    }

    @Override
    @Transactional
    public ExpertDetails activate(long expertId, String reason, CurrentUser by) {
        return take(expertId, ExpertTransition.ACTIVATE, reason, by);
    }

    private ExpertDetails take(long expertId, ExpertTransition transition, String reason, CurrentUser by) {
        requireOfficer(by);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw ExpertRefusedException.invalid(List.of(FieldProblem.missing("reason", "expert.reason.required")));
        }
        if (text.length() > 1000) {
            throw ExpertRefusedException.invalid(List.of(FieldProblem.invalid("reason", "expert.reason.too-long",
                    1000)));
        }
        ExpertDetails before = repository.lock(expertId).orElseThrow(ExpertRefusedException::notFound);
        if (before.status() == transition.to()) {
            return before; // a double click or a replay: done already
        }
        if (!permissions.canTake(by, before.status(), transition)) {
            throw new ExpertRefusedException("expert." + transition.code() + ".refused");
        }
        Instant now = now();
        repository.setActive(expertId, transition.to() == ExpertStatus.ACTIVE, now);
        ExpertDetails saved = repository.find(expertId).orElseThrow();
        history(saved, transition == ExpertTransition.ACTIVATE ? ExpertChange.Kind.ACTIVATED
                : ExpertChange.Kind.DEACTIVATED, text, by, now);
        audit.record(AuditRecord.of(transition == ExpertTransition.ACTIVATE ? "expert.activated" : "expert.deactivated").target("expert", expertId)
                .actor(by.username(), Role.OFFICER.name()).detail("reason", text).build());
        return saved;
    }

    @Override
    @Transactional
    public ExpertDetails linkAccount(long expertId, long accountId, CurrentUser by) {
        requireOfficer(by);
        ExpertDetails before = repository.lock(expertId).orElseThrow(ExpertRefusedException::notFound);
        var account = users.find(accountId).orElseThrow(() -> new ExpertRefusedException("expert.account.unknown"));
        if (!account.roles().contains(Role.EXPERT)) {
            throw new ExpertRefusedException("expert.account.not-expert", account.username());
        }
        if (before.expert().accountId() != null) {
            if (before.expert().accountId() == accountId) {
                return before;
            }
            throw new ExpertRefusedException("expert.account.exists", before.accountUsername());
        }
        if (repository.expertOfAccount(accountId).isPresent()) {
            throw new ExpertRefusedException("expert.account.taken", account.username());
        }
        Instant now = now();
        repository.linkAccount(expertId, accountId, now);
        ExpertDetails saved = repository.find(expertId).orElseThrow();
        history(saved, ExpertChange.Kind.ACCOUNT, null, by, now);
        audit.record(AuditRecord.of("expert.account-linked").target("expert", expertId)
                .actor(by.username(), Role.OFFICER.name()).detail("account", account.username()).build());
        return saved;
    }

    @Override
    @Transactional
    public ExpertAccount createAccount(long expertId, CurrentUser by) {
        requireOfficer(by);
        ExpertDetails expert = repository.lock(expertId).orElseThrow(ExpertRefusedException::notFound);
        if (expert.expert().accountId() != null) {
            throw new ExpertRefusedException("expert.account.exists", expert.accountUsername());
        }
        String username = freeUsername(expertId);
        String email = expert.email();
        UserAdministration.AccountWithPassword created = users.createWithTemporaryPassword(new NewAccount(username,
                expert.expert().name(), email, null, Set.of(Role.EXPERT), null, null));
        linkAccount(expertId, created.account().id(), by);
        return new ExpertAccount(expertId, expert.expert().name(), username, created.temporaryPassword());
    }

    @Override
    @Transactional
    public List<ExpertAccount> createMissingAccounts(CurrentUser by) {
        requireOfficer(by);
        List<ExpertAccount> created = new ArrayList<>();
        for (long id : repository.withoutAccount()) {
            created.add(createAccount(id, by));
        }
        return created;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpertDetails> list(ExpertFilter filter, CurrentUser viewer) {
        return permissions.canManage(viewer) ? repository.list(filter) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public int count(ExpertFilter filter, CurrentUser viewer) {
        return permissions.canManage(viewer) ? repository.count(filter) : 0;
    }

    /** zj + the expert's number (zj00042), or with a suffix when that user name is taken. */
    private String freeUsername(long expertId) {
        String base = String.format("zj%05d", expertId);
        String candidate = base;
        for (int i = 2; users.findByUsername(candidate).isPresent(); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExpertDetails> details(long expertId, CurrentUser viewer) {
        return repository.find(expertId)
                .filter(d -> permissions.canRead(viewer, d.expert()))
                .map(d -> permissions.seesContact(viewer) ? d : d.withoutContact());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpertChange> history(long expertId, CurrentUser viewer) {
        if (!permissions.canManage(viewer)) {
            return List.of();
        }
        return repository.history(expertId);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The credit code as stored (half width, upper case). */
    static NewExpert normalised(NewExpert e) {
        return new NewExpert(e.name(), e.employerName(), ExpertRules.creditCode(e.employerCreditCode()),
                e.employerGroup(), e.title(), e.modeCodes(), e.industryCodes(), e.divisionCode(), e.phone(),
                e.email());
    }

    /** Checks every rule and the duplicate; returns the employer's normalised name. */
    private String checked(NewExpert e, Long expertId) {
        List<FieldProblem> problems = new ArrayList<>(rules.check(e));
        String key = Names.key(e.employerName());
        if (e.name() != null && key != null && repository.duplicate(e.name(), key, expertId).isPresent()) {
            problems.add(FieldProblem.invalid("name", "expert.duplicate", e.name(), e.employerName()));
        }
        if (!problems.isEmpty()) {
            throw ExpertRefusedException.invalid(problems);
        }
        return key;
    }

    private void history(ExpertDetails d, ExpertChange.Kind kind, String reason, CurrentUser by, Instant now) {
        Expert e = d.expert();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", e.name());
        record.put("employerName", e.employerName());
        record.put("employerCreditCode", e.employerCreditCode());
        record.put("employerGroup", e.employerGroup());
        record.put("title", e.title());
        record.put("modeCodes", e.modeCodes().stream().sorted().toList());
        record.put("industryCodes", e.industryCodes().stream().sorted().toList());
        record.put("divisionCode", e.divisionCode());
        record.put("phone", repository.sealed(d.phone()));
        record.put("email", repository.sealed(d.email()));
        record.put("active", e.active());
        record.put("account", d.accountUsername());
        repository.change(e.id(), kind, reason, json.writeValueAsString(record), by.username(), now);
    }

    private void requireOfficer(CurrentUser by) {
        if (!permissions.canManage(by)) {
            throw new ExpertRefusedException("expert.not-officer");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
