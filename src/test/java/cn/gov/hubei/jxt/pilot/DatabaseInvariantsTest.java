package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each invariant of {@link DatabaseInvariants} fires on a row broken on purpose (in a transaction rolled back at the
 * end), naming that row; the data the application writes (demo data and every other test's) keeps them all.
 */
@IntegrationTest
class DatabaseInvariantsTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aReleasedNoticeWhoseProposalIsStillPending() {
        assertFires(DatabaseInvariants.RELEASED_NOTICE_RELEASED_ITS_PROPOSAL, "id", () -> {
            long id = id("select min(id) from public_notice where status <> 'DRAFT'");
            jdbc.sql("""
                    update decision_batch set released_at = null, released_by = null
                     where module = 'review' and name = (select 'call-' || call_id from public_notice where id = ?)""")
                    .param(id).update();
            return id;
        });
    }

    @Test
    void anApplicationWithTheProvinceThatIsOnNoList() {
        assertFires(DatabaseInvariants.WITH_PROVINCE_ON_LIST, "id", () -> {
            long id = id("""
                    select min(a.id) from project_application a
                     where a.status = 'SUBMITTED'
                       and not exists (select 1 from recommendation_entry e where e.application_id = a.id)""");
            jdbc.sql("update project_application set status = 'RECOMMENDED' where id = ?").param(id).update();
            return id;
        });
    }

    @Test
    void aListEntryWhoseApplicationIsNotWithTheProvince() {
        assertFires(DatabaseInvariants.LIST_ENTRY_WITH_PROVINCE, "application_id", () -> {
            long id = id("select min(application_id) from recommendation_entry");
            jdbc.sql("update project_application set status = 'SUBMITTED' where id = ?").param(id).update();
            return id;
        });
    }

    @Test
    void aLastVersionNumberWithoutItsFrozenVersion() {
        assertFires(DatabaseInvariants.LAST_VERSION_NUMBER, "id", () -> {
            long id = id("select min(id) from project_application where status = 'SUBMITTED'");
            jdbc.sql("update project_application set last_version_no = last_version_no + 1 where id = ?").param(id)
                    .update();
            return id;
        });
    }

    @Test
    void aStatusThatIsNotTheTargetOfTheLastHistoryRow() {
        assertFires(DatabaseInvariants.STATUS_FROM_HISTORY, "id", () -> {
            long id = id("select min(id) from project_application where status = 'SUBMITTED'");
            jdbc.sql("""
                    insert into application_status_history (application_id, transition, from_status, to_status,
                                                            occurred_at, actor)
                    values (?, 'WITHDRAW', 'SUBMITTED', 'WITHDRAWN', now(), 'invariant-test')""").param(id).update();
            return id;
        });
    }

    @Test
    void aGapInTheRanksOfAList() {
        assertFires(DatabaseInvariants.RANKS_WITHOUT_GAPS, "division_code", () -> {
            Map<String, Object> entry = jdbc.sql("""
                    select application_id, division_code from recommendation_entry
                     order by call_id, division_code, rank desc limit 1""").query().singleRow();
            jdbc.sql("update recommendation_entry set rank = rank + 10 where application_id = ?")
                    .param(entry.get("application_id")).update();
            return entry.get("division_code");
        });
    }

    @Test
    void aSubmittedListWithoutItsSubmission() {
        assertFires(DatabaseInvariants.SUBMITTED_LIST_HAS_SUBMISSION, "division_code", () -> {
            Map<String, Object> list = jdbc.sql("""
                    select call_id, division_code from recommendation_list order by call_id, division_code limit 1""")
                    .query().singleRow();
            jdbc.sql("""
                    update recommendation_list set status = 'SUBMITTED', submitted_at = null,
                                                   submission_no = submission_no + 1
                     where call_id = ? and division_code = ?""")
                    .params(list.get("call_id"), list.get("division_code")).update();
            return list.get("division_code");
        });
    }

    @Test
    void aFrozenVersionReferringToAFileThatIsNotStored() {
        assertFires(DatabaseInvariants.FROZEN_FILES_EXIST, "file_id", () -> {
            long id = id("select min(id) from project_application");
            jdbc.sql("""
                    insert into application_version (application_id, number, snapshot, submitted_by, submitted_at)
                    values (?, 9999, '{"files":[{"fileId":987654321}],
                                       "sections":{"attachments":{"otherFileIds":[987654322]}}}',
                            'invariant-test', now())""").param(id).update();
            return "987654322";
        });
    }

    @Test
    void anAdministratorWhoAlsoHoldsABusinessRole() {
        assertFires(DatabaseInvariants.SEPARATION_OF_DUTIES, "username", () -> {
            // the schema refuses it (trigger user_role_separation_trg): switched off inside this transaction only
            jdbc.sql("alter table user_role disable trigger user_role_separation_trg").update();
            jdbc.sql("""
                    insert into user_role (user_id, role)
                    select id, 'OFFICER' from user_account where username = 'sysadmin'""").update();
            return "sysadmin";
        });
    }

    @Test
    void aReviewedStatusWithoutAFormalReview() {
        assertFires(DatabaseInvariants.REVIEWED_STATUS_HAS_FORMAL_REVIEW, "id", () -> {
            long id = id("""
                    select min(a.id) from project_application a
                     where a.status in ('SUBMITTED', 'RECOMMENDED')
                       and not exists (select 1 from formal_review r where r.application_id = a.id)""");
            jdbc.sql("update project_application set status = 'FORMAL_PASSED' where id = ?").param(id).update();
            return id;
        });
    }

    @Test
    void aFormalReviewThatDisagreesWithTheStatus() {
        assertFires(DatabaseInvariants.FORMAL_REVIEW_AGREES_WITH_STATUS, "id", () -> {
            Map<String, Object> version = jdbc.sql("""
                    select a.id, a.last_version_no from project_application a
                     where a.status in ('SUBMITTED', 'RECOMMENDED')
                       and not exists (select 1 from formal_review r where r.application_id = a.id)
                     order by a.id limit 1""").query().singleRow();
            jdbc.sql("""
                    insert into formal_review (application_id, version_no, outcome, officer, decided_at)
                    values (?, ?, 'FAIL', 'invariant-test', now())""")
                    .params(version.get("id"), version.get("last_version_no")).update();
            return version.get("id");
        });
    }

    @Test
    void aSubmittedScoreSheetWhoseTotalIsNotItsWeightedSum() {
        assertFires(DatabaseInvariants.REVIEW_SHEET_TOTAL, "id", () -> {
            long rubric = reviewRubric(true);
            long sheet = submittedSheet(rubric, "20.00", "91.00");
            return sheet;
        });
    }

    @Test
    void aScoreSheetSubmittedWithARubricThatIsNotLocked() {
        assertFires(DatabaseInvariants.REVIEW_RUBRIC_LOCKED, "id", () -> {
            long rubric = reviewRubric(false);
            submittedSheet(rubric, "20.00", "20.00");
            return rubric;
        });
    }

    private long reviewRubric(boolean locked) {
        long call = id("select min(id) from programme_call");
        long rubric = jdbc.sql("""
                insert into review_rubric (call_id, version, tie_break, created_by, created_at, locked_at)
                values (?, (select coalesce(max(version), 0) + 1 from review_rubric where call_id = ?), 'CITY_RANK',
                        'invariant-test', now(), """ + (locked ? "now()" : "null") + ") returning id")
                .params(call, call).query(Long.class).single();
        jdbc.sql("""
                insert into review_criterion (rubric_id, position, code, name, weight, max_points, guidance)
                values (?, 1, 'ADVANCEMENT', 'x', 1, 100, 'x')""").param(rubric).update();
        return rubric;
    }

    private long submittedSheet(long rubric, String score, String total) {
        long application = id("select min(id) from project_application");
        long sheet = jdbc.sql("""
                insert into review_sheet (meeting_id, application_id, expert_id, account_id, rubric_id, status, opinion,
                                          total, created_at, updated_at, submitted_at)
                values (-1, ?, -1, -1, ?, 'SUBMITTED', 'x', ?, now(), now(), now()) returning id""")
                .params(application, rubric, new java.math.BigDecimal(total)).query(Long.class).single();
        jdbc.sql("insert into review_sheet_score (sheet_id, criterion_code, score) values (?, 'ADVANCEMENT', ?)")
                .params(sheet, new java.math.BigDecimal(score)).update();
        return sheet;
    }

    @Test
    void aContactWrittenInPlainText() {
        assertFires(DatabaseInvariants.PERSONAL_DATA_SEALED, "id", () -> {
            long expert = id("select min(id) from expert");
            jdbc.sql("update expert set phone = '13900000000' where id = ?").param(expert).update();
            return "expert:" + expert;
        });
    }

    @Test
    void aDesignatedProjectWhoseApplicationDidNotPassFormalReview() {
        assertFires(DatabaseInvariants.DESIGNATED_PROJECT_PASSED_IN_ITS_CALL, "id", () -> {
            long application = id("select min(id) from project_application where status <> 'FORMAL_PASSED'"
                    + " and id not in (select application_id from designated_project)");
            return designatedProject(application, "PUBLISHED");
        });
    }

    @Test
    void aCertifiedPublicationWithAProjectWithoutCertificate() {
        assertFires(DatabaseInvariants.CERTIFIED_PUBLICATION_HAS_CERTIFICATES, "id", () -> {
            long application = id("select min(id) from project_application where status = 'FORMAL_PASSED'"
                    + " and id not in (select application_id from designated_project)");
            return designatedProject(application, "CERTIFIED");
        });
    }

    /** A publication of the application's call in this status, with the application designated (no certificate). */
    private long designatedProject(long application, String status) {
        long call = jdbc.sql("select call_id from project_application where id = ?").param(application)
                .query(Long.class).single();
        long file = id("select min(id) from stored_file");
        long publication = jdbc.sql("""
                insert into designation_publication (notice_id, call_id, year, document_number, title, published_on,
                       document_file, status, published_by, published_at, certified_at)
                values (-1, ?, 2025, '鄂经信测试〔2025〕999号', 'x', date '2025-06-10', ?, ?, 'invariant-test', now(),
                        """ + ("CERTIFIED".equals(status) ? "now()" : "null") + ") returning id")
                .params(call, file, status).query(Long.class).single();
        return jdbc.sql("""
                insert into designated_project (publication_id, application_id, call_id, year, position, version_no,
                       project_name, enterprise_id, enterprise_name, credit_code, division_code, mode_codes,
                       valid_from, valid_until)
                values (?, ?, ?, 2025, 1, 1, 'x', -1, 'x', '91420500MA4K000000', '420500', 'DISCRETE',
                        date '2025-06-10', date '2028-06-09') returning id""")
                .params(publication, application, call).query(Long.class).single();
    }

    /** Breaks the data inside a transaction that is rolled back, and checks the invariant names the broken row. */
    @Test
    void aSignedOffSiteVisitWithAnItemWithoutFinding() {
        assertFires(DatabaseInvariants.SIGNED_OFF_VISIT_IS_COMPLETE, "id", () -> {
            long item = id("""
                    select min(i.id) from site_visit_item i join site_visit v on v.id = i.visit_id
                     where v.status = 'SIGNED_OFF'""");
            jdbc.sql("update site_visit_item set finding = null, note = null where id = ?").param(item).update();
            return jdbc.sql("select visit_id from site_visit_item where id = ?").param(item).query(Long.class).single();
        });
    }

    @Test
    void anInspectionTeamWhoseLeaderIsNoMember() {
        assertFires(DatabaseInvariants.SITE_VISIT_TEAM_HAS_ITS_LEADER, "id", () -> {
            long team = id("select min(id) from site_visit_team");
            jdbc.sql("""
                    delete from site_visit_team_member
                     where team_id = ? and account_id = (select leader_id from site_visit_team where id = ?)""")
                    .params(team, team).update();
            return team;
        });
    }

    @Test
    void aTypicalScenarioWhoseStatusIsNotItsLastChanges() {
        assertFires(DatabaseInvariants.PORTAL_SCENARIO_STATUS_FROM_HISTORY, "id", () -> {
            long scenario = id("select min(id) from portal_scenario where status = 'PUBLISHED'");
            jdbc.sql("update portal_scenario set status = 'REJECTED' where id = ?").param(scenario).update();
            return scenario;
        });
    }

    @Test
    void aPublishedTypicalScenarioConsentedByAnotherEnterprisesApplicant() {
        assertFires(DatabaseInvariants.PORTAL_PUBLISHED_BY_ITS_ENTERPRISE, "id", () -> {
            long scenario = id("select min(id) from portal_scenario where status = 'PUBLISHED'");
            jdbc.sql("update portal_scenario set consented_by = 'officer' where id = ?").param(scenario).update();
            return scenario;
        });
    }

    @Test
    void anAuditCheckpointWhoseEntryIsNotOnTheChain() {
        assertFires(DatabaseInvariants.AUDIT_CHECKPOINT_ON_CHAIN, "id", () -> id("""
                insert into audit_checkpoint (period, head_seq, head_hash, algorithm, signed_at, public_key_id,
                                              created_by, payload, signature)
                select 'invariant-test', last_seq, repeat('0', 64), 'sm3', now(), '0', 'test', 'x', 'x'
                  from audit_chain_head
                returning id"""));
    }

    @Test
    void aPlainSm3AuditEntryAfterAKeyedOne() {
        assertFires(DatabaseInvariants.AUDIT_ENTRIES_KEYED_AFTER_FIRST_KEYED, "seq", () -> {
            long seq = id("select max(seq) from audit_entry");
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update audit_entry set algorithm = 'sm3' where seq = ?").param(seq).update();
            jdbc.sql("set local session_replication_role = origin").update();
            return seq;
        });
    }

    private void assertFires(String invariant, String column, Supplier<Object> breakIt) {
        Object[] key = new Object[1];
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            key[0] = breakIt.get();
            assertThat(offending(invariant, column)).contains(String.valueOf(key[0]));
        });
        assertThat(offending(invariant, column)).doesNotContain(String.valueOf(key[0]));
    }

    /** The values of {@code column} in the rows breaking {@code invariant} now. */
    private List<String> offending(String invariant, String column) {
        return DatabaseInvariants.check(jdbc).stream().filter(v -> v.invariant().equals(invariant))
                .flatMap(v -> v.rows().stream()).map(row -> String.valueOf(row.get(column))).toList();
    }

    private long id(String sql) {
        Long id = jdbc.sql(sql).query(Long.class).single();
        assertThat(id).as("a row to break: " + sql).isNotNull();
        return id;
    }
}
