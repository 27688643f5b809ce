-- People who log in. Roles are a set; the separation of the three administrators (三员分立) is enforced by the
-- application (with a message) and, as a last line, by the trigger below.
create table user_account (
    id                    bigint generated always as identity primary key,
    username              varchar(64)  not null,
    display_name          varchar(100) not null,
    email                 varchar(200),
    mobile                varchar(20),
    enterprise_id         bigint references enterprise (id),
    division_code         varchar(6),
    enabled               boolean      not null default true,
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null default true,
    password_changed_at   timestamptz,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz  not null,
    created_by            varchar(64)  not null,
    updated_at            timestamptz  not null,
    version               integer      not null default 0,
    constraint user_account_username_uk unique (username),
    constraint user_account_username_ck check (username = lower(username) and username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);

create table user_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(32) not null,
    constraint user_role_pk primary key (user_id, role),
    constraint user_role_ck check (role in ('APPLICANT', 'RECOMMENDER', 'OFFICER', 'EXPERT',
                                            'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))
);

create function user_role_separation() returns trigger language plpgsql as $$
declare
    admin_count    integer;
    business_count integer;
begin
    select count(*) filter (where role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')),
           count(*) filter (where role not in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))
      into admin_count, business_count
      from user_role where user_id = new.user_id;
    if admin_count > 1 or (admin_count = 1 and business_count > 0) then
        raise exception '三员分立：账号 % 不能同时持有两个管理员角色，或同时持有管理员角色与业务角色', new.user_id;
    end if;
    return new;
end;
$$;

create trigger user_role_separation_trg after insert or update on user_role
    for each row execute function user_role_separation();

-- Failed logins within the policy's window lock the account.
create table login_failure (
    id        bigint generated always as identity primary key,
    user_id   bigint      not null references user_account (id) on delete cascade,
    failed_at timestamptz not null
);
create index login_failure_user_ix on login_failure (user_id, failed_at);

-- The password and lockout policy, one row, edited by the security administrator.
create table password_policy (
    id                      integer     primary key default 1,
    min_length              integer     not null,
    min_character_classes   integer     not null,
    forbid_username         boolean     not null,
    max_failures            integer     not null,
    failure_window_minutes  integer     not null,
    lock_minutes            integer     not null,
    idle_timeout_minutes    integer     not null,
    updated_at              timestamptz not null,
    updated_by              varchar(64) not null,
    version                 integer     not null default 0,
    constraint password_policy_single_row check (id = 1)
);
insert into password_policy (min_length, min_character_classes, forbid_username, max_failures, failure_window_minutes,
                             lock_minutes, idle_timeout_minutes, updated_at, updated_by)
values (8, 3, true, 5, 15, 30, 30, now(), 'system');

-- Bearer tokens for API clients; only a hash of the token is stored.
create table api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references user_account (id) on delete cascade,
    token_hash    char(64)    not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    client_address varchar(64),
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_user_ix on api_token (user_id);
