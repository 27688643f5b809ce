-- Summaries of the analytics' fact views (docs/analytics.md "Summaries"), refreshed with them in the same
-- transaction: the charts over several calls read a few hundred summary rows instead of every application or target.
-- Every figure is exact (counts, and medians computed over the fact rows when refreshed), not an estimate.

-- Per call and division: how far the applications got (the divisions chart sums these rows).
create materialized view analytics_call_division as
select f.call_id, f.year, f.division_code,
       count(*)                                 as started,
       count(*) filter (where f.submitted)      as submitted,
       count(*) filter (where f.recommended)    as recommended,
       count(*) filter (where f.formal_passed)  as formal_passed,
       count(*) filter (where f.designated)     as designated
  from analytics_application_fact f
 group by f.call_id, f.year, f.division_code;

create unique index analytics_call_division_uk on analytics_call_division (call_id, division_code);
create index analytics_call_division_year_ix on analytics_call_division (year, division_code);

-- Per call and division: the enterprises with an account by that call's close of filing (the "registered" of the
-- divisions chart for the latest chosen call).
create materialized view analytics_call_registered as
select c.id as call_id, ea.division_code, count(*) as registered
  from analytics_call c
  join analytics_enterprise_account ea on ea.first_account_at <= c.filing_closes_at
 group by c.id, ea.division_code;

create unique index analytics_call_registered_uk on analytics_call_registered (call_id, division_code);

-- Over every call, per division and for the whole province (division_key ''): each indicator's improvement in bands
-- and its exact median (applications not withdrawn).
create materialized view analytics_indicator_total as
select coalesce(t.division_code, '') as division_key, t.indicator_code,
       count(t.improvement_percent) filter (where t.improvement_percent < 0) as band_negative,
       count(t.improvement_percent) filter (where t.improvement_percent >= 0 and t.improvement_percent < 10) as band_0,
       count(t.improvement_percent) filter (where t.improvement_percent >= 10 and t.improvement_percent < 20) as band_10,
       count(t.improvement_percent) filter (where t.improvement_percent >= 20 and t.improvement_percent < 30) as band_20,
       count(t.improvement_percent) filter (where t.improvement_percent >= 30 and t.improvement_percent < 50) as band_30,
       count(t.improvement_percent) filter (where t.improvement_percent >= 50) as band_50,
       count(*) filter (where t.improvement_percent is null) as not_stated,
       round(cast(percentile_cont(0.5) within group (order by t.improvement_percent) as numeric), 1)
           as median_improvement
  from analytics_indicator_fact t
 where t.status <> 'WITHDRAWN'
 group by grouping sets ((t.division_code, t.indicator_code), (t.indicator_code));

create unique index analytics_indicator_total_uk on analytics_indicator_total (division_key, indicator_code);

-- Over every call, per division and for the whole province (division_key ''): per indicator and unit as entered, the
-- targets with numbers on both sides and the exact medians before, after and of the improvement.
create materialized view analytics_indicator_value_total as
select coalesce(t.division_code, '') as division_key, t.indicator_code, coalesce(t.unit, '') as unit_key, t.unit,
       count(*) as targets,
       round(cast(percentile_cont(0.5) within group (order by t.value_before) as numeric), 2) as median_before,
       round(cast(percentile_cont(0.5) within group (order by t.value_after) as numeric), 2) as median_after,
       round(cast(percentile_cont(0.5) within group (order by t.improvement_percent) as numeric), 1)
           as median_improvement
  from analytics_indicator_fact t
 where t.status <> 'WITHDRAWN' and t.value_before is not null and t.value_after is not null
 group by grouping sets ((t.division_code, t.indicator_code, t.unit), (t.indicator_code, t.unit));

create unique index analytics_indicator_value_total_uk
    on analytics_indicator_value_total (division_key, indicator_code, unit_key);
