package cn.gov.hubei.jxt.pilot;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold in the database whatever the tests did, checked after every integration and browser test class
 * against the database they all share: each invariant is a query that returns the rows breaking it, none when it
 * holds. A failure names the invariant and its offending rows, each row reported once (later classes do not fail
 * again for rows an earlier class left behind).
 */
public final class DatabaseInvariants {

    /**
     * One invariant: what must hold, and the query returning the rows that break it.
     */
    public record Invariant(String name, String offendingRows) {
    }

    /** An invariant that does not hold, with the rows that break it (column → value). */
    public record Violation(String invariant, List<Map<String, Object>> rows) {
        @Override
        public String toString() {
            return invariant + ":\n" + rows.stream().map(r -> "    " + r).collect(Collectors.joining("\n"));
        }
    }

    public static final String WITH_PROVINCE_ON_LIST = "an application with the province is on its division's list";
    public static final String LIST_ENTRY_WITH_PROVINCE =
            "a list entry's application is with the province, in the list's call and division";
    public static final String LAST_VERSION_NUMBER =
            "an application's last_version_no is its highest frozen version, and a submitted one has one";
    public static final String STATUS_FROM_HISTORY =
            "an application's status is the target of its last status-history row (a draft may have none)";
    public static final String RANKS_WITHOUT_GAPS = "the ranks of a list are 1..n without gaps or duplicates";
    public static final String SUBMITTED_LIST_HAS_SUBMISSION =
            "a submitted list has its submission time and its submission with the stamped scan";
    public static final String FROZEN_FILES_EXIST = "every file a frozen version or an application refers to is stored";
    public static final String SEPARATION_OF_DUTIES =
            "no account holds an administrator role together with another administrator or a business role";
    public static final String FORMAL_REVIEW_AGREES_WITH_STATUS =
            "an application's status agrees with its last formal review";
    public static final String REVIEW_SHEET_TOTAL =
            "a submitted score sheet's total is the weighted sum of its scores, every criterion of its rubric scored";
    public static final String REVIEW_RUBRIC_LOCKED =
            "a rubric a submitted score sheet was scored with is locked";
    public static final String REVIEWED_STATUS_HAS_FORMAL_REVIEW =
            "an application in a status only the formal review gives has a formal review";
    public static final String SIGNED_OFF_VISIT_IS_COMPLETE =
            "a signed-off site visit has a finding for every checklist item, a conclusion and its team's leader as signer";
    public static final String SITE_VISIT_TEAM_HAS_ITS_LEADER =
            "an inspection team's leader is one of its members";
    public static final String EXPERT_HISTORY_FOLLOWS_STATUS =
            "an expert's last activation or deactivation agrees with whether the expert is active";
    public static final String EXPERT_ACCOUNT_IS_AN_EXPERTS =
            "an expert's login account holds the role EXPERT";
    public static final String PORTAL_SCENARIO_STATUS_FROM_HISTORY =
            "a typical scenario's status is the target of its last change (a candidate may have none)";
    public static final String PORTAL_PUBLISHED_BY_ITS_ENTERPRISE =
            "a published typical scenario was consented by an applicant of its enterprise";
    public static final String DECLARATION_IN_ITS_APPLICATIONS_CALL =
            "a declared conflict is of its application's call";
    public static final String DESIGNATED_PROJECT_PASSED_IN_ITS_CALL =
            "a designated project's application passed formal review in the call of the project and its publication";
    public static final String CERTIFIED_PUBLICATION_HAS_CERTIFICATES =
            "every designated project of a certified publication, unless revoked, has one certificate in force";

    public static final String MEETING_AGENDA_PASSED_IN_ITS_CALL =
            "an application on a review meeting's agenda passed formal review in the meeting's call";
    public static final String MEETING_SEATS_ON_ITS_AGENDA =
            "a review meeting's seats are on its agenda and no application has more active seats than the meeting's "
                    + "experts per application";
    public static final String MEETING_DRAWN_HAS_ITS_DRAW =
            "a review meeting drawn or later has one current draw, a planned one none and no seats or invitations";
    public static final String OBJECTION_STATUS_FROM_STEPS =
            "an objection's status is its last step's, and it is taken off the list exactly when a step says so";

    public static final String RELEASED_NOTICE_RELEASED_ITS_PROPOSAL =
            "a released public notice's review batch is released and every project on its list is of its call";

    public static final String AUDIT_CHECKPOINT_ON_CHAIN =
            "a signed audit checkpoint names an entry of the chain with that entry's hash and algorithm";
    public static final String AUDIT_ENTRIES_KEYED_AFTER_FIRST_KEYED =
            "no plain-sm3 audit entry follows a keyed one";

    public static final String PERSONAL_DATA_SEALED =
            "contacts, attendees' and plaque recipients' names hold SM4 ciphertexts only (docs/security.md §14)";

    /** The invariants, each a query returning the rows that break it. */
    public static final List<Invariant> ALL = List.of(
            new Invariant(PERSONAL_DATA_SEALED, """
                    select 'enterprise_registration:' || id as id from enterprise_registration
                     where contact_name not like 'sm4gcm:%' or mobile not like 'sm4gcm:%' or email not like 'sm4gcm:%'
                    union all
                    select 'enterprise_profile:' || enterprise_id from enterprise_profile
                     where contact_name not like 'sm4gcm:%' or contact_phone not like 'sm4gcm:%'
                        or contact_mobile not like 'sm4gcm:%' or contact_fax not like 'sm4gcm:%'
                        or contact_email not like 'sm4gcm:%'
                    union all
                    select 'expert:' || id from expert where phone not like 'sm4gcm:%' or email not like 'sm4gcm:%'
                    union all
                    select 'expert_change:' || id from expert_change
                     where record ->> 'phone' not like 'sm4gcm:%' or record ->> 'email' not like 'sm4gcm:%'
                    union all
                    select 'site_visit_attendee:' || id from site_visit_attendee where name not like 'sm4gcm:%'
                    union all
                    select 'designation_plaque:' || designation_id from designation_plaque
                     where received_by_name not like 'sm4gcm:%'
                    order by 1"""),
            new Invariant(RELEASED_NOTICE_RELEASED_ITS_PROPOSAL, """
                    select n.id, n.call_id, n.status
                      from public_notice n
                      left join decision_batch b on b.module = 'review' and b.name = 'call-' || n.call_id
                     where n.status <> 'DRAFT'
                       and (b.released_at is null
                            or exists (select 1 from public_notice_entry e
                                         join project_application a on a.id = e.application_id
                                        where e.notice_id = n.id and a.call_id <> n.call_id))
                     order by n.id"""),
            new Invariant(AUDIT_CHECKPOINT_ON_CHAIN, """
                    select c.id, c.period, c.head_seq
                      from audit_checkpoint c
                     where not exists (select 1 from audit_entry e
                                        where e.seq = c.head_seq and e.hash = c.head_hash
                                          and e.algorithm = c.algorithm)
                     order by c.id"""),
            new Invariant(AUDIT_ENTRIES_KEYED_AFTER_FIRST_KEYED, """
                    select e.seq
                      from audit_entry e
                     where e.algorithm = 'sm3'
                       and e.seq > (select min(k.seq) from audit_entry k where k.algorithm <> 'sm3')
                     order by e.seq"""),
            new Invariant(WITH_PROVINCE_ON_LIST, """
                    select a.id, a.status, a.call_id, a.division_code
                      from project_application a
                     where a.status in (:withProvince)
                       and not exists (select 1 from recommendation_entry e
                                        where e.application_id = a.id
                                          and e.call_id = a.call_id and e.division_code = a.division_code)
                     order by a.id"""),
            new Invariant(LIST_ENTRY_WITH_PROVINCE, """
                    select e.application_id, e.call_id, e.division_code, e.rank, a.status,
                           a.call_id as application_call_id, a.division_code as application_division_code
                      from recommendation_entry e
                      join project_application a on a.id = e.application_id
                     where a.status not in (:withProvince)
                        or a.call_id <> e.call_id or a.division_code <> e.division_code
                     order by e.application_id"""),
            new Invariant(LAST_VERSION_NUMBER, """
                    select a.id, a.status, a.last_version_no, max(v.number) as highest_version
                      from project_application a
                      left join application_version v on v.application_id = a.id
                     group by a.id, a.status, a.last_version_no
                    having a.last_version_no <> coalesce(max(v.number), 0)
                        or (a.status <> 'DRAFT' and count(v.number) = 0)
                     order by a.id"""),
            new Invariant(STATUS_FROM_HISTORY, """
                    select a.id, a.status, h.id as history_id, h.to_status as last_history_target
                      from project_application a
                      left join lateral (select id, to_status from application_status_history
                                          where application_id = a.id order by id desc limit 1) h on true
                     where (h.id is null and a.status <> 'DRAFT') or (h.id is not null and h.to_status <> a.status)
                     order by a.id"""),
            new Invariant(RANKS_WITHOUT_GAPS, """
                    select call_id, division_code, count(*) as entries, count(distinct rank) as distinct_ranks,
                           min(rank) as lowest, max(rank) as highest
                      from recommendation_entry
                     group by call_id, division_code
                    having min(rank) <> 1 or max(rank) <> count(*) or count(distinct rank) <> count(*)
                     order by call_id, division_code"""),
            new Invariant(SUBMITTED_LIST_HAS_SUBMISSION, """
                    select l.call_id, l.division_code, l.submitted_at, l.submission_no, s.id as submission_id,
                           s.scan_file_id
                      from recommendation_list l
                      left join recommendation_submission s
                        on s.call_id = l.call_id and s.division_code = l.division_code and s.number = l.submission_no
                      left join stored_file f on f.id = s.scan_file_id
                     where l.status = 'SUBMITTED' and (l.submitted_at is null or s.id is null or f.id is null)
                     order by l.call_id, l.division_code"""),
            new Invariant(FROZEN_FILES_EXIST, """
                    select r.application_id, r.version_no, r.file_id
                      from (select v.application_id, v.number as version_no, ref #>> '{}' as file_id
                              from application_version v,
                                   jsonb_path_query(v.snapshot::jsonb,
                                           '$.**.fileId') as ref
                            union
                            select v.application_id, v.number, ref #>> '{}'
                              from application_version v,
                                   jsonb_path_query(v.snapshot::jsonb,
                                           '$.**.commitmentFileId') as ref
                            union
                            select v.application_id, v.number, ref #>> '{}'
                              from application_version v,
                                   jsonb_path_query(v.snapshot::jsonb,
                                           '$.**.creditReportFileId') as ref
                            union
                            select v.application_id, v.number, ref #>> '{}'
                              from application_version v,
                                   jsonb_path_query(v.snapshot::jsonb, '$.**.otherFileIds[*]') as ref
                            union
                            select application_id, null, file_id::text from application_file) r
                     where r.file_id is not null
                       and not exists (select 1 from stored_file f where f.id = r.file_id::bigint)
                     order by r.application_id, r.version_no, r.file_id"""),
            new Invariant(SEPARATION_OF_DUTIES, """
                    select u.id, u.username, string_agg(r.role, ',' order by r.role) as roles
                      from user_account u
                      join user_role r on r.user_id = u.id
                     group by u.id, u.username
                    having count(*) filter (where r.role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')) > 1
                        or (count(*) filter (where r.role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')) = 1
                            and count(*) > 1)
                     order by u.id"""),
            new Invariant(FORMAL_REVIEW_AGREES_WITH_STATUS, """
                    select a.id, a.status, r.id as review_id, r.version_no, r.outcome
                      from project_application a
                      join lateral (select id, version_no, outcome from formal_review
                                     where application_id = a.id order by id desc limit 1) r on true
                     where (r.outcome = 'PASS' and a.status <> 'FORMAL_PASSED')
                        or (r.outcome = 'FAIL' and a.status <> 'FORMAL_FAILED')
                        or (r.outcome = 'REQUEST_CORRECTION' and a.status not in ('CORRECTION_REQUESTED', 'CORRECTED'))
                     order by a.id"""),
            new Invariant(REVIEWED_STATUS_HAS_FORMAL_REVIEW, """
                    select a.id, a.status
                      from project_application a
                     where a.status in ('CORRECTION_REQUESTED', 'CORRECTED', 'FORMAL_PASSED', 'FORMAL_FAILED')
                       and not exists (select 1 from formal_review r where r.application_id = a.id)
                     order by a.id"""),
            new Invariant(REVIEW_SHEET_TOTAL, """
                    select s.id, s.total,
                           (select round(coalesce(sum(c.weight * x.score), 0), 2)
                              from review_criterion c
                              left join review_sheet_score x on x.sheet_id = s.id and x.criterion_code = c.code
                             where c.rubric_id = s.rubric_id) as weighted
                      from review_sheet s
                     where s.status = 'SUBMITTED'
                       and (s.total <> (select round(coalesce(sum(c.weight * x.score), 0), 2)
                                          from review_criterion c
                                          left join review_sheet_score x
                                                 on x.sheet_id = s.id and x.criterion_code = c.code
                                         where c.rubric_id = s.rubric_id)
                            or exists (select 1 from review_criterion c
                                        where c.rubric_id = s.rubric_id
                                          and not exists (select 1 from review_sheet_score x
                                                           where x.sheet_id = s.id and x.criterion_code = c.code
                                                             and x.score is not null)))
                     order by s.id"""),
            new Invariant(REVIEW_RUBRIC_LOCKED, """
                    select distinct r.id, r.call_id, r.version
                      from review_rubric r
                      join review_sheet s on s.rubric_id = r.id and s.status = 'SUBMITTED'
                     where r.locked_at is null
                     order by r.id"""),
            new Invariant(MEETING_AGENDA_PASSED_IN_ITS_CALL, """
                    select ma.meeting_id, ma.application_id, a.status, a.call_id, m.call_id as meeting_call_id
                      from meeting_application ma
                      join review_meeting m on m.id = ma.meeting_id
                      join project_application a on a.id = ma.application_id
                     where a.status <> 'FORMAL_PASSED' or a.call_id <> m.call_id or ma.call_id <> m.call_id
                     order by ma.meeting_id, ma.application_id"""),
            new Invariant(MEETING_SEATS_ON_ITS_AGENDA, """
                    select s.meeting_id, s.application_id, count(*) filter (where s.state = 'ACTIVE') as active,
                           bool_and(ma.application_id is not null) as on_agenda
                      from meeting_seat s
                      join review_meeting m on m.id = s.meeting_id
                      left join meeting_application ma on ma.meeting_id = s.meeting_id
                                                      and ma.application_id = s.application_id
                     group by s.meeting_id, s.application_id, m.experts_per_application
                    having count(*) filter (where s.state = 'ACTIVE') > m.experts_per_application
                        or not bool_and(ma.application_id is not null)
                     order by s.meeting_id, s.application_id"""),
            new Invariant(MEETING_DRAWN_HAS_ITS_DRAW, """
                    select m.id, m.status
                      from review_meeting m
                     where (m.status <> 'PLANNED') <> exists (select 1 from meeting_draw d
                                                                where d.meeting_id = m.id and d.cancelled_at is null)
                        or m.status = 'PLANNED' and (exists (select 1 from meeting_seat s where s.meeting_id = m.id)
                            or exists (select 1 from meeting_invitation i where i.meeting_id = m.id))
                     order by m.id"""),
            new Invariant(SIGNED_OFF_VISIT_IS_COMPLETE, """
                    select v.id, v.status, v.conclusion, v.signed_off_by
                      from site_visit v
                      join site_visit_team t on t.id = v.team_id
                      join user_account u on u.id = t.leader_id
                     where v.status = 'SIGNED_OFF'
                       and (v.conclusion is null or v.signed_off_by <> u.username
                            or exists (select 1 from site_visit_item i where i.visit_id = v.id and i.finding is null))
                     order by v.id"""),
            new Invariant(PORTAL_SCENARIO_STATUS_FROM_HISTORY, """
                    select s.id, s.status, c.to_status
                      from portal_scenario s
                      left join lateral (select to_status from portal_scenario_change
                                          where scenario_id = s.id order by id desc limit 1) c on true
                     where coalesce(c.to_status, 'CANDIDATE') <> s.status
                     order by s.id"""),
            new Invariant(PORTAL_PUBLISHED_BY_ITS_ENTERPRISE, """
                    select s.id, s.consented_by
                      from portal_scenario s
                     where s.status = 'PUBLISHED'
                       and not exists (select 1 from user_account u
                                        where u.username = s.consented_by and u.enterprise_id = s.enterprise_id)
                     order by s.id"""),
            new Invariant(SITE_VISIT_TEAM_HAS_ITS_LEADER, """
                    select t.id, t.leader_id
                      from site_visit_team t
                     where not exists (select 1 from site_visit_team_member m
                                        where m.team_id = t.id and m.account_id = t.leader_id)
                     order by t.id"""),
            new Invariant(EXPERT_HISTORY_FOLLOWS_STATUS, """
                    select e.id, e.active, c.change
                      from expert e
                      left join lateral (select change from expert_change
                                          where expert_id = e.id and change in ('REGISTERED', 'ACTIVATED', 'DEACTIVATED')
                                          order by id desc limit 1) c on true
                     where c.change is null or (c.change = 'DEACTIVATED') = e.active
                     order by e.id"""),
            new Invariant(EXPERT_ACCOUNT_IS_AN_EXPERTS, """
                    select e.id, e.account_id
                      from expert e
                     where e.account_id is not null
                       and not exists (select 1 from user_role r where r.user_id = e.account_id and r.role = 'EXPERT')
                     order by e.id"""),
            new Invariant(DECLARATION_IN_ITS_APPLICATIONS_CALL, """
                    select d.id, d.call_id, a.call_id as application_call_id
                      from expert_conflict_declaration d
                      join project_application a on a.id = d.application_id
                     where a.call_id <> d.call_id
                     order by d.id"""),
            new Invariant(OBJECTION_STATUS_FROM_STEPS, """
                    select c.id, c.status, last.kind
                      from objection_case c
                      left join lateral (select s.kind from objection_step s
                                          where s.case_id = c.id and s.kind not in ('NOTE', 'REMOVED')
                                          order by s.id desc limit 1) last on true
                     where last.kind is distinct from c.status
                        or c.removed_from_list <> exists (select 1 from objection_step r
                                                          where r.case_id = c.id and r.kind = 'REMOVED')
                     order by c.id"""),
            new Invariant(DESIGNATED_PROJECT_PASSED_IN_ITS_CALL, """
                    select d.id, d.application_id, a.status, a.call_id, d.call_id as project_call_id,
                           p.call_id as publication_call_id
                      from designated_project d
                      join designation_publication p on p.id = d.publication_id
                      join project_application a on a.id = d.application_id
                     where a.status <> 'FORMAL_PASSED' or a.call_id <> d.call_id or p.call_id <> d.call_id
                     order by d.id"""),
            new Invariant(CERTIFIED_PUBLICATION_HAS_CERTIFICATES, """
                    select d.id, d.publication_id
                      from designated_project d
                      join designation_publication p on p.id = d.publication_id
                     where p.status = 'CERTIFIED' and d.revoked_at is null
                       and not exists (select 1 from designation_certificate c
                                        where c.designation_id = d.id and c.replaced_at is null)
                     order by d.id"""));

    private static final Set<String> REPORTED = Collections.synchronizedSet(new HashSet<>());

    private DatabaseInvariants() {
    }

    /** Every invariant that does not hold now, with its offending rows. */
    public static List<Violation> check(JdbcClient jdbc) {
        return check(jdbc, ALL);
    }

    private static List<Violation> check(JdbcClient jdbc, List<Invariant> invariants) {
        List<Violation> violations = new ArrayList<>();
        for (Invariant invariant : invariants) {
            List<Map<String, Object>> rows = jdbc.sql(invariant.offendingRows())
                    .param("withProvince", ApplicationStatusGroup.WITH_PROVINCE.statuses().stream()
                            .map(Enum::name).toList())
                    .query().listOfRows();
            if (!rows.isEmpty()) {
                violations.add(new Violation(invariant.name(), rows));
            }
        }
        return violations;
    }

    /** Fails naming every invariant broken by rows not reported before, and those rows. */
    static void assertHoldAfter(Class<?> testClass, JdbcClient jdbc) {
        SuspendsInvariants suspended = testClass.getAnnotation(SuspendsInvariants.class);
        Set<String> suspendedNames = suspended == null ? Set.of() : Set.of(suspended.value());
        List<String> problems = new ArrayList<>();
        for (Violation violation : check(jdbc, ALL)) {
            List<Map<String, Object>> fresh = violation.rows().stream()
                    .filter(row -> REPORTED.add(violation.invariant() + " " + row)).toList();
            // the rows a class that acts below the owning modules leaves are its own: accepted, never reported again
            if (!fresh.isEmpty() && !suspendedNames.contains(violation.invariant())) {
                problems.add(new Violation(violation.invariant(), fresh).toString());
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Database invariants broken after " + testClass.getName() + ":\n"
                    + String.join("\n", problems));
        }
    }

    /** Registered by {@code @IntegrationTest}: checks the invariants after each test class. */
    public static class AfterEachClass implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            JdbcClient jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
            assertHoldAfter(context.getRequiredTestClass(), jdbc);
        }
    }
}
