package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.expert.CompanyGroup;
import cn.gov.hubei.jxt.pilot.expert.CompanyGroups;
import cn.gov.hubei.jxt.pilot.expert.ExpertPermissions;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The office's registry of groups of companies: create a group, add and remove members; each audited. */
@Service
class GroupService implements CompanyGroups {

    static final int MAX_NAME = 200;

    private final GroupRepository repository;
    private final ExpertPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    GroupService(GroupRepository repository, ExpertPermissions permissions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompanyGroup> all() {
        return repository.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyGroup> find(long groupId) {
        return repository.find(groupId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyGroup> byName(String name) {
        return repository.byName(name == null ? null : name.strip());
    }

    @Override
    @Transactional
    public CompanyGroup create(String name, CurrentUser by) {
        requireOfficer(by);
        String text = name(name, "name");
        Optional<CompanyGroup> existing = repository.byName(text);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = repository.insert(text, by.username(), now());
        audit.record(AuditRecord.of("expert.group-created").target("expert_company_group", id)
                .actor(by.username(), Role.OFFICER.name()).detail("name", text).build());
        return repository.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public CompanyGroup addMember(long groupId, String creditCode, String name, CurrentUser by) {
        requireOfficer(by);
        repository.find(groupId).orElseThrow(ExpertRefusedException::notFound);
        String text = name(name, "memberName");
        String code = creditCode == null || creditCode.isBlank() ? null : UnifiedSocialCreditCode.normalise(creditCode);
        if (code != null && !UnifiedSocialCreditCode.validate(code).valid()) {
            throw ExpertRefusedException.invalid(List.of(FieldProblem.invalid("memberCreditCode",
                    "expert.employerCreditCode.invalid", code)));
        }
        if (repository.addMember(groupId, code, text, by.username(), now())) {
            audit.record(AuditRecord.of("expert.group-member-added").target("expert_company_group", groupId)
                    .actor(by.username(), Role.OFFICER.name()).detail("name", text).detail("creditCode", code)
                    .build());
        }
        return repository.find(groupId).orElseThrow();
    }

    @Override
    @Transactional
    public CompanyGroup removeMember(long groupId, long memberId, CurrentUser by) {
        requireOfficer(by);
        CompanyGroup group = repository.find(groupId).orElseThrow(ExpertRefusedException::notFound);
        Optional<CompanyGroup.Member> member = group.members().stream().filter(m -> m.id() == memberId).findFirst();
        if (member.isPresent() && repository.removeMember(groupId, memberId)) {
            audit.record(AuditRecord.of("expert.group-member-removed").target("expert_company_group", groupId)
                    .actor(by.username(), Role.OFFICER.name()).detail("name", member.get().name()).build());
        }
        return repository.find(groupId).orElseThrow();
    }

    private static String name(String name, String field) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw ExpertRefusedException.invalid(List.of(FieldProblem.missing(field, "expert.group.name.required")));
        }
        if (text.length() > MAX_NAME) {
            throw ExpertRefusedException.invalid(List.of(FieldProblem.invalid(field, "expert.group.name.too-long",
                    MAX_NAME)));
        }
        return text;
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
