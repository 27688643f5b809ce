package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo pool as a plain start loads it: 30 experts (phones 139071000xx), expert1..3 linked to 李华, 王强 and 赵敏,
 * six without an account, 韩冰 inactive, every mode covered, and automatic conflicts with the demo applications.
 */
@IntegrationTest
class DemoExpertsTest {

    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired ConflictsOfInterest conflicts;
    @Autowired ProjectApplications applications;
    @Autowired UserAdministration users;

    List<ExpertDetails> demo() {
        return pool.list(ExpertFilter.all(), OFFICER).stream()
                .filter(d -> d.phone() != null && d.phone().startsWith("139071000")).toList();
    }

    @Test
    void thePoolHasThirtyExpertsWithTheDemoAccountsLinkedAndOneInactive() {
        List<ExpertDetails> demo = demo();
        assertThat(demo).hasSize(30);
        assertThat(demo.stream().filter(d -> !d.expert().active()).map(d -> d.expert().name())).containsExactly("韩冰");
        // expert1..3 and six accounts of their own at least (the office may have opened more since)
        assertThat(demo.stream().filter(d -> d.accountUsername() != null)).hasSizeGreaterThanOrEqualTo(9);
        assertThat(demo.stream().flatMap(d -> d.expert().modeCodes().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("DISCRETE", "PROCESS", "NETWORKED", "CUSTOMIZATION", "REMOTE_OM");
        Map<String, String> linked = Map.of("expert1", "李华", "expert2", "王强", "expert3", "赵敏");
        linked.forEach((username, name) -> assertThat(experts.byAccount(users.findByUsername(username).orElseThrow()
                .id()).orElseThrow().name()).isEqualTo(name));
    }

    @Test
    void automaticConflictsAppearWithTheDemoApplications() {
        List<ApplicationSummary> all = applications.list(ApplicationQuery.in(ApplicationScope.ALL));
        Map<String, Long> byEnterprise = all.stream().collect(Collectors.toMap(ApplicationSummary::enterpriseName,
                ApplicationSummary::id, (a, b) -> a));
        Map<String, Long> byName = demo().stream().collect(Collectors.toMap(d -> d.expert().name(), ExpertDetails::id));
        long gears = byEnterprise.get("武汉江夏精密齿轮有限公司");
        long parts = byEnterprise.get("宜昌三峡汽车零部件有限公司");

        Set<ConflictKind> chen = kinds(conflicts.between(List.of(byName.get("陈志远")), List.of(gears)));
        Set<ConflictKind> liu = kinds(conflicts.between(List.of(byName.get("刘建国")), List.of(parts)));
        Set<ConflictKind> zhou = kinds(conflicts.between(List.of(byName.get("周晓峰")), List.of(parts)));
        Set<ConflictKind> wu = kinds(conflicts.between(List.of(byName.get("吴红梅")), List.of(parts)));
        assertThat(chen).containsExactly(ConflictKind.EMPLOYER);
        assertThat(liu).containsExactly(ConflictKind.EMPLOYER);
        assertThat(zhou).containsExactly(ConflictKind.SAME_GROUP);
        assertThat(wu).containsExactly(ConflictKind.RECOMMENDING_DIVISION);
        assertThat(conflicts.conflicted(byName.get("李华"), parts)).isFalse();
    }

    private static Set<ConflictKind> kinds(List<Conflict> found) {
        return found.stream().map(Conflict::kind).collect(Collectors.toSet());
    }
}
