package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.expert.Pool.APPLICANT;
import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER_AND_ADMIN;
import static cn.gov.hubei.jxt.pilot.expert.Pool.RECOMMENDER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.SYSTEM_ADMIN;
import static cn.gov.hubei.jxt.pilot.expert.Pool.expert;
import static cn.gov.hubei.jxt.pilot.expert.Pool.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's writes to the pool on the real database: registering, changing, deactivating and activating with
 * history and audit; rules refused with field problems changing nothing; stale versions and double clicks; nobody
 * but the office writes; contact details for the office only.
 */
@IntegrationTest
class ExpertPoolTest {

    static final LocalDateTime NOW = LocalDateTime.of(2031, 5, 6, 9, 30);

    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired CompanyGroups groups;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void now() {
        clock.set(NOW);
    }

    @Test
    void registeringStoresTheRecordItsFieldsAHistoryRowAndAnAuditEntry() {
        String name = uniqueName("王");
        ExpertDetails saved = pool.register(new NewExpert(" " + name + " ", "华中科技大学", null, null, "教授",
                Set.of("DISCRETE", "NETWORKED"), Set.of("AUTOMOTIVE", "HIGH_END_EQUIPMENT"), "420100",
                "13912345678", "wang@hust.edu.cn"), OFFICER);

        Expert e = saved.expert();
        assertThat(e.name()).isEqualTo(name);
        assertThat(e.employerName()).isEqualTo("华中科技大学");
        assertThat(e.employerCreditCode()).isNull();
        assertThat(e.employerGroup()).isNull();
        assertThat(e.title()).isEqualTo("教授");
        assertThat(e.modeCodes()).containsExactlyInAnyOrder("DISCRETE", "NETWORKED");
        assertThat(e.industryCodes()).containsExactlyInAnyOrder("AUTOMOTIVE", "HIGH_END_EQUIPMENT");
        assertThat(e.divisionCode()).isEqualTo("420100");
        assertThat(e.active()).isTrue();
        assertThat(e.accountId()).isNull();
        assertThat(saved.phone()).isEqualTo("13912345678");
        assertThat(saved.email()).isEqualTo("wang@hust.edu.cn");
        assertThat(saved.version()).isZero();
        assertThat(saved.createdAt()).isEqualTo(NOW.atZone(MutableClock.SHANGHAI).toInstant());

        assertThat(experts.find(e.id())).contains(e);
        assertThat(experts.active()).contains(e);
        assertThat(experts.all(List.of(e.id(), -5L))).containsExactly(e);

        List<ExpertChange> history = pool.history(e.id(), OFFICER);
        assertThat(history).extracting(ExpertChange::kind).containsExactly(ExpertChange.Kind.REGISTERED);
        assertThat(history.get(0).actor()).isEqualTo("officer-x");
        assertThat(history.get(0).record()).contains("\"name\": \"" + name + "\"").contains("13912345678");
        assertThat(auditCount("expert.registered", e.id())).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleIsAFieldProblemAndNothingIsStored() {
        long before = count();
        NewExpert broken = new NewExpert(" ", null, "91420100MA4KX1234X", "没有这个集团", "x".repeat(101),
                Set.of("FLYING"), Set.of("SPACE"), "420400", "abc", "not-an-address");

        assertThatThrownBy(() -> pool.register(broken, OFFICER))
                .isInstanceOfSatisfying(ExpertRefusedException.class, ex -> assertThat(ex.problems()).containsExactly(
                        FieldProblem.missing("name", "expert.name.required"),
                        FieldProblem.missing("employerName", "expert.employerName.required"),
                        FieldProblem.invalid("title", "expert.title.too-long", 100),
                        FieldProblem.invalid("employerCreditCode", "expert.employerCreditCode.invalid",
                                "91420100MA4KX1234X"),
                        FieldProblem.invalid("employerGroup", "expert.employerGroup.unknown", "没有这个集团"),
                        FieldProblem.invalid("modeCodes", "expert.modeCodes.unknown", "FLYING"),
                        FieldProblem.invalid("industryCodes", "expert.industryCodes.unknown", "SPACE"),
                        FieldProblem.invalid("divisionCode", "expert.divisionCode.unknown", "420400"),
                        FieldProblem.invalid("phone", "expert.phone.invalid"),
                        FieldProblem.invalid("email", "expert.email.invalid")));
        assertThatThrownBy(() -> pool.register(new NewExpert("张三", "某大学", null, null, "教授", Set.of(), Set.of(),
                null, null, null), OFFICER))
                .isInstanceOfSatisfying(ExpertRefusedException.class, ex -> assertThat(ex.problems())
                        .containsExactly(FieldProblem.missing("modeCodes", "expert.modeCodes.required")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theSameNameAtTheSameEmployerNormalisedIsADuplicate() {
        String name = uniqueName("李");
        pool.register(expert(name, "湖北三环锻造有限公司"), OFFICER);

        assertThatThrownBy(() -> pool.register(expert(name, "湖北 三环锻造（股份）有限责任公司"), OFFICER))
                .isInstanceOfSatisfying(ExpertRefusedException.class, ex -> assertThat(ex.problems())
                        .containsExactly(FieldProblem.invalid("name", "expert.duplicate", name,
                                "湖北 三环锻造（股份）有限责任公司")));
        // another person at the same employer is not
        assertThat(pool.register(expert(name + "甲", "湖北三环锻造有限公司"), OFFICER).expert().active()).isTrue();
    }

    @Test
    void anUpdateNamesTheVersionItChangesAndKeepsTheHistory() {
        ExpertDetails saved = pool.register(expert(uniqueName("赵"), "武汉理工大学"), OFFICER);
        CompanyGroup group = groups.create(uniqueName("东风集团"), OFFICER);
        NewExpert changed = new NewExpert(saved.expert().name(), "东风汽车集团有限公司", "９１４２０１００ma4kx1234x",
                group.name(), "高级工程师", Set.of("REMOTE_OM"), Set.of(), "420500", null, null);

        assertThatThrownBy(() -> pool.update(saved.id(), saved.version(), changed, OFFICER))
                .isInstanceOf(ExpertRefusedException.class); // the credit code's check characters fail
        NewExpert valid = new NewExpert(saved.expert().name(), "东风汽车集团有限公司", null, group.name(), "高级工程师",
                Set.of("REMOTE_OM"), Set.of(), "420500", null, null);
        ExpertDetails updated = pool.update(saved.id(), saved.version(), valid, OFFICER);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.expert().employerName()).isEqualTo("东风汽车集团有限公司");
        assertThat(updated.expert().employerGroup()).isEqualTo(group.name());
        assertThat(updated.expert().modeCodes()).containsExactly("REMOTE_OM");
        assertThat(updated.expert().industryCodes()).isEmpty();
        assertThat(updated.expert().divisionCode()).isEqualTo("420500");
        assertThat(updated.phone()).isNull();

        assertThatThrownBy(() -> pool.update(saved.id(), saved.version(), valid, OFFICER))
                .isInstanceOfSatisfying(ExpertRefusedException.class,
                        ex -> assertThat(ex.code()).isEqualTo("expert.changed-meanwhile"));
        assertThat(pool.history(saved.id(), OFFICER)).extracting(ExpertChange::kind)
                .containsExactly(ExpertChange.Kind.REGISTERED, ExpertChange.Kind.UPDATED);
        assertThat(auditCount("expert.updated", saved.id())).isEqualTo(1);
    }

    @Test
    void deactivatingAndActivatingNeedAReasonAndADoubleClickChangesNothing() {
        ExpertDetails saved = pool.register(expert(uniqueName("钱"), "武汉大学"), OFFICER);

        assertThatThrownBy(() -> pool.deactivate(saved.id(), "  ", OFFICER))
                .isInstanceOfSatisfying(ExpertRefusedException.class, ex -> assertThat(ex.problems())
                        .containsExactly(FieldProblem.missing("reason", "expert.reason.required")));
        ExpertDetails inactive = pool.deactivate(saved.id(), "本人申请退出专家库", OFFICER);
        ExpertDetails again = pool.deactivate(saved.id(), "本人申请退出专家库", OFFICER);

        assertThat(inactive.status()).isEqualTo(ExpertStatus.INACTIVE);
        assertThat(again).isEqualTo(inactive);
        assertThat(experts.active()).extracting(Expert::id).doesNotContain(saved.id());
        assertThat(experts.find(saved.id()).orElseThrow().active()).isFalse();

        ExpertDetails active = pool.activate(saved.id(), "重新入库", OFFICER);
        assertThat(active.status()).isEqualTo(ExpertStatus.ACTIVE);
        assertThat(experts.active()).extracting(Expert::id).contains(saved.id());
        List<ExpertChange> history = pool.history(saved.id(), OFFICER);
        assertThat(history).extracting(ExpertChange::kind).containsExactly(ExpertChange.Kind.REGISTERED,
                ExpertChange.Kind.DEACTIVATED, ExpertChange.Kind.ACTIVATED);
        assertThat(history).extracting(ExpertChange::reason).containsExactly(null, "本人申请退出专家库", "重新入库");
        assertThat(auditCount("expert.deactivated", saved.id())).isEqualTo(1);
        assertThat(auditCount("expert.activated", saved.id())).isEqualTo(1);
    }

    @Test
    void nobodyButTheOfficeWritesOrReadsThePool() {
        ExpertDetails saved = pool.register(expert(uniqueName("孙"), "湖北工业大学"), OFFICER);
        CurrentUser expertPerson = Pool.user(99_999, "expert-x", Role.EXPERT);
        for (CurrentUser outsider : List.of(APPLICANT, RECOMMENDER, SYSTEM_ADMIN, OFFICER_AND_ADMIN, expertPerson)) {
            assertThatThrownBy(() -> pool.register(expert(uniqueName("周"), "某大学"), outsider))
                    .as(outsider.username()).isInstanceOf(ExpertRefusedException.class);
            assertThatThrownBy(() -> pool.deactivate(saved.id(), "理由", outsider))
                    .as(outsider.username()).isInstanceOf(ExpertRefusedException.class);
            assertThatThrownBy(() -> pool.update(saved.id(), 0, expert(uniqueName("周"), "某大学"), outsider))
                    .as(outsider.username()).isInstanceOf(ExpertRefusedException.class);
            assertThat(pool.details(saved.id(), outsider)).as(outsider.username()).isEmpty();
            assertThat(pool.history(saved.id(), outsider)).as(outsider.username()).isEmpty();
        }
        assertThat(pool.details(saved.id(), OFFICER).orElseThrow().phone()).isEqualTo("027-87654321");
        assertThat(pool.details(saved.id(), OFFICER).orElseThrow().expert().active()).isTrue();
    }

    @Test
    void anExpertWithAnAccountSeesTheirOwnRecordWithoutTheContactDetails() {
        ExpertDetails saved = pool.register(expert(uniqueName("吴"), "三峡大学"), OFFICER);
        String username = "expert-pool-" + saved.id();
        long accountId = users.create(new NewAccount(username, "吴专家", null, null, Set.of(Role.EXPERT), null, null),
                "Expert#2031x", false).id();

        ExpertDetails linked = pool.linkAccount(saved.id(), accountId, OFFICER);
        assertThat(pool.linkAccount(saved.id(), accountId, OFFICER)).isEqualTo(linked);

        assertThat(linked.expert().accountId()).isEqualTo(accountId);
        assertThat(linked.accountUsername()).isEqualTo(username);
        assertThat(experts.byAccount(accountId)).contains(linked.expert());
        CurrentUser self = Pool.user(accountId, username, Role.EXPERT);
        ExpertDetails own = pool.details(saved.id(), self).orElseThrow();
        assertThat(own.phone()).isNull();
        assertThat(own.email()).isNull();
        assertThat(own.expert()).isEqualTo(linked.expert());
        assertThat(pool.history(saved.id(), OFFICER)).extracting(ExpertChange::kind)
                .containsExactly(ExpertChange.Kind.REGISTERED, ExpertChange.Kind.ACCOUNT);

        ExpertDetails other = pool.register(expert(uniqueName("郑"), "三峡大学"), OFFICER);
        assertThatThrownBy(() -> pool.linkAccount(other.id(), accountId, OFFICER))
                .isInstanceOfSatisfying(ExpertRefusedException.class,
                        ex -> assertThat(ex.code()).isEqualTo("expert.account.taken"));
    }

    private long count() {
        return jdbc.sql("select count(*) from expert").query(Long.class).single();
    }

    private long auditCount(String action, long expertId) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and target_id = :id")
                .param("action", action).param("id", String.valueOf(expertId)).query(Long.class).single();
    }
}
