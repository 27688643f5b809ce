package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsData.App;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsData.Step;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsData.Target;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every chart's exact aggregates on a small hand-made data set (two calls, ten applications at every step of the
 * funnel in 宜昌 and 武汉, enterprises registered before and after the close, indicators in every band, a revoked
 * designation), the recommender's scope (a division asked for in the address is ignored), the .xlsx export's header
 * and a row, and who may see the analytics. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class AnalyticsDashboardsTest {

    static final String YICHANG = "420500";
    static final String WUHAN = "420100";

    @Autowired Dashboards dashboards;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    long callA;
    long callB;
    /** Enterprises other tests left registered, in 宜昌 and 武汉, by the sample call's close (2021-04-30 17:00). */
    long yichangBefore;
    long wuhanBefore;

    static final CurrentUser OFFICER = new CurrentUser(901, "officer-a", "officer-a", Set.of(Role.OFFICER), null, null,
            false);
    static final CurrentUser RECOMMENDER = new CurrentUser(902, "yichang-a", "yichang-a", Set.of(Role.RECOMMENDER),
            null, YICHANG, false);

    @BeforeEach
    void data() {
        yichangBefore = registeredBy(YICHANG, LocalDateTime.of(2021, 4, 30, 17, 0));
        wuhanBefore = registeredBy(WUHAN, LocalDateTime.of(2021, 4, 30, 17, 0));
        AnalyticsData data = new AnalyticsData(jdbc, json);
        callA = data.call(2021, LocalDate.of(2021, 4, 30));
        data.applications(callA, 2021, List.of(
                App.of(YICHANG, Step.DRAFT),
                App.of(YICHANG, Step.SUBMITTED).technologies("AI").targets(
                        new Target("OPERATING_COST", "万元", "100", "80"),
                        new Target("PRODUCTION_EFFICIENCY", "件/小时", "50", "60")),
                App.of(YICHANG, Step.WITHDRAWN).targets(new Target("OPERATING_COST", "万元", "100", "0")),
                App.of(YICHANG, Step.RECOMMENDED).modes("PROCESS").targets(
                        new Target("OPERATING_COST", "万元", "200", "190")),
                App.of(YICHANG, Step.FORMAL_PASSED).modes("DISCRETE", "REMOTE_OM").technologies("AI", "FIVE_G"),
                App.of(YICHANG, Step.DESIGNATED).technologies("INDUSTRIAL_INTERNET").industry("AUTOMOTIVE")
                        .targets(new Target("OPERATING_COST", "万元", "100", "40")),
                App.of(WUHAN, Step.REVIEWED).modes("NETWORKED"),
                App.of(WUHAN, Step.PUBLICISED).modes("NETWORKED"),
                App.of(WUHAN, Step.DESIGNATED).withRevocation().targets(
                        new Target("OPERATING_COST", "万元", "50", "约四十"),
                        new Target("DEFECT_RATE", "%", "2", "3")),
                App.of(WUHAN, Step.NOT_RECOMMENDED)), LocalDate.of(2021, 6, 1));
        data.registered(callA, YICHANG, 2, LocalDateTime.of(2021, 3, 1, 9, 0));
        data.registered(callA, WUHAN, 1, LocalDateTime.of(2021, 6, 1, 9, 0)); // after the close
        callB = data.call(2022, LocalDate.of(2022, 4, 30));
        data.applications(callB, 2022, List.of(App.of(WUHAN, Step.DESIGNATED)), LocalDate.of(2022, 6, 1));
        dashboards.refresh();
        clock.set(LocalDateTime.of(2024, 1, 10, 10, 0));
    }

    long registeredBy(String division, LocalDateTime at) {
        return jdbc.queryForObject("""
                select count(*) from (select e.id from enterprise e join enterprise_member m on m.enterprise_id = e.id
                                       where e.status = 'ACTIVE' and e.division_code = ?
                                       group by e.id having min(m.added_at) <= ?) x""",
                Long.class, division, java.sql.Timestamp.valueOf(at));
    }

    AnalyticsFilter a() {
        return new AnalyticsFilter(callA, null);
    }

    /** The share as the charts state it: one decimal, cut rather than rounded (10 of 12 is 83.3). */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 1000 / whole, 1);
    }

    static List<Object> counts(ChartTable table, int column) {
        return table.rows().stream().map(r -> r.get(column)).toList();
    }

    static List<Object> row(ChartTable table, String key) {
        return table.rows().get(table.keys().indexOf(key));
    }

    @Test
    void theFunnelOfACallCountsEachStepAsDefined() {
        ChartTable funnel = dashboards.chart(OFFICER, Chart.FUNNEL, a());
        assertThat(funnel.keys()).containsExactly("registered", "started", "submitted", "recommended", "formal-passed",
                "reviewed", "publicised", "designated");
        long registered = 12 + yichangBefore + wuhanBefore;
        assertThat(counts(funnel, 1)).containsExactly(registered, 10L, 9L, 6L, 5L, 4L, 3L, 2L);
        assertThat(counts(funnel, 2)).containsExactly(null, percent(10, registered), new BigDecimal("90.0"),
                new BigDecimal("66.6"), new BigDecimal("83.3"), new BigDecimal("80.0"), new BigDecimal("75.0"),
                new BigDecimal("66.6"));
    }

    @Test
    void divisionsInTheirOrderWithEveryStep() {
        ChartTable divisions = dashboards.chart(OFFICER, Chart.DIVISIONS, a());
        assertThat(divisions.keys()).hasSize(17).startsWith(WUHAN, "420200", "420300", YICHANG);
        assertThat(row(divisions, YICHANG)).containsExactly("宜昌市", 8 + yichangBefore, 6L, 5L, 3L, 2L, 1L);
        assertThat(row(divisions, WUHAN)).containsExactly("武汉市", 4 + wuhanBefore, 4L, 4L, 3L, 3L, 1L);
        assertThat(row(divisions, "429021")).containsExactly("神农架林区", 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void modesAndTechnologiesCountEveryDeclaredOne() {
        ChartTable modes = dashboards.chart(OFFICER, Chart.MODES, a());
        assertThat(modes.keys()).containsExactly("DISCRETE", "PROCESS", "NETWORKED", "CUSTOMIZATION", "REMOTE_OM",
                "OTHER");
        assertThat(row(modes, "DISCRETE")).containsExactly("离散型智能制造", 6L, 3L, 3L, 2L);
        assertThat(row(modes, "PROCESS")).containsExactly("流程型智能制造", 1L, 1L, 0L, 0L);
        assertThat(row(modes, "NETWORKED")).containsExactly("网络协同制造", 2L, 2L, 2L, 0L);
        assertThat(row(modes, "REMOTE_OM")).containsExactly("远程运维服务", 1L, 1L, 1L, 0L);
        assertThat(row(modes, "CUSTOMIZATION")).containsExactly("大规模个性化定制", 0L, 0L, 0L, 0L);

        ChartTable technologies = dashboards.chart(OFFICER, Chart.TECHNOLOGIES, a());
        assertThat(row(technologies, "AI")).containsExactly("人工智能", 2L, 1L, 1L, 0L);
        assertThat(row(technologies, "FIVE_G")).containsExactly("5G", 1L, 1L, 1L, 0L);
        assertThat(row(technologies, "INDUSTRIAL_INTERNET")).containsExactly("工业互联网", 1L, 1L, 1L, 1L);
    }

    @Test
    void industriesOfTheDesignatedProjectsAndThoseWithoutOne() {
        ChartTable industries = dashboards.chart(OFFICER, Chart.INDUSTRIES, a());
        assertThat(industries.keys()).hasSize(10).endsWith("NONE");
        assertThat(row(industries, "AUTOMOTIVE")).containsExactly("汽车", 1L, 1L);
        assertThat(row(industries, "FOOD")).containsExactly("食品", 0L, 0L);
        assertThat(row(industries, "NONE")).containsExactly("未设定行业", 1L, 2L);
    }

    @Test
    void indicatorsInBandsAndTheirValuesBeforeAndAfter() {
        ChartTable bands = dashboards.chart(OFFICER, Chart.INDICATORS, a());
        assertThat(bands.keys()).containsExactly("OPERATING_COST", "DEVELOPMENT_CYCLE", "PRODUCTION_EFFICIENCY",
                "DEFECT_RATE", "ENERGY_UTILISATION");
        // 20 %, 5 %, 60 % and one "约四十" that is no number; the withdrawn application's 100 % is not counted
        assertThat(row(bands, "OPERATING_COST")).containsExactly("运营成本降低", 0L, 1L, 0L, 1L, 0L, 1L, 1L,
                new BigDecimal("20.0"));
        assertThat(row(bands, "PRODUCTION_EFFICIENCY")).containsExactly("生产效率提高", 0L, 0L, 0L, 1L, 0L, 0L, 0L,
                new BigDecimal("20.0"));
        assertThat(row(bands, "DEFECT_RATE")).containsExactly("产品不良品率降低", 1L, 0L, 0L, 0L, 0L, 0L, 0L,
                new BigDecimal("-50.0"));
        assertThat(row(bands, "DEVELOPMENT_CYCLE")).containsExactly("产品研制周期缩短", 0L, 0L, 0L, 0L, 0L, 0L, 0L, null);

        ChartTable values = dashboards.chart(OFFICER, Chart.INDICATOR_VALUES, a());
        assertThat(values.keys()).containsExactly("OPERATING_COST:万元", "PRODUCTION_EFFICIENCY:件/小时", "DEFECT_RATE:%");
        assertThat(row(values, "OPERATING_COST:万元")).containsExactly("运营成本降低（万元）", 3L,
                new BigDecimal("100.00"), new BigDecimal("80.00"), new BigDecimal("20.0"));
        assertThat(row(values, "DEFECT_RATE:%")).containsExactly("产品不良品率降低（%）", 1L, new BigDecimal("2.00"),
                new BigDecimal("3.00"), new BigDecimal("-50.0"));
    }

    @Test
    void trendsAcrossTheYears() {
        ChartTable trends = dashboards.chart(OFFICER, Chart.TRENDS, AnalyticsFilter.all());
        assertThat(row(trends, "2021")).containsExactly("2021", 1L, 10L, 9L, 6L, 2L, 2L);
        assertThat(row(trends, "2022")).containsExactly("2022", 1L, 1L, 1L, 1L, 1L, 1L);
        ChartTable own = dashboards.chart(RECOMMENDER, Chart.TRENDS, AnalyticsFilter.all());
        assertThat(row(own, "2021")).containsExactly("2021", 1L, 6L, 5L, 3L, 1L, 1L);
        assertThat(row(own, "2022")).containsExactly("2022", 1L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void theStockOnTheDayFromTheStoredDates() {
        // 2024-01-10: the 2021 designations run until 2024-05-31, within six months
        ChartTable stock = dashboards.chart(OFFICER, Chart.STOCK, a());
        assertThat(stock.keys()).containsExactly("2021");
        assertThat(row(stock, "2021")).containsExactly("2021", 2L, 1L, 1L, 0L, 1L, 0L);
        // the monitoring module counts rectifications (none in this data set): no note of its absence
        assertThat(stock.note()).isEqualTo("按认定公布的年度统计，状态以今天和认定记载的有效期判断。");
        ChartTable b = dashboards.chart(OFFICER, Chart.STOCK, new AnalyticsFilter(callB, null));
        assertThat(row(b, "2022")).containsExactly("2022", 1L, 1L, 0L, 0L, 0L, 0L);

        clock.set(LocalDateTime.of(2024, 6, 1, 10, 0));
        assertThat(row(dashboards.chart(OFFICER, Chart.STOCK, a()), "2021"))
                .containsExactly("2021", 2L, 0L, 0L, 0L, 1L, 1L);
    }

    @Test
    void aYearFilterTakesEveryCallOfThatYear() {
        ChartTable funnel = dashboards.chart(OFFICER, Chart.FUNNEL, new AnalyticsFilter(null, 2022));
        assertThat(counts(funnel, 1)).element(1).isEqualTo(1L);
        assertThat(counts(funnel, 1)).element(7).isEqualTo(1L);
    }

    @Test
    void aRecommenderSeesItsOwnDivisionOnly() {
        ChartTable funnel = dashboards.chart(RECOMMENDER, Chart.FUNNEL, a());
        assertThat(counts(funnel, 1)).containsExactly(8 + yichangBefore, 6L, 5L, 3L, 2L, 1L, 1L, 1L);
        ChartTable divisions = dashboards.chart(RECOMMENDER, Chart.DIVISIONS, a());
        assertThat(divisions.keys()).containsExactly(YICHANG);
        assertThat(row(dashboards.chart(RECOMMENDER, Chart.MODES, a()), "NETWORKED"))
                .containsExactly("网络协同制造", 0L, 0L, 0L, 0L);
        assertThat(dashboards.chart(RECOMMENDER, Chart.STOCK, new AnalyticsFilter(callB, null)).rows()).isEmpty();
    }

    @Test
    void aDivisionGuessedInTheAddressIsIgnored() throws Exception {
        mvc.perform(get("/api/v1/analytics/charts/funnel").param("call", String.valueOf(callA))
                        .param("division", WUHAN).with(authentication(auth(RECOMMENDER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[1][1]").value(6))
                .andExpect(jsonPath("$.rows[7][1]").value(1));
        mvc.perform(get("/api/v1/analytics/charts/divisions").param("call", String.valueOf(callA))
                        .param("division", WUHAN).with(authentication(auth(RECOMMENDER))))
                .andExpect(jsonPath("$.keys.length()").value(1))
                .andExpect(jsonPath("$.keys[0]").value(YICHANG));
        String page = mvc.perform(get("/analytics").param("call", String.valueOf(callA)).param("division", WUHAN)
                        .with(authentication(auth(RECOMMENDER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("本市州：宜昌市").doesNotContain("data-key=\"420100\"");
    }

    @Test
    void theOfficeSeesEveryDivisionOnThePageWithEachTableAndExport() throws Exception {
        String page = mvc.perform(get("/analytics").param("call", String.valueOf(callA))
                        .with(authentication(auth(OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("全省（17 个市州）", "data-key=\"420100\"", "data-key=\"429021\"",
                "/analytics/charts/funnel.xlsx?call=" + callA, "/analytics/charts/stock.xlsx?call=" + callA,
                "aria-hidden=\"true\"", "data-kind=\"TILES\"");
        for (Chart chart : Chart.values()) {
            assertThat(page).contains("id=\"chart-" + chart.key() + "\"", "data-table-of=\"" + chart.key() + "\"");
        }
    }

    @Test
    void theXlsxHasTheTablesHeaderAndRows() throws Exception {
        byte[] xlsx = mvc.perform(get("/analytics/charts/funnel.xlsx").param("call", String.valueOf(callA))
                        .with(authentication(auth(OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell c : r) {
                    cells.add(format.formatCellValue(c));
                }
                rows.add(cells);
            }
        }
        assertThat(rows).contains(List.of("环节", "数量", "占上一环节（%）"));
        assertThat(rows).contains(List.of("已创建申报", "10",
                percent(10, 12 + yichangBefore + wuhanBefore).toPlainString()));
        assertThat(rows.stream().flatMap(List::stream).toList()).anyMatch(c -> c.contains("全省"));
    }

    @Test
    void whoMaySeeTheAnalytics() throws Exception {
        for (Role role : Arrays.asList(Role.APPLICANT, Role.EXPERT, Role.SYSTEM_ADMIN)) {
            CurrentUser user = new CurrentUser(903, "x-" + role, "x", Set.of(role), role == Role.APPLICANT ? 1L : null,
                    null, false);
            mvc.perform(get("/analytics").with(authentication(auth(user)))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/analytics/dashboard").with(authentication(auth(user))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/analytics/charts/nothing").with(authentication(auth(OFFICER))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/analytics/dashboard").param("call", String.valueOf(callA))
                        .with(authentication(auth(OFFICER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.charts.length()").value(Chart.values().length))
                .andExpect(jsonPath("$.divisionCode").doesNotExist());
    }

    static Authentication auth(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }
}
