-- The analytics' read model (docs/analytics.md): the analytics module reads the other modules' tables only through
-- these views, which it owns. The two materialised views hold what would be slow to compute on every request (the
-- submitted version's JSON); they are refreshed concurrently by the analytics' clock job after the stages' events.

-- The reference lists, for names and order.
create view analytics_division as select code, name, display_order from division;
create view analytics_mode as select code, name, display_order from manufacturing_mode;
create view analytics_technology as select code, name, display_order from new_technology;
create view analytics_industry as select code, name, display_order from key_industry;
create view analytics_indicator as select code, name, direction, display_order from indicator;

-- The calls, as the filters and the funnel's "registered by the call's close" read them.
create view analytics_call as
select c.id, c.year, c.title, c.filing_closes_at, c.status
  from programme_call c;

-- Enterprises with an account (an active enterprise with at least one member) and since when; materialised: the
-- funnel counts them by division up to a moment on every request.
create materialized view analytics_enterprise_account as
select e.id as enterprise_id, e.division_code, min(m.added_at) as first_account_at
  from enterprise e
  join enterprise_member m on m.enterprise_id = e.id
 where e.status = 'ACTIVE'
 group by e.id, e.division_code;

create unique index analytics_enterprise_account_uk on analytics_enterprise_account (enterprise_id);
create index analytics_enterprise_account_division_ix on analytics_enterprise_account (division_code, first_account_at);
create index analytics_enterprise_account_at_ix on analytics_enterprise_account (first_account_at);

-- One row per application (drafts included): how far it got in its call, and what its last submitted version
-- declares (modes, new technologies); the key industry the office set for the portal, if any.
create materialized view analytics_application_fact as
select a.id                                                                    as application_id,
       a.call_id,
       c.year,
       a.division_code,
       a.status,
       a.last_version_no > 0                                                   as submitted,
       a.status in ('RECOMMENDED', 'CORRECTION_REQUESTED', 'CORRECTED', 'FORMAL_PASSED', 'FORMAL_FAILED')
                                                                               as recommended,
       a.status = 'FORMAL_PASSED'                                              as formal_passed,
       (exists (select 1 from review_sheet rs where rs.application_id = a.id and rs.status = 'SUBMITTED')
        or exists (select 1 from decision d where d.subject_module = 'review' and d.subject_type = 'application'
                      and d.subject_id = a.id and d.status <> 'WITHDRAWN'))    as reviewed,
       exists (select 1 from public_notice_entry pe join public_notice pn on pn.id = pe.notice_id
                where pe.application_id = a.id and pn.status <> 'DRAFT')      as publicised,
       exists (select 1 from designated_project dp where dp.application_id = a.id)
                                                                               as designated,
       coalesce(array(select jsonb_array_elements_text(v.doc -> 'sections' -> 'basic' -> 'modes')),
                '{}'::text[])                                                  as mode_codes,
       coalesce(array(select jsonb_array_elements_text(v.doc -> 'sections' -> 'basic' -> 'technologies')),
                '{}'::text[])                                                  as technology_codes,
       pi.industry_code
  from project_application a
  join programme_call c on c.id = a.call_id
  left join lateral (select av.snapshot::jsonb as doc
                       from application_version av
                      where av.application_id = a.id and av.number = a.last_version_no) v on true
  left join portal_project_industry pi on pi.application_id = a.id;

create unique index analytics_application_fact_uk on analytics_application_fact (application_id);
create index analytics_application_fact_call_ix on analytics_application_fact (call_id, division_code);
create index analytics_application_fact_year_ix on analytics_application_fact (year, division_code);

-- One row per indicator target of an application's last submitted version: the values as numbers where they are
-- numbers, and the improvement in percent in the indicator's direction (null when it cannot be stated: a value
-- before of zero or less, a negative value after, or text that is not a number).
create materialized view analytics_indicator_fact as
with target as (
    select a.id as application_id, a.call_id, c.year, a.division_code, a.status, t.value as target
      from project_application a
      join programme_call c on c.id = a.call_id
      join application_version av on av.application_id = a.id and av.number = a.last_version_no
      cross join lateral jsonb_array_elements(
              case when jsonb_typeof(av.snapshot::jsonb -> 'sections' -> 'plan' -> 'targets') = 'array'
                   then av.snapshot::jsonb -> 'sections' -> 'plan' -> 'targets' else '[]'::jsonb end) t(value)
), parsed as (
    select application_id, call_id, year, division_code, status,
           btrim(target ->> 'indicator') as indicator_code,
           nullif(btrim(coalesce(target ->> 'unit', '')), '') as unit,
           case when btrim(target ->> 'before') ~ '^-?[0-9]{1,12}(\.[0-9]{1,6})?$'
                then btrim(target ->> 'before')::numeric end as value_before,
           case when btrim(target ->> 'after') ~ '^-?[0-9]{1,12}(\.[0-9]{1,6})?$'
                then btrim(target ->> 'after')::numeric end as value_after
      from target
)
select distinct on (p.application_id, p.indicator_code)
       p.application_id, p.call_id, p.year, p.division_code, p.status, p.indicator_code, p.unit, p.value_before,
       p.value_after,
       case when p.value_before > 0 and p.value_after >= 0
            then round((case when i.direction = 'DECREASE' then p.value_before - p.value_after
                             else p.value_after - p.value_before end) * 100 / p.value_before, 1) end
           as improvement_percent
  from parsed p
  join indicator i on i.code = p.indicator_code
 order by p.application_id, p.indicator_code;

create unique index analytics_indicator_fact_uk on analytics_indicator_fact (application_id, indicator_code);
create index analytics_indicator_fact_call_ix on analytics_indicator_fact (call_id, indicator_code);
create index analytics_indicator_fact_year_ix on analytics_indicator_fact (year, indicator_code);

-- The designated stock from the designation's stored dates; the state on a day is computed by the query.
create view analytics_designation as
select dp.id as designation_id, dp.application_id, dp.call_id, dp.year, dp.division_code, dp.valid_from,
       dp.valid_until, dp.revoked_at
  from designated_project dp;

-- When the materialised views were last refreshed (one row).
create table analytics_refresh (
    id           integer     primary key default 1,
    refreshed_at timestamptz not null,
    constraint analytics_refresh_one_row_ck check (id = 1)
);
insert into analytics_refresh (id, refreshed_at) values (1, now());
