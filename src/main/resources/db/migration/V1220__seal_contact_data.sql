-- The remaining personal data sealed at rest with SM4 (platform.PersonalDataCipher, 'sm4gcm:<keyId>:<base64>',
-- docs/security.md §14): the registrant's contact, the enterprise profile's contact person, experts' telephone and
-- e-mail, the people met on a site visit, the plaque's recipient. The columns widen to hold a ciphertext. SQL cannot
-- encrypt (the key never enters the database): rows written before this version are sealed by each module's start-up
-- step (platform.PersonalDataSealing). No check constraint refuses plain text: a node of the previous release may
-- still write during a rolling upgrade, and the next start seals what it wrote; reads accept both.
alter table enterprise_registration alter column contact_name type varchar(600);
alter table enterprise_registration alter column mobile type varchar(600);
alter table enterprise_registration alter column email type varchar(600);
-- the registrant's address compared without case (resending a confirmation link): a keyed SM3 digest
alter table enterprise_registration add column email_digest varchar(64);
create index enterprise_registration_email_digest_ix on enterprise_registration (email_digest);

alter table enterprise_profile alter column contact_name type varchar(600);
alter table enterprise_profile alter column contact_phone type varchar(600);
alter table enterprise_profile alter column contact_mobile type varchar(600);
alter table enterprise_profile alter column contact_fax type varchar(600);
alter table enterprise_profile alter column contact_email type varchar(600);

alter table expert alter column phone type varchar(600);
alter table expert alter column email type varchar(600);

alter table site_visit_attendee alter column name type varchar(600);

alter table designation_plaque alter column received_by_name type varchar(600);
