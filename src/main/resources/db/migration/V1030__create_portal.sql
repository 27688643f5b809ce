-- The public portal (module portal, docs/portal.md): the typical-scenario library (典型场景库) built from the
-- applications' 示范推广 section, published with the enterprise's consent and the office's approval, and the
-- industry the office assigns to a project for the portal's filters (applications do not record one).

-- One typical scenario of one application, copied from its last submitted (frozen) version when it first becomes a
-- candidate, with the public fields the portal lists and filters on; the office's public title and summary beside it.
create table portal_scenario (
    id              bigserial      primary key,
    application_id  bigint         not null references project_application (id),
    version_no      integer        not null,
    -- the scenario's place (from 0) in the frozen section
    position        integer        not null,
    enterprise_id   bigint         not null references enterprise (id),
    call_year       integer        not null,
    enterprise_name varchar(200)   not null,
    project_name    varchar(200)   not null,
    division_code   varchar(6)     not null,
    mode_codes      varchar(32)[]  not null,
    name            varchar(200)   not null,
    stage           varchar(16)    not null,
    problem         varchar(4000),
    solution        varchar(4000),
    effect          varchar(4000),
    public_title    varchar(200)   not null,
    public_summary  varchar(1000),
    status          varchar(16)    not null,
    consented_by    varchar(100),
    consented_at    timestamptz,
    decided_by      varchar(100),
    decided_at      timestamptz,
    reason          varchar(1000),
    published_at    timestamptz,
    version         integer        not null default 0,
    created_at      timestamptz    not null,
    constraint portal_scenario_position_uk unique (application_id, position),
    constraint portal_scenario_status_ck
        check (status in ('CANDIDATE', 'CONSENTED', 'PUBLISHED', 'WITHDRAWN', 'REJECTED')),
    constraint portal_scenario_stage_ck
        check (stage in ('DESIGN', 'MANUFACTURING', 'LOGISTICS', 'SALES', 'SERVICE')),
    -- published only with a consent on record
    constraint portal_scenario_published_ck
        check (status <> 'PUBLISHED' or (consented_at is not null and published_at is not null))
);
create index portal_scenario_status_ix on portal_scenario (status, stage);
create index portal_scenario_enterprise_ix on portal_scenario (enterprise_id);

-- Every status change of a scenario: who, when, why.
create table portal_scenario_change (
    id           bigserial     primary key,
    scenario_id  bigint        not null references portal_scenario (id),
    transition   varchar(32)   not null,
    from_status  varchar(16)   not null,
    to_status    varchar(16)   not null,
    actor        varchar(100)  not null,
    acted_at     timestamptz   not null,
    reason       varchar(1000)
);
create index portal_scenario_change_ix on portal_scenario_change (scenario_id, id);

-- The key industry of a project, set by the office for the portal (the application does not record one).
create table portal_project_industry (
    application_id bigint        primary key references project_application (id),
    industry_code  varchar(32)   not null references key_industry (code),
    set_by         varchar(100)  not null,
    set_at         timestamptz   not null
);
