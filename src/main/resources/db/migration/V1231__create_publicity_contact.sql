-- The programme office's contact printed on every notice (docs/publicity.md "The office's contact"): one row, set by
-- the office; until it is set the notices take the defaults of the messages (publicity.defaults.*).
create table publicity_contact (
    id                integer      primary key default 1,
    publisher         varchar(100) not null,
    contact_telephone varchar(50)  not null,
    contact_address   varchar(200) not null,
    objection_email   varchar(120) not null,
    version           bigint       not null default 0,
    updated_by        varchar(100) not null,
    updated_at        timestamptz  not null,
    constraint publicity_contact_one_row_ck check (id = 1)
);
