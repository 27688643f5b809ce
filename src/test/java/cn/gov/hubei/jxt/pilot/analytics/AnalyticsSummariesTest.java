package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsData.App;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsData.Step;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsData.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.hubei.jxt.pilot.analytics.AnalyticsDashboardsTest.OFFICER;
import static cn.gov.hubei.jxt.pilot.analytics.AnalyticsDashboardsTest.RECOMMENDER;
import static cn.gov.hubei.jxt.pilot.analytics.AnalyticsDashboardsTest.WUHAN;
import static cn.gov.hubei.jxt.pilot.analytics.AnalyticsDashboardsTest.YICHANG;
import static cn.gov.hubei.jxt.pilot.analytics.AnalyticsDashboardsTest.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts over every call read the summaries (docs/analytics.md "Summaries"), refreshed with the fact views: their
 * figures are the exact ones of the fact rows (counts and medians), for the province and for one division. The
 * database holds what other test classes left too, so the expected figures are computed from the fact rows here.
 */
@IntegrationTest
@Transactional
class AnalyticsSummariesTest {

    @Autowired Dashboards dashboards;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    @BeforeEach
    void data() {
        AnalyticsData data = new AnalyticsData(jdbc, json);
        long first = data.call(2020, LocalDate.of(2020, 4, 30));
        data.applications(first, 2020, List.of(
                App.of(YICHANG, Step.SUBMITTED).targets(new Target("OPERATING_COST", "万元", "100", "70"),
                        new Target("DEFECT_RATE", "%", "4", "3")),
                App.of(YICHANG, Step.DESIGNATED).targets(new Target("OPERATING_COST", "万元", "80", "76")),
                App.of(YICHANG, Step.WITHDRAWN).targets(new Target("OPERATING_COST", "万元", "100", "1")),
                App.of(WUHAN, Step.FORMAL_PASSED).targets(new Target("OPERATING_COST", "元", "10", "2"))),
                LocalDate.of(2020, 6, 1));
        long second = data.call(2023, LocalDate.of(2023, 4, 30));
        data.applications(second, 2023, List.of(
                App.of(YICHANG, Step.RECOMMENDED).targets(new Target("OPERATING_COST", "万元", "300", "150"),
                        new Target("DEFECT_RATE", "%", "5", "不详")),
                App.of(WUHAN, Step.DESIGNATED).targets(new Target("PRODUCTION_EFFICIENCY", "件/小时", "10", "13"))),
                LocalDate.of(2023, 6, 1));
        data.registered(second, YICHANG, 3, java.time.LocalDateTime.of(2023, 3, 1, 9, 0));
        dashboards.refresh();
    }

    @Test
    void theIndicatorsOverEveryCallAreTheExactFiguresOfTheTargets() {
        for (String division : new String[] {null, YICHANG}) {
            ChartTable bands = dashboards.chart(division == null ? OFFICER : RECOMMENDER, Chart.INDICATORS,
                    AnalyticsFilter.all());
            for (String indicator : List.of("OPERATING_COST", "DEFECT_RATE", "PRODUCTION_EFFICIENCY")) {
                assertThat(row(bands, indicator).subList(1, 9)).as(indicator + " in " + division)
                        .isEqualTo(expectedBands(indicator, division));
            }
            ChartTable values = dashboards.chart(division == null ? OFFICER : RECOMMENDER, Chart.INDICATOR_VALUES,
                    AnalyticsFilter.all());
            assertThat(values.keys()).as("units in " + division).isEqualTo(expectedUnits(division));
            for (String key : values.keys()) {
                assertThat(row(values, key).subList(1, 5)).as(key + " in " + division)
                        .isEqualTo(expectedValues(key, division));
            }
        }
    }

    @Test
    void theDivisionsOverEveryCallAreTheCountsOfTheApplications() {
        ChartTable divisions = dashboards.chart(OFFICER, Chart.DIVISIONS, AnalyticsFilter.all());
        for (String division : List.of(YICHANG, WUHAN, "429021")) {
            Map<String, Object> expected = jdbc.queryForMap("""
                    select count(*) as started, count(*) filter (where submitted) as submitted,
                           count(*) filter (where recommended) as recommended,
                           count(*) filter (where formal_passed) as formal_passed,
                           count(*) filter (where designated) as designated
                      from analytics_application_fact where division_code = ?""", division);
            long registered = jdbc.queryForObject("""
                    select count(*) from analytics_enterprise_account
                     where division_code = ? and first_account_at <= (select max(filing_closes_at) from analytics_call
                                                                        where status <> 'CANCELLED')""",
                    Long.class, division);
            assertThat(row(divisions, division).subList(1, 7)).as(division).containsExactly(registered,
                    expected.get("started"), expected.get("submitted"), expected.get("recommended"),
                    expected.get("formal_passed"), expected.get("designated"));
        }
    }

    @Test
    void theSummariesAreRefreshedWithTheFactViews() {
        assertThat(jdbc.queryForObject("select median_improvement from analytics_indicator_total"
                        + " where division_key = ? and indicator_code = 'OPERATING_COST'", BigDecimal.class, YICHANG))
                .isEqualTo(expectedBands("OPERATING_COST", YICHANG).get(7));
        assertThat(jdbc.queryForObject("select sum(started) from analytics_call_division where division_code = ?",
                Long.class, YICHANG)).isEqualTo(jdbc.queryForObject(
                "select count(*) from analytics_application_fact where division_code = ?", Long.class, YICHANG));
    }

    private List<Object> expectedBands(String indicator, String division) {
        return jdbc.query("""
                select count(improvement_percent) filter (where improvement_percent < 0),
                       count(improvement_percent) filter (where improvement_percent >= 0 and improvement_percent < 10),
                       count(improvement_percent) filter (where improvement_percent >= 10 and improvement_percent < 20),
                       count(improvement_percent) filter (where improvement_percent >= 20 and improvement_percent < 30),
                       count(improvement_percent) filter (where improvement_percent >= 30 and improvement_percent < 50),
                       count(improvement_percent) filter (where improvement_percent >= 50),
                       count(*) filter (where improvement_percent is null),
                       round(cast(percentile_cont(0.5) within group (order by improvement_percent) as numeric), 1)
                  from analytics_indicator_fact
                 where status <> 'WITHDRAWN' and indicator_code = ? and (cast(? as varchar) is null or division_code = ?)
                """, (rs, n) -> {
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                values.add(rs.getLong(i));
            }
            values.add(rs.getBigDecimal(8));
            return values;
        }, indicator, division, division).get(0);
    }

    private List<String> expectedUnits(String division) {
        return jdbc.queryForList("""
                select t.indicator_code || ':' || coalesce(t.unit, '')
                  from analytics_indicator_fact t join analytics_indicator i on i.code = t.indicator_code
                 where t.status <> 'WITHDRAWN' and t.value_before is not null and t.value_after is not null
                   and (cast(? as varchar) is null or t.division_code = ?)
                 group by t.indicator_code, t.unit, i.display_order
                 order by i.display_order, count(*) desc, t.unit""", String.class, division, division);
    }

    private List<Object> expectedValues(String key, String division) {
        String[] parts = key.split(":", 2);
        return jdbc.query("""
                select count(*),
                       round(cast(percentile_cont(0.5) within group (order by value_before) as numeric), 2),
                       round(cast(percentile_cont(0.5) within group (order by value_after) as numeric), 2),
                       round(cast(percentile_cont(0.5) within group (order by improvement_percent) as numeric), 1)
                  from analytics_indicator_fact
                 where status <> 'WITHDRAWN' and value_before is not null and value_after is not null
                   and indicator_code = ? and coalesce(unit, '') = ?
                   and (cast(? as varchar) is null or division_code = ?)""", (rs, n) -> {
            List<Object> values = new ArrayList<>();
            values.add(rs.getLong(1));
            values.add(rs.getBigDecimal(2));
            values.add(rs.getBigDecimal(3));
            values.add(rs.getBigDecimal(4));
            return values;
        }, parts[0], parts[1], division, division).get(0);
    }
}
