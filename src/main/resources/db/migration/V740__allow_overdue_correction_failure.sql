-- An officer may now fail (不通过) an application whose requested correction (补正) was not submitted by its deadline.
-- That decision is taken on the same version as the correction request (no new version was submitted), so the key
-- unique (application, version) of V720 would refuse it.
--
-- A version therefore takes at most two decisions, each in its own slot:
--   * the review of the submitted version (PASS, REQUEST_CORRECTION or FAIL): overdue_correction = false;
--   * when that review asked for a correction the enterprise never submitted, the failure that closes it after the
--     deadline: overdue_correction = true (always a FAIL).
-- The key becomes unique (application, version, overdue_correction). For the review it is exactly the old guard:
-- two requests racing to decide the same version collide in the database whatever their outcomes (a PASS and a
-- FAIL included). Two requests racing to close the same overdue correction collide too.
-- A key on (application, version, outcome) was not chosen: it would let a PASS and a FAIL of the same version both
-- be inserted, leaving only the application's row lock to stop the second.
alter table formal_review
    add column overdue_correction boolean not null default false;

alter table formal_review
    drop constraint formal_review_once_per_version_uk;

alter table formal_review
    add constraint formal_review_once_per_version_uk unique (application_id, version_no, overdue_correction);

alter table formal_review
    add constraint formal_review_overdue_fail_ck check (not overdue_correction or outcome = 'FAIL');
