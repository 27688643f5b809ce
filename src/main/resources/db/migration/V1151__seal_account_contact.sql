-- Accounts' e-mail address and mobile number are sealed at rest with SM4 (platform.PersonalDataCipher,
-- 'sm4gcm:<keyId>:<base64>'), each with a keyed SM3 digest for exact lookups. SQL cannot encrypt (the key never
-- enters the database): rows written before this version are sealed by identity's AccountContactSealing at start.
alter table user_account alter column email type varchar(400);
alter table user_account alter column mobile type varchar(400);
alter table user_account add column email_digest varchar(64);
alter table user_account add column mobile_digest varchar(64);
create index user_account_email_digest_ix on user_account (email_digest);
create index user_account_mobile_digest_ix on user_account (mobile_digest);
