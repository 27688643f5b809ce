package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's designated projects as the real stages produced them: the demo's year 2025 (call, recommendation,
 * formal review, review, 公示 with an objection, publication 鄂经信装备〔2025〕87号 — {@code DemoYear2025}), loaded in
 * every test database. Year, division, mode, industry and text filters, their combination, the list page and a
 * project's page give exactly these projects.
 */
@IntegrationTest
class PortalDesignatedProjectsTest {

    static final String WUHAN = "420100";
    static final String YICHANG = "420500";
    /** The five projects of 2025 by their division (docs/demo.md). */
    static final Map<String, List<String>> OF_2025 = Map.of(
            WUHAN, List.of("新能源汽车电机控制器柔性装配数字化车间", "精密齿轮热处理智能生产线"),
            YICHANG, List.of("汽车转向器壳体加工数字化车间", "驱动电机定转子冲压智能生产线", "铝合金压铸智能工厂（一期）"));

    @Autowired PublicProjects projects;
    @Autowired Designations designations;
    @Autowired ProjectApplications applications;
    @Autowired TypicalScenarios scenarios;
    @Autowired MockMvc mvc;

    List<DesignatedProject> designated;
    /** The key industries as they were before the test (restored after it). */
    Map<Long, String> industries = new java.util.HashMap<>();

    @BeforeEach
    void the2025Designations() {
        designated = designations.all().stream().filter(d -> d.year() == 2025).toList();
        assertThat(designated).extracting(DesignatedProject::projectName).containsExactlyInAnyOrderElementsOf(
                OF_2025.values().stream().flatMap(List::stream).toList());
        projects.search(filter(2025, null, null, null, null)).projects()
                .forEach(p -> industries.put(p.applicationId(), p.industryCode()));
    }

    @AfterEach
    void industriesAsTheyWere() {
        industries.forEach((application, industry) -> scenarios.assignIndustry(application, industry,
                PortalFixtures.officer()));
    }

    static PublicProjects.Filter filter(Integer year, String division, String mode, String industry, String text) {
        return new PublicProjects.Filter(year, division, mode, industry, text, 0);
    }

    List<String> names(PublicProjects.Filter filter) {
        PublicProjects.Page page = projects.search(filter);
        assertThat(page.total()).isEqualTo(page.projects().size());
        return page.projects().stream().map(PublicProjects.ProjectCard::projectName).toList();
    }

    @Test
    void theYearAndTheDivisionFindExactlyTheDesignatedProjects() {
        assertThat(names(filter(2025, null, null, null, null)))
                .containsExactlyInAnyOrderElementsOf(designated.stream().map(DesignatedProject::projectName).toList());
        assertThat(projects.years()).contains(2025);
        // newest year first, then division and name: 武汉 (420100) before 宜昌 (420500)
        assertThat(names(filter(2025, WUHAN, null, null, null))).containsExactly(
                "新能源汽车电机控制器柔性装配数字化车间", "精密齿轮热处理智能生产线");
        assertThat(names(filter(2025, YICHANG, null, null, null))).containsExactlyInAnyOrderElementsOf(OF_2025.get(YICHANG));
        assertThat(names(filter(2025, "420600", null, null, null))).isEmpty();
        assertThat(projects.search(filter(2025, null, null, null, null)).projects())
                .allSatisfy(p -> {
                    assertThat(p.documentNumber()).isEqualTo("鄂经信装备〔2025〕87号");
                    assertThat(p.validFrom()).isEqualTo(LocalDate.of(2025, 10, 20));
                    assertThat(p.validUntil()).isEqualTo(LocalDate.of(2028, 10, 19));
                });
    }

    @Test
    void theModeIsTheOneTheFrozenVersionDeclares() {
        Map<String, List<String>> byMode = designated.stream()
                .flatMap(d -> modes(d).stream().map(m -> Map.entry(m, d.projectName())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(byMode).isNotEmpty();
        byMode.forEach((mode, expected) -> assertThat(names(filter(2025, null, mode, null, null))).as(mode)
                .containsExactlyInAnyOrderElementsOf(expected));
        assertThat(names(filter(2025, null, "REMOTE_OM", null, null)))
                .containsExactlyInAnyOrderElementsOf(byMode.getOrDefault("REMOTE_OM", List.of()));
    }

    @Test
    void theIndustryTheOfficeSetsAndTheTextFindExactlyTheirProjects() {
        DesignatedProject gears = designated.stream()
                .filter(d -> d.projectName().equals("精密齿轮热处理智能生产线")).findFirst().orElseThrow();
        designated.forEach(d -> scenarios.assignIndustry(d.applicationId(), null, PortalFixtures.officer()));
        assertThat(names(filter(2025, null, null, "AUTOMOTIVE", null))).isEmpty();
        scenarios.assignIndustry(gears.applicationId(), "AUTOMOTIVE", PortalFixtures.officer());
        assertThat(names(filter(2025, null, null, "AUTOMOTIVE", null))).containsExactly("精密齿轮热处理智能生产线");
        assertThat(names(filter(2025, null, null, "HIGH_END_EQUIPMENT", null))).isEmpty();

        assertThat(names(filter(2025, null, null, null, "齿轮"))).containsExactly("精密齿轮热处理智能生产线");
        // "汽车" is in a project of each division; with 宜昌 only its own
        assertThat(names(filter(2025, null, null, null, "汽车"))).containsExactlyInAnyOrder(
                "新能源汽车电机控制器柔性装配数字化车间", "汽车转向器壳体加工数字化车间");
        assertThat(names(filter(2025, YICHANG, null, null, "汽车"))).containsExactly("汽车转向器壳体加工数字化车间");
        // the enterprise's name is searched too
        String enterprise = gears.enterpriseName();
        assertThat(names(filter(2025, null, null, null, enterprise))).contains("精密齿轮热处理智能生产线");
        assertThat(names(filter(2025, null, null, null, "没有这样的项目"))).isEmpty();
    }

    @Test
    void theListPageAndAProjectsPageShowThem() throws Exception {
        String list = mvc.perform(get("/public/projects").param("year", "2025").param("division", YICHANG))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("共 3 条");
        OF_2025.get(YICHANG).forEach(name -> assertThat(list).contains(name));
        OF_2025.get(WUHAN).forEach(name -> assertThat(list).doesNotContain(name));

        DesignatedProject first = designated.get(0);
        PublicProjects.ProjectPage page = projects.find(first.id()).orElseThrow();
        assertThat(page.project().projectName()).isEqualTo(first.projectName());
        assertThat(page.project().enterpriseName()).isEqualTo(first.enterpriseName());
        SectionContent.Plan plan = version(first).snapshot().sections().plan().normalised();
        assertThat(page.indicators()).hasSize(5).allSatisfy(line -> {
            var target = plan.target(line.code());
            assertThat(line.before()).isEqualTo(target.map(SectionContent.Target::before).orElse(null));
            assertThat(line.after()).isEqualTo(target.map(SectionContent.Target::after).orElse(null));
        });
        String html = mvc.perform(get("/public/projects/" + first.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains(first.projectName()).contains("鄂经信装备〔2025〕87号");
        mvc.perform(get("/public/projects/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
    }

    private FrozenVersion version(DesignatedProject d) {
        ApplicationSummary a = applications.find(d.applicationId(), ApplicationScope.PROVINCE).orElseThrow();
        return applications.version(a.id(), a.lastVersionNo(), ApplicationScope.PROVINCE).orElseThrow();
    }

    private List<String> modes(DesignatedProject d) {
        return version(d).snapshot().sections().basic().normalised().modes();
    }
}
