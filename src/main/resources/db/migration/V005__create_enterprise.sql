-- Enterprises (申报单位). An applicant account is bound to one of them. Registration and the profile (附件3 一(一))
-- extend this table.
create table enterprise (
    id             bigint generated always as identity primary key,
    credit_code    varchar(18)  not null,
    name           varchar(200) not null,
    division_code  varchar(6)   not null,
    created_at     timestamptz  not null,
    constraint enterprise_credit_code_uk unique (credit_code)
);
