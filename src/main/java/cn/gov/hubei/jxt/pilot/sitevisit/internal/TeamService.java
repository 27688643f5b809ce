package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeams;
import cn.gov.hubei.jxt.pilot.sitevisit.MemberKind;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitNotFoundException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPermissions;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRefusedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Forming inspection teams: guard → rules → write → assignments of expert members → audit, in one transaction. */
@Service
class TeamService implements InspectionTeams {

    private final SiteVisitRepository repository;
    private final SiteVisitPermissions permissions;
    private final UserAdministration users;
    private final ReferenceCatalog reference;
    private final Calls calls;
    private final Grants grants;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    TeamService(SiteVisitRepository repository, SiteVisitPermissions permissions, UserAdministration users,
                ReferenceCatalog reference, Calls calls, Grants grants, AuditTrail audit, Clock clock,
                TransactionTemplate tx) {
        this.repository = repository;
        this.permissions = permissions;
        this.users = users;
        this.reference = reference;
        this.calls = calls;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public List<InspectionTeam> ofCall(long callId) {
        return repository.teamsOfCall(callId);
    }

    @Override
    public Optional<InspectionTeam> find(long teamId) {
        return repository.team(teamId);
    }

    @Override
    public List<InspectionTeam> ofMember(long accountId) {
        return repository.teamsOfMember(accountId);
    }

    @Override
    public boolean isMemberOfAny(long accountId) {
        return repository.isMemberOfAny(accountId);
    }

    @Override
    public InspectionTeam create(long callId, String divisionCode, String name, String leaderUsername,
                                 CurrentUser officer) {
        requireOfficer(officer);
        if (calls.find(callId).isEmpty()) {
            throw new SiteVisitNotFoundException("call", callId);
        }
        String cleanName = Texts.clean(name);
        String division = Texts.clean(divisionCode);
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanName == null) {
            problems.add(FieldProblem.missing("name", "sitevisit.team.name.required"));
        } else if (cleanName.codePointCount(0, cleanName.length()) > NAME_LIMIT) {
            problems.add(FieldProblem.invalid("name", "sitevisit.team.name.too-long", NAME_LIMIT));
        } else if (repository.teamNameTaken(callId, cleanName)) {
            problems.add(FieldProblem.invalid("name", "sitevisit.team.name.taken", cleanName));
        }
        if (division == null || reference.division(division).isEmpty()) {
            problems.add(FieldProblem.invalid("divisionCode", "sitevisit.team.division.unknown"));
        }
        Optional<AccountView> leader = Optional.ofNullable(Texts.clean(leaderUsername)).flatMap(users::findByUsername)
                .filter(AccountView::enabled);
        MemberKind leaderKind = null;
        if (leader.isEmpty()) {
            problems.add(FieldProblem.invalid("leader", "sitevisit.member.unknown"));
        } else if (problems.stream().noneMatch(p -> p.field().equals("divisionCode"))) {
            leaderKind = kindOf(leader.get(), division, "leader");
        }
        if (!problems.isEmpty()) {
            throw new SiteVisitRejectedException(problems);
        }
        MemberKind kind = leaderKind;
        return tx.execute(status -> {
            Instant now = clock.instant();
            long id = repository.insertTeam(callId, division, cleanName, leader.get().id(), officer.username(), now);
            repository.insertMember(id, leader.get().id(), kind, officer.username(), now);
            audit.record(AuditRecord.of("sitevisit.team-created").target("site-visit-team", id)
                    .actor(officer.username(), null).detail("callId", callId).detail("division", division)
                    .detail("name", cleanName).detail("leader", leader.get().username()).build());
            return repository.team(id).orElseThrow();
        });
    }

    @Override
    public InspectionTeam addMember(long teamId, String username, CurrentUser officer) {
        requireOfficer(officer);
        InspectionTeam team = repository.team(teamId).orElseThrow(() -> new SiteVisitNotFoundException("team", teamId));
        AccountView account = Optional.ofNullable(Texts.clean(username)).flatMap(users::findByUsername)
                .filter(AccountView::enabled)
                .orElseThrow(() -> new SiteVisitRejectedException("username", "sitevisit.member.unknown"));
        MemberKind kind = kindOf(account, team.divisionCode(), "username");
        return tx.execute(status -> {
            repository.lockTeam(teamId);
            if (repository.insertMember(teamId, account.id(), kind, officer.username(), clock.instant())) {
                if (kind == MemberKind.EXPERT) {
                    grants.reconcile(account.id(), officer.username());
                }
                audit.record(AuditRecord.of("sitevisit.member-added").target("site-visit-team", teamId)
                        .actor(officer.username(), null).detail("member", account.username())
                        .detail("kind", kind.name()).build());
            }
            return repository.team(teamId).orElseThrow();
        });
    }

    @Override
    public InspectionTeam removeMember(long teamId, long accountId, CurrentUser officer) {
        requireOfficer(officer);
        InspectionTeam team = repository.team(teamId).orElseThrow(() -> new SiteVisitNotFoundException("team", teamId));
        if (team.leaderId() == accountId) {
            throw new SiteVisitRefusedException("sitevisit.member.leader-stays");
        }
        return tx.execute(status -> {
            repository.lockTeam(teamId);
            Optional<InspectionTeam.TeamMember> member = team.members().stream()
                    .filter(m -> m.accountId() == accountId).findFirst();
            if (repository.deleteMember(teamId, accountId)) {
                grants.reconcile(accountId, officer.username());
                audit.record(AuditRecord.of("sitevisit.member-removed").target("site-visit-team", teamId)
                        .actor(officer.username(), null)
                        .detail("member", member.map(InspectionTeam.TeamMember::username).orElse(String.valueOf(accountId)))
                        .build());
            }
            return repository.team(teamId).orElseThrow();
        });
    }

    /**
     * What the account is in a team visiting the division: an officer, an expert, or a recommender of that division;
     * a recommender of another division and anyone else are refused beside {@code field}.
     */
    private MemberKind kindOf(AccountView account, String divisionCode, String field) {
        if (account.roles().stream().anyMatch(Role::isAdministrator)) {
            throw new SiteVisitRejectedException(field, "sitevisit.member.not-eligible", account.displayName());
        }
        if (account.roles().contains(Role.OFFICER)) {
            return MemberKind.OFFICER;
        }
        if (account.roles().contains(Role.EXPERT)) {
            return MemberKind.EXPERT;
        }
        if (account.roles().contains(Role.RECOMMENDER)) {
            if (divisionCode.equals(account.divisionCode())) {
                return MemberKind.DIVISION_STAFF;
            }
            throw new SiteVisitRejectedException(field, "sitevisit.member.other-division", account.displayName(),
                    divisionName(account.divisionCode()), divisionName(divisionCode));
        }
        throw new SiteVisitRejectedException(field, "sitevisit.member.not-eligible", account.displayName());
    }

    private String divisionName(String code) {
        return code == null ? "" : reference.division(code).map(Division::name).orElse(code);
    }

    private void requireOfficer(CurrentUser officer) {
        if (!permissions.canManage(officer)) {
            throw new SiteVisitRefusedException("sitevisit.not-officer");
        }
    }
}
