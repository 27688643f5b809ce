package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealing;
import cn.gov.hubei.jxt.pilot.sitevisit.Attendee;
import cn.gov.hubei.jxt.pilot.sitevisit.ChecklistItem;
import cn.gov.hubei.jxt.pilot.sitevisit.Finding;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam.TeamMember;
import cn.gov.hubei.jxt.pilot.sitevisit.MemberKind;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitStatus;
import cn.gov.hubei.jxt.pilot.sitevisit.VisitPhoto;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The site-visit tables, in plain SQL. */
@Repository
class SiteVisitRepository {

    private static final String VISIT = """
            select v.id, v.application_id, a.number, a.project_name, e.name, a.division_code, a.call_id, v.team_id,
                   t.name, t.leader_id, v.visit_date, v.status, v.conclusion, v.summary, v.version, v.planned_by,
                   v.planned_at, v.signed_off_name, v.signed_off_at
            from site_visit v
            join site_visit_team t on t.id = v.team_id
            join project_application a on a.id = v.application_id
            join enterprise e on e.id = a.enterprise_id
            """;

    private static final RowMapper<SiteVisit> VISIT_ROW = (rs, n) -> new SiteVisit(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8),
            rs.getString(9), rs.getLong(10), rs.getObject(11, LocalDate.class),
            SiteVisitStatus.valueOf(rs.getString(12)),
            rs.getString(13) == null ? null : SiteVisitConclusion.valueOf(rs.getString(13)), rs.getString(14),
            rs.getInt(15), rs.getString(16), instant(rs.getTimestamp(17)), rs.getString(18),
            instant(rs.getTimestamp(19)));

    /** The sealed column: the name of a person met on site (docs/security.md §14). */
    static final PersonalDataSealing SEALED = PersonalDataSealing.of("site_visit_attendee", "id", "name");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    SiteVisitRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    // ------------------------------------------------------------------------------------------------ teams

    long insertTeam(long callId, String divisionCode, String name, long leaderId, String by, Instant at) {
        return jdbc.sql("""
                        insert into site_visit_team (call_id, division_code, name, leader_id, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(callId, divisionCode, name, leaderId, by, Timestamp.from(at)).query(Long.class).single();
    }

    boolean teamNameTaken(long callId, String name) {
        return jdbc.sql("select count(*) from site_visit_team where call_id = ? and name = ?").params(callId, name)
                .query(Long.class).single() > 0;
    }

    boolean insertMember(long teamId, long accountId, MemberKind kind, String by, Instant at) {
        return jdbc.sql("""
                        insert into site_visit_team_member (team_id, account_id, kind, added_by, added_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(teamId, accountId, kind.name(), by, Timestamp.from(at)).update() == 1;
    }

    boolean deleteMember(long teamId, long accountId) {
        return jdbc.sql("delete from site_visit_team_member where team_id = ? and account_id = ?")
                .params(teamId, accountId).update() == 1;
    }

    /** Locks the team's row until the transaction ends: membership and planning of one team one at a time. */
    void lockTeam(long teamId) {
        jdbc.sql("select id from site_visit_team where id = ? for update").param(teamId).query(Long.class).optional();
    }

    Optional<InspectionTeam> team(long teamId) {
        return teams("where t.id = ?", teamId).stream().findFirst();
    }

    List<InspectionTeam> teamsOfCall(long callId) {
        return teams("where t.call_id = ?", callId);
    }

    List<InspectionTeam> teamsOfMember(long accountId) {
        return teams("where exists (select 1 from site_visit_team_member m where m.team_id = t.id and m.account_id = ?)",
                accountId);
    }

    boolean isMemberOfAny(long accountId) {
        return jdbc.sql("select exists (select 1 from site_visit_team_member where account_id = ?)").param(accountId)
                .query(Boolean.class).single();
    }

    private List<InspectionTeam> teams(String where, long param) {
        record Head(long id, long callId, String division, String name, long leaderId, String by, Instant at) {
        }
        List<Head> heads = jdbc.sql("""
                        select t.id, t.call_id, t.division_code, t.name, t.leader_id, t.created_by, t.created_at
                        from site_visit_team t
                        """ + where + " order by t.division_code, t.name, t.id")
                .param(param)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), instant(rs.getTimestamp(7))))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TeamMember>> members = new LinkedHashMap<>();
        record Row(long teamId, TeamMember member) {
        }
        jdbc.sql("""
                        select m.team_id, u.id, u.username, u.display_name, m.kind
                        from site_visit_team_member m join user_account u on u.id = m.account_id
                        join site_visit_team t on t.id = m.team_id
                        where m.team_id = any (?)
                        order by m.team_id, (u.id = t.leader_id) desc, m.added_at, u.id""")
                .param(heads.stream().map(Head::id).toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong(1), new TeamMember(rs.getLong(2), rs.getString(3),
                        rs.getString(4), MemberKind.valueOf(rs.getString(5)))))
                .list()
                .forEach(r -> members.computeIfAbsent(r.teamId(), k -> new ArrayList<>()).add(r.member()));
        return heads.stream().map(h -> new InspectionTeam(h.id(), h.callId(), h.division(), h.name(), h.leaderId(),
                members.getOrDefault(h.id(), List.of()), h.by(), h.at())).toList();
    }

    // ----------------------------------------------------------------------------------------------- visits

    long insertVisit(long applicationId, long teamId, LocalDate date, String by, Instant at) {
        return jdbc.sql("""
                        insert into site_visit (application_id, team_id, visit_date, status, planned_by, planned_at)
                        values (?, ?, ?, 'PLANNED', ?, ?) returning id""")
                .params(applicationId, teamId, date, by, Timestamp.from(at)).query(Long.class).single();
    }

    boolean hasLiveVisit(long applicationId) {
        return jdbc.sql("select exists (select 1 from site_visit where application_id = ? and status <> 'CANCELLED')")
                .param(applicationId).query(Boolean.class).single();
    }

    Optional<SiteVisit> visit(long id) {
        return jdbc.sql(VISIT + " where v.id = ?").param(id).query(VISIT_ROW).optional();
    }

    /** The visit, its row locked until the transaction ends. */
    Optional<SiteVisit> lockVisit(long id) {
        jdbc.sql("select id from site_visit where id = ? for update").param(id).query(Long.class).optional();
        return visit(id);
    }

    List<SiteVisit> visitsOfCall(long callId) {
        return jdbc.sql(VISIT + " where a.call_id = ? order by a.division_code, v.visit_date, a.number, v.id")
                .param(callId).query(VISIT_ROW).list();
    }

    List<SiteVisit> visitsOfMember(long accountId) {
        return jdbc.sql(VISIT + """
                         where exists (select 1 from site_visit_team_member m where m.team_id = v.team_id
                                       and m.account_id = ?)
                        order by v.visit_date, a.number, v.id""")
                .param(accountId).query(VISIT_ROW).list();
    }

    List<SiteVisit> visitsOfTeam(long teamId) {
        return jdbc.sql(VISIT + " where v.team_id = ? order by v.visit_date, a.number, v.id").param(teamId)
                .query(VISIT_ROW).list();
    }

    /** The latest signed-off visit of each application. */
    List<SiteVisit> signedOff(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VISIT + """
                         where v.status = 'SIGNED_OFF' and v.application_id = any (?)
                        order by v.application_id, v.signed_off_at desc, v.id desc""")
                .param(applicationIds.toArray(Long[]::new)).query(VISIT_ROW).list();
    }

    boolean setStatus(long id, int version, SiteVisitStatus from, SiteVisitStatus to) {
        return jdbc.sql("""
                        update site_visit set status = ?, version = version + 1
                        where id = ? and version = ? and status = ?""")
                .params(to.name(), id, version, from.name()).update() == 1;
    }

    /**
     * Moves a planned visit to recording (the first write of the team); no-op otherwise. The version stays: it guards
     * the conclusion, the sign-off and the cancellation, which this move does not change.
     */
    void startRecording(long id) {
        jdbc.sql("update site_visit set status = 'RECORDING' where id = ? and status = 'PLANNED'")
                .param(id).update();
    }

    boolean conclude(long id, int version, SiteVisitConclusion conclusion, String summary) {
        return jdbc.sql("""
                        update site_visit set conclusion = ?, summary = ?, version = version + 1
                        where id = ? and version = ? and status = 'RECORDING'""")
                .params(conclusion.name(), summary, id, version).update() == 1;
    }

    boolean signOff(long id, int version, String by, String name, Instant at) {
        return jdbc.sql("""
                        update site_visit set status = 'SIGNED_OFF', signed_off_by = ?, signed_off_name = ?,
                               signed_off_at = ?, version = version + 1
                        where id = ? and version = ? and status = 'RECORDING'""")
                .params(by, name, Timestamp.from(at), id, version).update() == 1;
    }

    boolean cancel(long id, int version, String by, Instant at) {
        return jdbc.sql("""
                        update site_visit set status = 'CANCELLED', cancelled_by = ?, cancelled_at = ?,
                               version = version + 1
                        where id = ? and version = ? and status in ('PLANNED', 'RECORDING')""")
                .params(by, Timestamp.from(at), id, version).update() == 1;
    }

    // -------------------------------------------------------------------------------------------- checklist

    void insertItem(long visitId, int position, String source, String modeCode, int number, String grouping,
                    String text) {
        jdbc.sql("""
                        insert into site_visit_item (visit_id, position, source, mode_code, number, grouping, text)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(visitId, position, source, modeCode, number, grouping, text).update();
    }

    List<ChecklistItem> items(long visitId) {
        return jdbc.sql("""
                        select id, position, source, mode_code, number, grouping, text, finding, note, version,
                               recorded_by, recorded_at
                        from site_visit_item where visit_id = ? order by position""")
                .param(visitId)
                .query((rs, n) -> new ChecklistItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getString(8) == null ? null : Finding.valueOf(rs.getString(8)), rs.getString(9),
                        rs.getInt(10), rs.getString(11), instant(rs.getTimestamp(12))))
                .list();
    }

    Optional<ChecklistItem> item(long visitId, long itemId) {
        return items(visitId).stream().filter(i -> i.id() == itemId).findFirst();
    }

    boolean recordFinding(long visitId, long itemId, int version, Finding finding, String note, String by,
                          Instant at) {
        return jdbc.sql("""
                        update site_visit_item set finding = ?, note = ?, recorded_by = ?, recorded_at = ?,
                               version = version + 1
                        where id = ? and visit_id = ? and version = ?""")
                .params(finding.name(), note, by, Timestamp.from(at), itemId, visitId, version).update() == 1;
    }

    // ------------------------------------------------------------------------------------ attendees, photos

    long insertAttendee(long visitId, String name, String unit, String position, String by, Instant at) {
        return jdbc.sql("""
                        insert into site_visit_attendee (visit_id, name, unit, position, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(visitId, cipher.encrypt(name), unit, position, by, Timestamp.from(at)).query(Long.class)
                .single();
    }

    boolean deleteAttendee(long visitId, long id) {
        return jdbc.sql("delete from site_visit_attendee where id = ? and visit_id = ?").params(id, visitId)
                .update() == 1;
    }

    List<Attendee> attendees(long visitId) {
        return jdbc.sql("select id, name, unit, position from site_visit_attendee where visit_id = ? order by id")
                .param(visitId)
                .query((rs, n) -> new Attendee(rs.getLong(1), PersonalDataSealing.open(cipher, rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    long insertPhoto(long visitId, long fileId, String caption, LocalDateTime takenAt, boolean fromExif, String by,
                     Instant at) {
        return jdbc.sql("""
                        insert into site_visit_photo (visit_id, file_id, caption, taken_at, taken_source, added_by,
                                                      added_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(visitId, fileId, caption, takenAt, fromExif ? "EXIF" : "ENTERED", by, Timestamp.from(at))
                .query(Long.class).single();
    }

    boolean deletePhoto(long visitId, long id) {
        return jdbc.sql("delete from site_visit_photo where id = ? and visit_id = ?").params(id, visitId)
                .update() == 1;
    }

    List<VisitPhoto> photos(long visitId) {
        return jdbc.sql("""
                        select id, file_id, caption, taken_at, taken_source, added_by, added_at
                        from site_visit_photo where visit_id = ? order by taken_at, id""")
                .param(visitId)
                .query((rs, n) -> new VisitPhoto(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), "EXIF".equals(rs.getString(5)), rs.getString(6),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    // ---------------------------------------------------------------------------------------------- grants

    /** The applications of the live (not cancelled) visits of the teams the account is a member of. */
    List<Long> applicationsNeededBy(long accountId) {
        return jdbc.sql("""
                        select distinct v.application_id from site_visit v
                        join site_visit_team_member m on m.team_id = v.team_id
                        where m.account_id = ? and m.kind = 'EXPERT' and v.status <> 'CANCELLED'""")
                .param(accountId).query(Long.class).list();
    }

    /** The expert members of the team. */
    List<Long> expertsOf(long teamId) {
        return jdbc.sql("select account_id from site_visit_team_member where team_id = ? and kind = 'EXPERT'")
                .param(teamId).query(Long.class).list();
    }

    List<Long> grantedTo(long accountId) {
        return jdbc.sql("select application_id from site_visit_grant where account_id = ?").param(accountId)
                .query(Long.class).list();
    }

    void insertGrant(long applicationId, long accountId) {
        jdbc.sql("insert into site_visit_grant (application_id, account_id) values (?, ?) on conflict do nothing")
                .params(applicationId, accountId).update();
    }

    void deleteGrant(long applicationId, long accountId) {
        jdbc.sql("delete from site_visit_grant where application_id = ? and account_id = ?")
                .params(applicationId, accountId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
