-- One row per upload. The bytes live in the storage directory (app.files.directory) under their SHA-256, once per
-- content: two uploads of the same bytes are two rows sharing one blob. Rows are never updated.
create table stored_file (
    id        bigserial    primary key,
    sha256    char(64)     not null,
    size      bigint       not null,
    kind      varchar(8)   not null,
    name      varchar(255) not null,
    stored_by varchar(100) not null,
    stored_at timestamptz  not null,
    constraint stored_file_size_ck check (size > 0),
    constraint stored_file_sha256_ck check (length(sha256) = 64),
    constraint stored_file_kind_ck check (kind in ('PDF', 'PNG', 'JPEG', 'DOCX', 'XLSX'))
);
-- Finding every record of one blob: before a blob is restored from backup, or when checking what a damaged blob affects.
create index stored_file_sha256_ix on stored_file (sha256);
