-- 企业基本信息 (附件3 一(一)). Name and credit code stay on enterprise (they are the registered ones). Money in 万元
-- with two decimals, 负债率 in percent with one. version counts saves, for optimistic locking. The application limits
-- 企业简介 to 400 characters; its column leaves room for databases that count bytes rather than characters.
create table enterprise_profile (
    enterprise_id                    bigint        not null references enterprise (id),
    founded_on                       date          not null,
    nature                           varchar(20)   not null,
    address                          varchar(200)  not null,
    contact_name                     varchar(50)   not null,
    contact_title                    varchar(50)   not null,
    contact_phone                    varchar(30)   not null,
    contact_mobile                   varchar(11)   not null,
    contact_fax                      varchar(30),
    contact_email                    varchar(200)  not null,
    total_assets                     numeric(14, 2) not null,
    debt_ratio                       numeric(4, 1) not null,
    credit_rating                    varchar(20),
    last_year_sales                  numeric(14, 2) not null,
    last_year_tax                    numeric(14, 2) not null,
    last_year_profit                 numeric(14, 2) not null,
    integration_management_pilot     boolean       not null,
    smart_manufacturing_project      boolean       not null,
    smart_manufacturing_project_name varchar(200),
    introduction                     varchar(2000) not null,
    version                          integer       not null,
    updated_at                       timestamptz   not null,
    updated_by                       varchar(64)   not null,
    constraint enterprise_profile_pk primary key (enterprise_id),
    constraint enterprise_profile_nature_ck check (nature in ('STATE_OWNED', 'PRIVATE', 'FOREIGN_INVESTED')),
    constraint enterprise_profile_money_ck
        check (total_assets >= 0 and last_year_sales >= 0 and last_year_tax >= 0),
    constraint enterprise_profile_debt_ratio_ck check (debt_ratio between 0 and 100),
    constraint enterprise_profile_project_ck
        check (not smart_manufacturing_project or smart_manufacturing_project_name is not null),
    constraint enterprise_profile_version_ck check (version > 0)
);
