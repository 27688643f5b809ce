-- The yearly call (年度遴选 / 申报通知): its terms, its status in the workflow and the history of status changes.
-- Times are timestamptz; the application enters and shows them in Asia/Shanghai.
create table programme_call (
    id                          bigserial    primary key,
    year                        integer      not null,
    title                       varchar(200) not null,
    notice                      text,
    filing_opens_at             timestamptz  not null,
    filing_closes_at            timestamptz  not null,
    recommendation_deadline     timestamptz  not null,
    recommendation_quota        integer,
    max_projects_per_enterprise integer,
    element_condition_version   varchar(16)  not null,
    status                      varchar(32)  not null,
    published_at                timestamptz,
    cancelled_at                timestamptz,
    cancel_reason               varchar(500),
    version                     bigint       not null default 0,
    created_by                  varchar(100) not null,
    created_at                  timestamptz  not null,
    updated_by                  varchar(100) not null,
    updated_at                  timestamptz  not null,
    constraint programme_call_year_ck check (year between 2020 and 2100),
    constraint programme_call_window_ck check (filing_opens_at < filing_closes_at
                                               and filing_closes_at <= recommendation_deadline),
    constraint programme_call_quota_ck check (recommendation_quota is null or recommendation_quota >= 1),
    constraint programme_call_max_projects_ck check (max_projects_per_enterprise is null or max_projects_per_enterprise >= 1),
    constraint programme_call_cancel_ck check ((status = 'CANCELLED') = (cancelled_at is not null))
);
-- The clock job looks for calls whose next milestone is due.
create index programme_call_status_ix on programme_call (status);

-- One row per status change, written in the same transaction as the change: the call's own history page.
-- (The audit trail holds the same facts for auditors; this table is what officers read.)
create table call_status_history (
    id          bigserial    primary key,
    call_id     bigint       not null references programme_call (id),
    transition  varchar(40)  not null,
    from_status varchar(32)  not null,
    to_status   varchar(32)  not null,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    reason      varchar(500)
);
create index call_status_history_call_ix on call_status_history (call_id, occurred_at);
