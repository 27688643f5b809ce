-- Designation (module designation, docs/designation.md): the publication of a closed public notice by an official
-- document (one per notice), the projects it designated (valid three years from the publication date, the expiry
-- stored), their certificates (serial, verification token, replaced when re-issued) and plaque records.
-- Notices belong to the publicity module: their ids are kept here without a foreign key.

create table designation_publication (
    id              bigserial    primary key,
    notice_id       bigint       not null,
    call_id         bigint       not null references programme_call (id),
    year            integer      not null,
    document_number varchar(60)  not null,
    title           varchar(200) not null,
    published_on    date         not null,
    document_file   bigint       not null references stored_file (id),
    status          varchar(16)  not null,
    version         bigint       not null default 0,
    published_by    varchar(100) not null,
    published_at    timestamptz  not null,
    certified_at    timestamptz,
    certified_by    varchar(100),
    constraint designation_publication_notice_uk unique (notice_id),
    constraint designation_publication_number_uk unique (document_number),
    constraint designation_publication_status_ck check (status in ('PUBLISHED', 'CERTIFIED')),
    constraint designation_publication_certified_ck check ((status = 'CERTIFIED') = (certified_at is not null))
);

create table designated_project (
    id               bigserial    primary key,
    publication_id   bigint       not null references designation_publication (id),
    application_id   bigint       not null references project_application (id),
    call_id          bigint       not null references programme_call (id),
    year             integer      not null,
    position         integer      not null,
    version_no       integer      not null,
    project_name     varchar(300) not null,
    enterprise_id    bigint       not null,
    enterprise_name  varchar(300) not null,
    credit_code      varchar(18)  not null,
    division_code    varchar(6)   not null,
    recommender_name varchar(300),
    mode_codes       varchar(300) not null,
    valid_from       date         not null,
    valid_until      date         not null,
    revoked_at       timestamptz,
    revoked_by       varchar(100),
    revoked_reason   varchar(1000),
    constraint designated_project_application_uk unique (application_id),
    constraint designated_project_position_uk unique (publication_id, position),
    -- the rule of docs/designation.md: the day before the third anniversary (of 29 February: 1 March)
    constraint designated_project_validity_ck check (valid_until = case
        when extract(month from valid_from) = 2 and extract(day from valid_from) = 29
            then (valid_from + 1 + interval '3 years')::date - 1
        else (valid_from + interval '3 years')::date - 1 end),
    constraint designated_project_revoked_ck check ((revoked_at is null) = (revoked_reason is null)
        and (revoked_at is null) = (revoked_by is null))
);
create index designated_project_publication_ix on designated_project (publication_id);
create index designated_project_enterprise_ix on designated_project (enterprise_id);

create table designation_certificate (
    id             bigserial    primary key,
    designation_id bigint       not null references designated_project (id),
    serial         varchar(20)  not null,
    token          varchar(64)  not null,
    issued_by      varchar(100) not null,
    issued_at      timestamptz  not null,
    replaced_at    timestamptz,
    replaced_by    varchar(100),
    replaced_reason varchar(1000),
    constraint designation_certificate_serial_uk unique (serial),
    constraint designation_certificate_token_uk unique (token),
    constraint designation_certificate_serial_ck check (serial ~ '^HBZN-[0-9]{4}-[0-9]{4,}$'),
    constraint designation_certificate_replaced_ck check ((replaced_at is null) = (replaced_by is null))
);
-- one certificate in force per designated project; replaced ones stay for the verification page
create unique index designation_certificate_current_uk on designation_certificate (designation_id)
    where replaced_at is null;

create table designation_plaque (
    designation_id       bigint       primary key references designated_project (id),
    made_on              date,
    delivered_on         date,
    delivery_method      varchar(100),
    received_by_name     varchar(50),
    received_by_position varchar(50),
    received_on          date,
    version              bigint       not null default 0,
    updated_by           varchar(100) not null,
    updated_at           timestamptz  not null,
    constraint designation_plaque_order_ck check ((delivered_on is null or made_on is not null)
        and (received_on is null or delivered_on is not null)
        and (delivered_on is null or delivered_on >= made_on)
        and (received_on is null or received_on >= delivered_on))
);
