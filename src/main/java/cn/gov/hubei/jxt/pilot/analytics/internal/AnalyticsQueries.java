package cn.gov.hubei.jxt.pilot.analytics.internal;

import cn.gov.hubei.jxt.pilot.analytics.Dashboard.CallOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One query per chart, each a GROUP BY in the database over the analytics' views (docs/analytics.md); every query
 * takes the division as a parameter (null: the whole province) so that a recommender's scope is applied in SQL.
 * Only the aggregate rows come back.
 */
@Repository
class AnalyticsQueries {

    /** The facts of the chosen applications: the call or the year, and the division. */
    private static final String FACTS = """
            select * from analytics_application_fact f
             where (cast(:call as bigint) is null or f.call_id = cast(:call as bigint))
               and (cast(:year as integer) is null or f.year = cast(:year as integer))
               and (cast(:division as varchar) is null or f.division_code = cast(:division as varchar))""";

    /** Enterprises with an account by the close of the latest chosen call (no call at all: by now). */
    private static final String CUTOFF = """
            select max(c.filing_closes_at) as at from analytics_call c
             where c.status <> 'CANCELLED'
               and (cast(:call as bigint) is null or c.id = cast(:call as bigint))
               and (cast(:year as integer) is null or c.year = cast(:year as integer))""";

    private final JdbcClient jdbc;

    AnalyticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of aggregates: a key, a label and numbers. */
    record Row(String key, String label, List<Object> values) {
    }

    private JdbcClient.StatementSpec sql(String sql, Long call, Integer year, String division) {
        return jdbc.sql(sql).param("call", call).param("year", year).param("division", division);
    }

    /** registered, started, submitted, recommended, formal_passed, reviewed, publicised, designated. */
    List<Long> funnel(Long call, Integer year, String division) {
        return sql("with f as (" + FACTS + "), cutoff as (" + CUTOFF + """
                )
                select (select count(*) from analytics_enterprise_account ea, cutoff
                         where (cast(:division as varchar) is null or ea.division_code = cast(:division as varchar))
                           and (cutoff.at is null or ea.first_account_at <= cutoff.at)) as registered,
                       count(*) as started,
                       count(*) filter (where f.submitted) as submitted,
                       count(*) filter (where f.recommended) as recommended,
                       count(*) filter (where f.formal_passed) as formal_passed,
                       count(*) filter (where f.reviewed) as reviewed,
                       count(*) filter (where f.publicised) as publicised,
                       count(*) filter (where f.designated) as designated
                  from f""", call, year, division)
                .query((rs, n) -> {
                    List<Long> values = new ArrayList<>();
                    for (int i = 1; i <= 8; i++) {
                        values.add(rs.getLong(i));
                    }
                    return values;
                }).single();
    }

    /**
     * Per division in their order: registered, started, submitted, recommended, formal passed, designated; from the
     * summaries per call and division (registered: by the close of the latest chosen call; no call at all: by now).
     */
    List<Row> divisions(Long call, Integer year, String division) {
        return sql("""
                with chosen as (
                    select c.id from analytics_call c
                     where c.status <> 'CANCELLED'
                       and (cast(:call as bigint) is null or c.id = cast(:call as bigint))
                       and (cast(:year as integer) is null or c.year = cast(:year as integer))
                     order by c.filing_closes_at desc, c.id
                     limit 1
                ), x as (
                    select s.division_code, cast(sum(s.started) as bigint) as started,
                           cast(sum(s.submitted) as bigint) as submitted,
                           cast(sum(s.recommended) as bigint) as recommended,
                           cast(sum(s.formal_passed) as bigint) as formal_passed,
                           cast(sum(s.designated) as bigint) as designated
                      from analytics_call_division s
                     where (cast(:call as bigint) is null or s.call_id = cast(:call as bigint))
                       and (cast(:year as integer) is null or s.year = cast(:year as integer))
                     group by s.division_code
                ), r as (
                    select cr.division_code, cr.registered
                      from analytics_call_registered cr join chosen on chosen.id = cr.call_id
                    union all
                    select ea.division_code, count(*)
                      from analytics_enterprise_account ea
                     where not exists (select 1 from chosen)
                     group by ea.division_code
                )
                select d.code, d.name, coalesce(r.registered, 0), coalesce(x.started, 0), coalesce(x.submitted, 0),
                       coalesce(x.recommended, 0), coalesce(x.formal_passed, 0), coalesce(x.designated, 0)
                  from analytics_division d
                  left join x on x.division_code = d.code
                  left join r on r.division_code = d.code
                 where cast(:division as varchar) is null or d.code = cast(:division as varchar)
                 order by d.display_order""", call, year, division)
                .query((rs, n) -> row(rs, 6)).list();
    }

    /** Per mode (or new technology): submitted, recommended, formal passed, designated. */
    List<Row> declared(String reference, String column, Long call, Integer year, String division) {
        return sql("with f as (" + FACTS + ")\n" + """
                select m.code, m.name,
                       count(x.code) filter (where x.submitted), count(x.code) filter (where x.recommended),
                       count(x.code) filter (where x.formal_passed), count(x.code) filter (where x.designated)
                  from %s m
                  left join (select unnest(f.%s) as code, f.submitted, f.recommended, f.formal_passed, f.designated
                               from f) x on x.code = m.code
                 group by m.code, m.name, m.display_order
                 order by m.display_order""".formatted(reference, column), call, year, division)
                .query((rs, n) -> row(rs, 4)).list();
    }

    /** Per key industry, then the designated projects without one (key null): designated, publicised. */
    List<Row> industries(Long call, Integer year, String division) {
        return sql("with f as (" + FACTS + ")\n" + """
                select i.code, i.name, i.display_order,
                       count(f.application_id) filter (where f.designated),
                       count(f.application_id) filter (where f.publicised)
                  from analytics_industry i
                  left join f on f.industry_code = i.code
                 group by i.code, i.name, i.display_order
                union all
                select null, null, 2147483647,
                       count(*) filter (where f.designated and f.industry_code is null),
                       count(*) filter (where f.publicised and f.industry_code is null)
                  from f
                 order by 3""", call, year, division)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), List.of(rs.getLong(4), rs.getLong(5))))
                .list();
    }

    /**
     * Per indicator: the improvement in bands (below 0, 0–10, 10–20, 20–30, 30–50, 50 and more percent), how many
     * could not be stated, and the median improvement; over the last submitted versions of the chosen
     * applications that are not withdrawn.
     */
    List<Row> indicatorBands(Long call, Integer year, String division) {
        if (call == null && year == null) {
            return sql("""
                    select i.code, i.name, coalesce(x.band_negative, 0), coalesce(x.band_0, 0), coalesce(x.band_10, 0),
                           coalesce(x.band_20, 0), coalesce(x.band_30, 0), coalesce(x.band_50, 0),
                           coalesce(x.not_stated, 0), x.median_improvement
                      from analytics_indicator i
                      left join analytics_indicator_total x on x.indicator_code = i.code
                           and x.division_key = coalesce(cast(:division as varchar), '')
                     order by i.display_order""", null, null, division)
                    .query((rs, n) -> row(rs, 8)).list();
        }
        return sql("""
                with x as (
                    select t.* from analytics_indicator_fact t
                     where t.status <> 'WITHDRAWN'
                       and (cast(:call as bigint) is null or t.call_id = cast(:call as bigint))
                       and (cast(:year as integer) is null or t.year = cast(:year as integer))
                       and (cast(:division as varchar) is null or t.division_code = cast(:division as varchar))
                )
                select i.code, i.name,
                       count(x.improvement_percent) filter (where x.improvement_percent < 0),
                       count(x.improvement_percent) filter (where x.improvement_percent >= 0 and x.improvement_percent < 10),
                       count(x.improvement_percent) filter (where x.improvement_percent >= 10 and x.improvement_percent < 20),
                       count(x.improvement_percent) filter (where x.improvement_percent >= 20 and x.improvement_percent < 30),
                       count(x.improvement_percent) filter (where x.improvement_percent >= 30 and x.improvement_percent < 50),
                       count(x.improvement_percent) filter (where x.improvement_percent >= 50),
                       count(x.application_id) filter (where x.improvement_percent is null),
                       round(cast(percentile_cont(0.5) within group (order by x.improvement_percent) as numeric), 1)
                  from analytics_indicator i
                  left join x on x.indicator_code = i.code
                 group by i.code, i.name, i.display_order
                 order by i.display_order""", call, year, division)
                .query((rs, n) -> row(rs, 8)).list();
    }

    /**
     * Per indicator and unit as entered: how many, the median value before, after, and the median improvement in
     * percent (numbers only).
     */
    List<Row> indicatorValues(Long call, Integer year, String division) {
        if (call == null && year == null) {
            return sql("""
                    select i.code || ':' || x.unit_key, i.name || coalesce('（' || x.unit || '）', ''),
                           x.targets, x.median_before, x.median_after, x.median_improvement
                      from analytics_indicator_value_total x
                      join analytics_indicator i on i.code = x.indicator_code
                     where x.division_key = coalesce(cast(:division as varchar), '')
                     order by i.display_order, x.targets desc, x.unit""", null, null, division)
                    .query((rs, n) -> row(rs, 4)).list();
        }
        return sql("""
                with x as (
                    select t.* from analytics_indicator_fact t
                     where t.status <> 'WITHDRAWN' and t.value_before is not null and t.value_after is not null
                       and (cast(:call as bigint) is null or t.call_id = cast(:call as bigint))
                       and (cast(:year as integer) is null or t.year = cast(:year as integer))
                       and (cast(:division as varchar) is null or t.division_code = cast(:division as varchar))
                )
                select i.code || ':' || coalesce(x.unit, ''), i.name || coalesce('（' || x.unit || '）', ''),
                       count(*),
                       round(cast(percentile_cont(0.5) within group (order by x.value_before) as numeric), 2),
                       round(cast(percentile_cont(0.5) within group (order by x.value_after) as numeric), 2),
                       round(cast(percentile_cont(0.5) within group (order by x.improvement_percent) as numeric), 1)
                  from x
                  join analytics_indicator i on i.code = x.indicator_code
                 group by i.code, i.name, i.display_order, x.unit
                 order by i.display_order, count(*) desc, x.unit""", call, year, division)
                .query((rs, n) -> row(rs, 4)).list();
    }

    /** Per call year: calls, started, submitted, recommended, designated, divisions reached (with a submission). */
    List<Row> trends(String division) {
        return jdbc.sql("""
                select c.year, count(distinct c.id),
                       count(f.application_id), count(f.application_id) filter (where f.submitted),
                       count(f.application_id) filter (where f.recommended),
                       count(f.application_id) filter (where f.designated),
                       count(distinct f.division_code) filter (where f.submitted)
                  from analytics_call c
                  left join analytics_application_fact f on f.call_id = c.id
                       and (cast(:division as varchar) is null or f.division_code = cast(:division as varchar))
                 where c.status <> 'CANCELLED'
                 group by c.year
                 order by c.year""").param("division", division)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(1), List.of(rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))))
                .list();
    }

    /**
     * Per designation year on that day: designated, valid, of which expiring within six months, removed (revoked),
     * expired.
     */
    List<Row> stock(Long call, Integer year, String division, LocalDate today) {
        return sql("""
                select d.year, count(*),
                       count(*) filter (where d.revoked_at is null and d.valid_from <= :today and d.valid_until >= :today),
                       count(*) filter (where d.revoked_at is null and d.valid_from <= :today and d.valid_until >= :today
                                          and d.valid_until < cast(:today as date) + interval '6 months'),
                       count(*) filter (where d.revoked_at is not null),
                       count(*) filter (where d.revoked_at is null and d.valid_until < :today)
                  from analytics_designation d
                 where (cast(:call as bigint) is null or d.call_id = cast(:call as bigint))
                   and (cast(:year as integer) is null or d.year = cast(:year as integer))
                   and (cast(:division as varchar) is null or d.division_code = cast(:division as varchar))
                 group by d.year
                 order by d.year""", call, year, division).param("today", today)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(1), List.of(rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6))))
                .list();
    }

    List<CallOption> calls() {
        return jdbc.sql("select id, year, title from analytics_call where status <> 'CANCELLED' order by year desc, id desc")
                .query((rs, n) -> new CallOption(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    String divisionName(String code) {
        return jdbc.sql("select name from analytics_division where code = :code").param("code", code)
                .query(String.class).optional().orElse(code);
    }

    Instant refreshedAt() {
        return jdbc.sql("select refreshed_at from analytics_refresh where id = 1").query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
    }

    /**
     * Refreshes the materialised views concurrently (readers are not blocked) when no other node does it now; the
     * transaction-scoped advisory lock is released at the end of the caller's transaction.
     *
     * @return whether this call refreshed them
     */
    boolean refresh(Instant now) {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('analytics_refresh'))")
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        jdbc.sql("refresh materialized view concurrently analytics_application_fact").update();
        jdbc.sql("refresh materialized view concurrently analytics_indicator_fact").update();
        jdbc.sql("refresh materialized view concurrently analytics_enterprise_account").update();
        // the summaries read the fact views: after them
        jdbc.sql("refresh materialized view concurrently analytics_call_division").update();
        jdbc.sql("refresh materialized view concurrently analytics_call_registered").update();
        jdbc.sql("refresh materialized view concurrently analytics_indicator_total").update();
        jdbc.sql("refresh materialized view concurrently analytics_indicator_value_total").update();
        jdbc.sql("update analytics_refresh set refreshed_at = :now where id = 1")
                .param("now", Timestamp.from(now)).update();
        return true;
    }

    private static Row row(ResultSet rs, int numbers) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < numbers; i++) {
            Object v = rs.getObject(3 + i);
            values.add(v instanceof Number number && !(v instanceof BigDecimal) ? Long.valueOf(number.longValue()) : v);
        }
        return new Row(rs.getString(1), rs.getString(2), values);
    }
}
