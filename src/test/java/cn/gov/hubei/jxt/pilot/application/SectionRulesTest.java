package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The section rules, judged through the service against a real application and the 2020 reference data. */
@ApplicationIntegrationTest
class SectionRulesTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired MessageSource messages;

    long id;
    ApplicationScope scope;
    String applicant;

    @BeforeEach
    void anApplication() {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        var call = filing.openCall(null);
        Enterprise enterprise = filing.enterprise("420500");
        applicant = filing.applicantOf(enterprise);
        id = applications.create(call.id(), enterprise.id(), applicant).id();
        scope = ApplicationScope.enterprise(enterprise.id());
    }

    @Test
    void theSummaryCountsCharactersAsPeopleDoCjkAndEmojiAsOne() {
        String cjk400 = "智".repeat(400);
        String emoji400 = "😀".repeat(400);
        assertThat(emoji400.length()).isEqualTo(800);
        assertThat(problemsOf(basicWithSummary(cjk400))).isEmpty();
        assertThat(problemsOf(basicWithSummary(emoji400))).isEmpty();
        assertThat(problemsOf(basicWithSummary(cjk400 + "😀"))).containsExactly("summary: 不能超过400字（现为401字）。");
        // a browser posts line breaks as CRLF; a person sees one character
        assertThat(problemsOf(basicWithSummary("智".repeat(399) + "\r\n"))).isEmpty();
        assertThat(problemsOf(basicWithSummary("智".repeat(200) + "\r\n" + "智".repeat(199)))).isEmpty();
    }

    @Test
    void datesInvestmentAndDivisionAreChecked() {
        var basic = new SectionContent.BasicInfo(List.of("DISCRETE", "OTHER"), null, List.of("AI", "QUANTUM"), "项目",
                "420400", "地址", "2031-13-01", "2031-01-01", "12.345", "简述");
        assertThat(problemsOf(basic)).containsExactly(
                "otherMode: 选择“其他”时，请填写模式名称。",
                "technologies: “QUANTUM”不是新技术。",
                "divisionCode: 项目地址须在湖北省内。",
                "startDate: 请按“年-月-日”填写日期，例如2020-06-30。",
                "investment: 最多保留2位小数。");
        var reversed = Filing.basic("项目").normalised();
        reversed = new SectionContent.BasicInfo(reversed.modes(), null, reversed.technologies(), "项目", "420100",
                "地址", "2031-06-01", "2031-05-31", "-1", "简述");
        assertThat(problemsOf(reversed)).containsExactly("endDate: 结束日期不能早于开始日期。", "investment: 不能为负数。");
        assertThat(applications.check(id, scope, SectionKey.BASIC, Filing.basic("项目")).state())
                .isEqualTo(SectionState.COMPLETE);
    }

    @Test
    void theNcRateIsCheckedAgainstTheThresholdAndAnUnmetConditionIsFlaggedNotBlocking() {
        save(SectionKey.BASIC, Filing.basic("项目"));
        SectionCheck at70 = applications.check(id, scope, SectionKey.SELF_ASSESSMENT, Filing.selfAssessment("70"));
        assertThat(at70.state()).isEqualTo(SectionState.COMPLETE);
        assertThat(at70.flags()).extracting(f -> text(f))
                .containsExactly("制造装备数控化率 70%未达到要求（制造装备数控化率应超过70%）：离散型智能制造第3项要素条件。");
        SectionCheck at70point1 = applications.check(id, scope, SectionKey.SELF_ASSESSMENT,
                Filing.selfAssessment("70.1"));
        assertThat(at70point1.flags()).isEmpty();
        SectionCheck outOfRange = applications.check(id, scope, SectionKey.SELF_ASSESSMENT,
                Filing.selfAssessment("101"));
        assertThat(outOfRange.state()).isEqualTo(SectionState.PROBLEM);
        assertThat(outOfRange.problems()).extracting(p -> p.field() + ": " + text(p))
                .containsExactly("items[DISCRETE-3].figure: 不能超过100。");
    }

    @Test
    void processThresholdsNeedNinetyPercentOrMore() {
        save(SectionKey.BASIC, new SectionContent.BasicInfo(List.of("PROCESS"), null, List.of(), "项目", "420500",
                "地址", "2030-01-01", "2031-01-01", "10", "简述"));
        List<SectionContent.Assessment> items = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            items.add(new SectionContent.Assessment("PROCESS", i, i == 5 ? "NOT_MET" : "MET", "说明", null,
                    i == 2 ? "90" : i == 3 ? "89.9" : null));
        }
        SectionCheck check = applications.check(id, scope, SectionKey.SELF_ASSESSMENT,
                new SectionContent.SelfAssessment(items));
        assertThat(check.state()).isEqualTo(SectionState.COMPLETE);
        assertThat(check.flags()).extracting(this::text).containsExactly(
                "工厂自控投用率 89.9%未达到要求（工厂自控投用率应达到90%以上）：流程型智能制造第3项要素条件。",
                "流程型智能制造第5项要素条件自评为不满足。");
    }

    @Test
    void implementationAsksForEveryContentItemOfEveryChosenModeAndTechnology() {
        save(SectionKey.BASIC, new SectionContent.BasicInfo(List.of("DISCRETE", "REMOTE_OM"), null,
                List.of("INDUSTRIAL_INTERNET", "FIVE_G"), "项目", "420500", "地址", "2030-01-01", "2031-01-01", "10",
                "简述"));
        SectionCheck empty = applications.check(id, scope, SectionKey.IMPLEMENTATION,
                new SectionContent.Implementation(List.of(new SectionContent.Part("DISCRETE", 1, "已写", List.of()))));
        // 7 + 5 + 5 (工业互联网); 5G has no content items in 2020; one is written
        assertThat(empty.problems()).hasSize(16);
        assertThat(empty.state()).isEqualTo(SectionState.IN_PROGRESS);
        assertThat(text(empty.problems().get(0))).isEqualTo("请填写“离散型智能制造”第2项“先进设计技术应用和产品数据管理系统（PDM）建设情况”的实施现状。");
    }

    @Test
    void planNeedsEveryIndicatorWithANonZeroValueBefore() {
        SectionContent.Plan plan = Filing.plan();
        assertThat(applications.check(id, scope, SectionKey.PLAN, plan).state()).isEqualTo(SectionState.COMPLETE);
        var targets = new java.util.ArrayList<>(plan.targets());
        targets.set(3, new SectionContent.Target("DEFECT_RATE", "%", "0", "1"));
        targets.remove(4);
        SectionCheck check = applications.check(id, scope, SectionKey.PLAN,
                new SectionContent.Plan(plan.milestones(), targets, plan.growth()));
        assertThat(check.problems()).extracting(p -> p.field() + ": " + text(p)).containsExactly(
                "targets[DEFECT_RATE].before: 实施前的数值不能为0，否则无法计算变化率。",
                "targets[ENERGY_UTILISATION].unit: 请填写单位。",
                "targets[ENERGY_UTILISATION].before: 请填写实施前的数值。",
                "targets[ENERGY_UTILISATION].after: 请填写实施后的数值。");
    }

    @Test
    void theStrictSaveRefusesBrokenValuesButAcceptsMissingOnes() {
        assertThatThrownBy(() -> applications.saveSection(id, scope, SectionKey.BASIC, 0,
                basicWithSummary("智".repeat(401)), true, applicant))
                .isInstanceOfSatisfying(SectionRejectedException.class, e -> assertThat(e.problems())
                        .extracting(cn.gov.hubei.jxt.pilot.shared.FieldProblem::field).containsExactly("summary"));
        SavedSection saved = applications.saveSection(id, scope, SectionKey.BASIC, 0,
                new SectionContent.BasicInfo(List.of(), null, List.of(), "只写了名称", null, null, null, null, null, null),
                true, applicant);
        assertThat(saved.version()).isEqualTo(1);
    }

    private SectionContent.BasicInfo basicWithSummary(String summary) {
        var b = Filing.basic("项目");
        return new SectionContent.BasicInfo(b.modes(), b.otherMode(), b.technologies(), b.projectName(),
                b.divisionCode(), b.address(), b.startDate(), b.endDate(), b.investment(), summary);
    }

    private List<String> problemsOf(SectionContent.BasicInfo basic) {
        return applications.check(id, scope, SectionKey.BASIC, basic).problems().stream()
                .map(p -> p.field() + ": " + text(p)).toList();
    }

    private void save(SectionKey key, SectionContent content) {
        Filing.save(applications, id, scope, key, content, applicant);
    }

    private String text(org.springframework.context.MessageSourceResolvable r) {
        return messages.getMessage(r, Locale.SIMPLIFIED_CHINESE);
    }
}
