package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static cn.gov.hubei.jxt.pilot.expert.Pool.APPLICANT;
import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.RECOMMENDER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.employedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Conflicts of interest on the real database, each rule with exact values: the employer is the applicant by credit
 * code or by normalised name, the same group of companies (by the registry's members or the expert's recorded group),
 * the recommending division's unit; declared conflicts with their source, the event, idempotence, withdrawal, and who
 * may declare for whom on which application. Many pairs in a fixed number of queries.
 */
@IntegrationTest
@RecordApplicationEvents
class ConflictsOfInterestTest {

    @Autowired ConflictsOfInterest conflicts;
    @Autowired ConflictDeclarations declarations;
    @Autowired ExpertPool pool;
    @Autowired CompanyGroups groups;
    @Autowired ProjectApplications applications;
    @Autowired ApplicationAssignments assignments;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired Calls calls;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    Filing filing;
    long callId;

    @BeforeEach
    void call() {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        callId = filing.openCall(null).id();
    }

    /** An enterprise of the division with this name (a fresh, valid credit code) and an application of it. */
    record Applicant(Enterprise enterprise, long applicationId) {
    }

    Applicant applicant(String name, String divisionCode) {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String code = UnifiedSocialCreditCode.forEnterprise(divisionCode.substring(0, 4) + "02", body).value();
        Enterprise enterprise = enterprises.add(code, name, divisionCode);
        String username = filing.applicantOf(enterprise);
        return new Applicant(enterprise, applications.create(callId, enterprise.id(), username).id());
    }

    static String digits() {
        return String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        ascii.chars().forEach(c -> s.append((char) (c - '0' + '０')));
        return s.toString();
    }

    @Test
    void theEmployerIsTheApplicantByCreditCode() {
        Applicant a = applicant("湖北楚天" + digits() + "智能装备有限公司", "420100");
        long expert = pool.register(employedBy("楚天装备总部", a.enterprise().creditCode(), null), OFFICER).id();

        assertThat(conflicts.between(List.of(expert), List.of(a.applicationId()))).containsExactly(
                new Conflict(expert, a.applicationId(), ConflictKind.EMPLOYER, a.enterprise().creditCode()));
        assertThat(conflicts.conflicted(expert, a.applicationId())).isTrue();
        assertThat(conflicts.between(List.of(expert), List.of(a.applicationId())).get(0).source())
                .isEqualTo(ConflictSource.AUTOMATIC);
    }

    @Test
    void theEmployerIsTheApplicantByNormalisedName() {
        String n = digits();
        Applicant a = applicant("湖北楚天" + n + "智能装备有限公司", "420100");
        // spaces, full-width digits, parentheses and another company form: the same name
        long expert = pool.register(employedBy("湖北 楚天" + fullWidth(n) + "智能装备（股份）有限责任公司", null, null),
                OFFICER).id();
        long other = pool.register(employedBy("湖北楚天" + n + "智能装备研究院", null, null), OFFICER).id();

        assertThat(conflicts.between(List.of(expert, other), List.of(a.applicationId()))).containsExactly(
                new Conflict(expert, a.applicationId(), ConflictKind.EMPLOYER, "湖北楚天" + n + "智能装备有限公司"));
        assertThat(conflicts.conflicted(other, a.applicationId())).isFalse();
    }

    @Test
    void theSameGroupOfCompaniesByTheRegistryOrByTheExpertsRecordedGroup() {
        String n = digits();
        Applicant a = applicant("长江" + n + "汽车零部件有限公司", "420500");
        Applicant outside = applicant("黄鹤" + n + "机械有限公司", "420500");
        CompanyGroup group = groups.create("长江" + n + "集团", OFFICER);
        groups.addMember(group.id(), a.enterprise().creditCode(), a.enterprise().name(), OFFICER);
        groups.addMember(group.id(), null, "长江" + n + "研究院", OFFICER);
        // employed at a member named without credit code
        long member = pool.register(employedBy("长江" + n + "研究院", null, null), OFFICER).id();
        // employed elsewhere, but recorded in the group
        long recorded = pool.register(employedBy("某" + n + "咨询中心", null, group.name()), OFFICER).id();
        long unrelated = pool.register(employedBy("武汉" + n + "大学", null, null), OFFICER).id();

        assertThat(conflicts.between(List.of(member, recorded, unrelated),
                List.of(a.applicationId(), outside.applicationId()))).containsExactly(
                new Conflict(member, a.applicationId(), ConflictKind.SAME_GROUP, group.name()),
                new Conflict(recorded, a.applicationId(), ConflictKind.SAME_GROUP, group.name()));
    }

    @Test
    void theEmployerIsTheApplicantRatherThanOnlyInItsGroup() {
        String n = digits();
        Applicant a = applicant("长江" + n + "电子有限公司", "420100");
        CompanyGroup group = groups.create("长江" + n + "电子集团", OFFICER);
        groups.addMember(group.id(), a.enterprise().creditCode(), a.enterprise().name(), OFFICER);
        long expert = pool.register(employedBy(a.enterprise().name(), null, group.name()), OFFICER).id();

        assertThat(conflicts.between(List.of(expert), List.of(a.applicationId()))).containsExactly(
                new Conflict(expert, a.applicationId(), ConflictKind.EMPLOYER, a.enterprise().name()));
    }

    @Test
    void theExpertWorksForTheRecommendingUnitOfTheApplicationsDivision() {
        String n = digits();
        Applicant yichang = applicant("宜昌" + n + "化工有限公司", "420500");
        Applicant wuhan = applicant("武汉" + n + "光电有限公司", "420100");
        long expert = pool.register(employedBy("宜昌市经济和信息化局", null, null), OFFICER).id();

        assertThat(conflicts.between(List.of(expert), List.of(yichang.applicationId(), wuhan.applicationId())))
                .containsExactly(new Conflict(expert, yichang.applicationId(), ConflictKind.RECOMMENDING_DIVISION,
                        "宜昌市经济和信息化局"));
    }

    @Test
    void aDeclaredConflictIsRecordedWithItsSourceAndPublishedOnceAndWithdrawnByTheOffice() {
        Filing.Submitted submitted = filing.submitted(applications, callId, "420100", "数字化车间" + digits());
        long expert = pool.register(employedBy("华中科技大学", null, null), OFFICER).id();

        ConflictDeclaration declared = declarations.declare(expert, submitted.applicationId(),
                ConflictKind.FORMER_EMPLOYMENT, "  2029 年前在该企业任技术总监  ", OFFICER);
        ConflictDeclaration again = declarations.declare(expert, submitted.applicationId(),
                ConflictKind.FORMER_EMPLOYMENT, "再次提交", OFFICER);

        assertThat(again).isEqualTo(declared);
        assertThat(declared.callId()).isEqualTo(callId);
        assertThat(declared.text()).isEqualTo("2029 年前在该企业任技术总监");
        assertThat(declared.declaredBy()).isEqualTo("officer-x");
        assertThat(declared.source()).isEqualTo(ConflictSource.DECLARED);
        assertThat(events.stream(ConflictDeclared.class)).singleElement().satisfies(e -> {
            assertThat(e.expertId()).isEqualTo(expert);
            assertThat(e.applicationId()).isEqualTo(submitted.applicationId());
            assertThat(e.callId()).isEqualTo(callId);
            assertThat(e.kind()).isEqualTo(ConflictKind.FORMER_EMPLOYMENT);
            assertThat(e.accountId()).isNull();
            assertThat(e.actor()).isEqualTo("officer-x");
        });
        Conflict conflict = new Conflict(expert, submitted.applicationId(), ConflictKind.FORMER_EMPLOYMENT,
                "2029 年前在该企业任技术总监");
        assertThat(conflicts.between(List.of(expert), List.of(submitted.applicationId()))).containsExactly(conflict);
        assertThat(declarations.ofExpert(expert, OFFICER)).containsExactly(declared);
        assertThat(declarations.ofCall(callId, OFFICER)).containsExactly(declared);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'expert.conflict-declared' "
                + "and target_id = :id").param("id", String.valueOf(declared.id())).query(Long.class).single())
                .isEqualTo(1);

        ConflictDeclaration withdrawn = declarations.withdraw(declared.id(), "误报", OFFICER);
        assertThat(withdrawn.live()).isFalse();
        assertThat(withdrawn.withdrawalReason()).isEqualTo("误报");
        assertThat(declarations.withdraw(declared.id(), "误报", OFFICER)).isEqualTo(withdrawn);
        assertThat(conflicts.conflicted(expert, submitted.applicationId())).isFalse();
        // declared again after a withdrawal: a new live declaration
        assertThat(declarations.declare(expert, submitted.applicationId(), ConflictKind.FORMER_EMPLOYMENT, null,
                OFFICER).id()).isNotEqualTo(declared.id());
    }

    @Test
    void aDeclarationNeedsADeclaredKindAndForOtherItsWordsChangingNothingOtherwise() {
        Filing.Submitted submitted = filing.submitted(applications, callId, "420100", "智能工厂" + digits());
        long expert = pool.register(employedBy("武汉大学", null, null), OFFICER).id();

        assertThatThrownBy(() -> declarations.declare(expert, submitted.applicationId(), ConflictKind.OTHER, " ",
                OFFICER)).isInstanceOfSatisfying(ExpertRefusedException.class, ex -> assertThat(ex.problems())
                .containsExactly(FieldProblem.missing("text", "expert.conflict.text.required")));
        assertThatThrownBy(() -> declarations.declare(expert, submitted.applicationId(), ConflictKind.EMPLOYER, null,
                OFFICER)).isInstanceOfSatisfying(ExpertRefusedException.class, ex -> assertThat(ex.problems())
                .containsExactly(FieldProblem.invalid("kind", "expert.conflict.kind.automatic")));
        assertThatThrownBy(() -> declarations.declare(expert, submitted.applicationId(), ConflictKind.CONSULTING,
                "x".repeat(1001), OFFICER)).isInstanceOfSatisfying(ExpertRefusedException.class,
                ex -> assertThat(ex.problems()).containsExactly(
                        FieldProblem.invalid("text", "expert.conflict.text.too-long", 1000)));
        assertThat(declarations.ofExpert(expert, OFFICER)).isEmpty();
        assertThat(events.stream(ConflictDeclared.class)).isEmpty();
    }

    @Test
    void anExpertDeclaresOnlyForThemselvesOnlyOnAssignedApplicationsAndOnlyWhileActive() {
        Filing.Submitted assigned = filing.submitted(applications, callId, "420100", "智能产线" + digits());
        Filing.Submitted notAssigned = filing.submitted(applications, callId, "420100", "智能仓储" + digits());
        ExpertDetails me = pool.register(employedBy("湖北大学", null, null), OFFICER);
        ExpertDetails colleague = pool.register(employedBy("湖北大学", null, null), OFFICER);
        String username = filing.account(Role.EXPERT, null, null);
        long accountId = users.findByUsername(username).orElseThrow().id();
        pool.linkAccount(me.id(), accountId, OFFICER);
        assignments.assign(assigned.applicationId(), accountId, "officer-x");
        CurrentUser self = Pool.user(accountId, username, Role.EXPERT);

        ConflictDeclaration mine = declarations.declare(me.id(), assigned.applicationId(), ConflictKind.RELATIVE,
                "配偶在该企业任职", self);
        assertThat(mine.declaredBy()).isEqualTo(username);
        assertThat(events.stream(ConflictDeclared.class)).singleElement()
                .satisfies(e -> assertThat(e.accountId()).isEqualTo(accountId));
        assertThat(declarations.ofExpert(me.id(), self)).containsExactly(mine);

        assertThatThrownBy(() -> declarations.declare(me.id(), notAssigned.applicationId(), ConflictKind.RELATIVE,
                null, self)).isInstanceOfSatisfying(ExpertRefusedException.class,
                ex -> assertThat(ex.code()).isEqualTo("expert.conflict.application-not-found"));
        assertThatThrownBy(() -> declarations.declare(colleague.id(), assigned.applicationId(),
                ConflictKind.RELATIVE, null, self)).isInstanceOfSatisfying(ExpertRefusedException.class,
                ex -> assertThat(ex.isNotFound()).isTrue());
        assertThat(declarations.ofExpert(colleague.id(), self)).isEmpty();
        assertThatThrownBy(() -> declarations.withdraw(mine.id(), "撤回", self))
                .isInstanceOf(ExpertRefusedException.class);

        pool.deactivate(me.id(), "任期届满", OFFICER);
        assertThatThrownBy(() -> declarations.declare(me.id(), assigned.applicationId(), ConflictKind.CONSULTING,
                null, self)).isInstanceOfSatisfying(ExpertRefusedException.class,
                ex -> assertThat(ex.code()).isEqualTo("expert.conflict.inactive"));
        // the office still records on the inactive expert's word
        assertThat(declarations.declare(me.id(), assigned.applicationId(), ConflictKind.CONSULTING, null, OFFICER)
                .live()).isTrue();

        for (CurrentUser outsider : List.of(APPLICANT, RECOMMENDER)) {
            assertThatThrownBy(() -> declarations.declare(me.id(), assigned.applicationId(), ConflictKind.OTHER,
                    "x", outsider)).as(outsider.username()).isInstanceOfSatisfying(ExpertRefusedException.class,
                    ex -> assertThat(ex.isNotFound()).isTrue());
            assertThat(declarations.ofExpert(me.id(), outsider)).isEmpty();
            assertThat(declarations.ofCall(callId, outsider)).isEmpty();
        }
    }

    @Test
    void manyPairsAreComputedInOnePassWithTheSameAnswersAsOneByOne() {
        String n = digits();
        List<Long> applicationIds = new ArrayList<>();
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Applicant a = applicant("荆楚" + n + "制造" + i + "有限公司", i % 2 == 0 ? "420500" : "420100");
            applicants.add(a);
            applicationIds.add(a.applicationId());
        }
        List<Long> expertIds = new ArrayList<>();
        expertIds.add(pool.register(employedBy("荆楚" + n + "制造3有限公司", null, null), OFFICER).id());
        expertIds.add(pool.register(employedBy("别名", applicants.get(7).enterprise().creditCode(), null), OFFICER)
                .id());
        expertIds.add(pool.register(employedBy("宜昌市 经济和信息化局", null, null), OFFICER).id());
        expertIds.add(pool.register(employedBy("荆楚" + n + "大学", null, null), OFFICER).id());

        List<Conflict> all = conflicts.between(expertIds, applicationIds);

        List<Conflict> oneByOne = new ArrayList<>();
        for (long e : expertIds) {
            for (long a : applicationIds) {
                oneByOne.addAll(conflicts.between(List.of(e), List.of(a)));
            }
        }
        assertThat(all).isEqualTo(oneByOne);
        assertThat(all.stream().filter(c -> c.expertId() == expertIds.get(0))).containsExactly(
                new Conflict(expertIds.get(0), applicants.get(3).applicationId(), ConflictKind.EMPLOYER,
                        "荆楚" + n + "制造3有限公司"));
        assertThat(all.stream().filter(c -> c.expertId() == expertIds.get(1))).containsExactly(
                new Conflict(expertIds.get(1), applicants.get(7).applicationId(), ConflictKind.EMPLOYER,
                        applicants.get(7).enterprise().creditCode()));
        assertThat(all.stream().filter(c -> c.expertId() == expertIds.get(2))).hasSize(13)
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo(ConflictKind.RECOMMENDING_DIVISION));
        assertThat(all.stream().filter(c -> c.expertId() == expertIds.get(3))).isEmpty();
        assertThat(conflicts.between(List.of(), applicationIds)).isEmpty();
        assertThat(conflicts.between(expertIds, List.of(-1L))).isEmpty();
    }
}
