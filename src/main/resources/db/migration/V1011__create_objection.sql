-- Objections to a public notice (objection module, docs/objection.md). Every column that holds the objector's personal
-- data or words is sealed with SM4 (platform.PersonalDataCipher: "sm4gcm:<keyId>:<base64>"); email_digest is a keyed
-- HMAC-SM3 of the normalised address for the per-address rate limit and exact-match search, never the address itself.
create table objection_receipt_sequence (
    year     integer primary key,
    last_no  integer not null,
    constraint objection_receipt_sequence_ck check (last_no > 0)
);

create table objection_case (
    id                  bigserial    primary key,
    receipt_number      varchar(20)  not null unique,
    notice_id           bigint       not null,
    application_id      bigint       not null,
    status              varchar(16)  not null,
    objector_kind       varchar(16)  not null,
    id_type             varchar(24)  not null,
    name_enc            text         not null,
    id_number_enc       text         not null,
    organisation_enc    text,
    telephone_enc       text         not null,
    email_enc           text         not null,
    email_digest        char(64)     not null,
    facts_enc           text         not null,
    lookup_code_hash    char(64)     not null,
    idempotency_token   varchar(64)  not null unique,
    received_at         timestamptz  not null,
    handled_by          varchar(100),
    accepted_at         timestamptz,
    concluded_at        timestamptz,
    removed_from_list   boolean      not null default false,
    removal_reason      varchar(500),
    version             integer      not null default 0,
    constraint objection_case_status_ck check (status in ('RECEIVED', 'ACCEPTED', 'DECLINED', 'UPHELD', 'DISMISSED')),
    constraint objection_case_kind_ck check (objector_kind in ('PERSON', 'ORGANISATION')),
    constraint objection_case_id_type_ck check (id_type in ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT',
                                                            'TAIWAN_PERMIT', 'CREDIT_CODE')),
    constraint objection_case_organisation_ck check ((objector_kind = 'ORGANISATION') = (organisation_enc is not null)),
    constraint objection_case_sealed_ck check (name_enc like 'sm4gcm:%' and id_number_enc like 'sm4gcm:%'
        and telephone_enc like 'sm4gcm:%' and email_enc like 'sm4gcm:%' and facts_enc like 'sm4gcm:%'
        and (organisation_enc is null or organisation_enc like 'sm4gcm:%')),
    constraint objection_case_accepted_ck check ((status in ('RECEIVED', 'DECLINED')) = (accepted_at is null)),
    constraint objection_case_concluded_ck check ((status in ('DECLINED', 'UPHELD', 'DISMISSED')) = (concluded_at is not null)),
    constraint objection_case_removed_ck check (not removed_from_list or (status = 'UPHELD' and removal_reason is not null))
);
create index objection_case_notice_ix on objection_case (notice_id, status);
create index objection_case_email_ix on objection_case (email_digest);

-- Every step of a case, oldest first: what the office did and, when published, what the objector reads in the lookup.
create table objection_step (
    id          bigserial    primary key,
    case_id     bigint       not null references objection_case (id),
    kind        varchar(16)  not null,
    text_enc    text,
    published   boolean      not null,
    by_user     varchar(100) not null,
    at          timestamptz  not null,
    constraint objection_step_kind_ck check (kind in ('RECEIVED', 'ACCEPTED', 'DECLINED', 'NOTE', 'UPHELD',
                                                      'DISMISSED', 'REMOVED')),
    constraint objection_step_sealed_ck check (text_enc is null or text_enc like 'sm4gcm:%')
);
create index objection_step_case_ix on objection_step (case_id, id);

-- Files of a case: the objector's evidence and the office's investigation evidence.
create table objection_file (
    case_id   bigint      not null references objection_case (id),
    file_id   bigint      not null references stored_file (id),
    origin    varchar(16) not null,
    added_at  timestamptz not null,
    primary key (case_id, file_id),
    constraint objection_file_origin_ck check (origin in ('OBJECTOR', 'OFFICE'))
);
