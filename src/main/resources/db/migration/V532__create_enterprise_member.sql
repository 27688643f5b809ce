-- The people who act for an enterprise. The first user (the registrant) is its manager (本企业系统管理人员): they
-- invite colleagues and may disable them. A person belongs to one enterprise; an enterprise has one manager.
create table enterprise_member (
    enterprise_id bigint      not null references enterprise (id),
    user_id       bigint      not null references user_account (id),
    manager       boolean     not null default false,
    added_at      timestamptz not null,
    added_by      varchar(64) not null,
    constraint enterprise_member_pk primary key (enterprise_id, user_id),
    constraint enterprise_member_user_uk unique (user_id)
);
create unique index enterprise_member_one_manager_uk on enterprise_member (enterprise_id) where manager;
