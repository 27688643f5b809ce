package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.meeting.GroupBasis;
import cn.gov.hubei.jxt.pilot.meeting.InvitationState;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.SeatState;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The meetings' tables: {@code review_meeting}, {@code meeting_group}, {@code meeting_application},
 * {@code meeting_draw}, {@code meeting_seat}, {@code meeting_reserve}, {@code meeting_invitation}.
 */
@Repository
class MeetingRepository {

    private static final String MEETING = """
            select id, call_id, title, meeting_date, place, status, experts_per_application, coverage, load_cap,
                   reserves_per_group, version
              from review_meeting""";

    private static final RowMapper<MeetingRow> MEETING_ROW = (rs, n) -> new MeetingRow(
            new MeetingSummary(rs.getLong("id"), rs.getLong("call_id"), rs.getString("title"),
                    rs.getObject("meeting_date", LocalDate.class), rs.getString("place"),
                    MeetingStatus.valueOf(rs.getString("status")), rs.getInt("experts_per_application"),
                    rs.getInt("coverage")),
            rs.getInt("load_cap"), rs.getInt("reserves_per_group"), rs.getLong("version"));

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting with the parameters the summary leaves out. */
    record MeetingRow(MeetingSummary summary, int loadCap, int reservesPerGroup, long version) {
        long id() {
            return summary.id();
        }

        MeetingStatus status() {
            return summary.status();
        }
    }

    record DrawRow(long id, long meetingId, long seed, String seedSource, String inputDigest, String problem,
                   String result, long totalScore, int seatCount, String drawnBy, Instant drawnAt) {
    }

    record SeatRow(long id, long meetingId, long drawId, long applicationId, long expertId, int score, boolean covers,
                   String origin, SeatState state, String vacatedReason, Instant vacatedAt, Long replacesSeatId,
                   String replacedBy, Instant createdAt) {
    }

    record ReserveRow(long meetingId, long drawId, long groupId, int rank, long expertId, Instant calledAt) {
    }

    record InvitationRow(long meetingId, long expertId, Long accountId, boolean asReserve, InvitationState state,
                         Instant invitedAt, Instant answeredAt, String declineReason, Instant pledgedAt) {
    }

    record AgendaRow(long applicationId, long groupId, int groupPosition, String groupName) {
    }

    // ------------------------------------------------------------------------------------------------ meeting

    long insert(long callId, MeetingParameters p, String actor, Instant now) {
        return jdbc.sql("""
                        insert into review_meeting (call_id, title, meeting_date, place, experts_per_application,
                               coverage, load_cap, reserves_per_group, status, created_by, created_at, updated_by,
                               updated_at)
                        values (:call, :title, :date, :place, :experts, :coverage, :cap, :reserves, 'PLANNED', :actor,
                                :now, :actor, :now)
                        returning id""")
                .param("call", callId).param("title", p.title()).param("date", p.meetingDate())
                .param("place", p.place()).param("experts", p.expertsPerApplication())
                .param("coverage", p.coverage()).param("cap", p.loadCap()).param("reserves", p.reservesPerGroup())
                .param("actor", actor).param("now", ts(now))
                .query(Long.class).single();
    }

    void update(long id, MeetingParameters p, String actor, Instant now) {
        jdbc.sql("""
                        update review_meeting set title = :title, meeting_date = :date, place = :place,
                               experts_per_application = :experts, coverage = :coverage, load_cap = :cap,
                               reserves_per_group = :reserves, version = version + 1, updated_by = :actor,
                               updated_at = :now
                         where id = :id""")
                .param("id", id).param("title", p.title()).param("date", p.meetingDate())
                .param("place", p.place()).param("experts", p.expertsPerApplication())
                .param("coverage", p.coverage()).param("cap", p.loadCap()).param("reserves", p.reservesPerGroup())
                .param("actor", actor).param("now", ts(now))
                .update();
    }

    Optional<MeetingRow> find(long id) {
        return jdbc.sql(MEETING + " where id = :id").param("id", id).query(MEETING_ROW).optional();
    }

    /** The meeting's row, locked until the transaction ends: every write of a meeting takes this lock first. */
    Optional<MeetingRow> lock(long id) {
        return jdbc.sql(MEETING + " where id = :id for update").param("id", id).query(MEETING_ROW).optional();
    }

    List<MeetingRow> ofCall(long callId) {
        return jdbc.sql(MEETING + " where call_id = :call order by meeting_date, id").param("call", callId)
                .query(MEETING_ROW).list();
    }

    List<MeetingRow> all() {
        return jdbc.sql(MEETING + " order by meeting_date desc, id desc").query(MEETING_ROW).list();
    }

    void status(long id, MeetingStatus status, String actor, Instant now) {
        jdbc.sql("""
                        update review_meeting set status = :status, version = version + 1, updated_by = :actor,
                               updated_at = :now where id = :id""")
                .param("id", id).param("status", status.name()).param("actor", actor).param("now", ts(now))
                .update();
    }

    // ------------------------------------------------------------------------------------------------ groups

    List<MeetingGroup> groups(long meetingId) {
        return jdbc.sql("""
                        select g.id, g.meeting_id, g.position, g.name, g.basis_kind, g.basis_code,
                               (select count(*) from meeting_application a where a.group_id = g.id) as applications
                          from meeting_group g where g.meeting_id = :meeting order by g.position""")
                .param("meeting", meetingId)
                .query((rs, n) -> new MeetingGroup(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                        rs.getString("name"), GroupBasis.valueOf(rs.getString("basis_kind")),
                        rs.getString("basis_code"), rs.getInt("applications")))
                .list();
    }

    long insertGroup(long meetingId, String name, GroupBasis basis, String code) {
        return jdbc.sql("""
                        insert into meeting_group (meeting_id, position, name, basis_kind, basis_code)
                        values (:meeting, (select coalesce(max(position), 0) + 1 from meeting_group
                                            where meeting_id = :meeting), :name, :basis, :code)
                        returning id""")
                .param("meeting", meetingId).param("name", name).param("basis", basis.name()).param("code", code)
                .query(Long.class).single();
    }

    void deleteGroup(long groupId) {
        jdbc.sql("delete from meeting_group where id = :id").param("id", groupId).update();
    }

    // ------------------------------------------------------------------------------------------------ agenda

    List<AgendaRow> agenda(long meetingId) {
        return jdbc.sql("""
                        select a.application_id, a.group_id, g.position, g.name
                          from meeting_application a join meeting_group g on g.id = a.group_id
                         where a.meeting_id = :meeting order by g.position, a.application_id""")
                .param("meeting", meetingId)
                .query((rs, n) -> new AgendaRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /** The meeting of the call that has the application on its agenda, if any. */
    Optional<Long> meetingOf(long callId, long applicationId) {
        return jdbc.sql("select meeting_id from meeting_application where call_id = :call and application_id = :app")
                .param("call", callId).param("app", applicationId).query(Long.class).optional();
    }

    /** The applications of the call that are on some meeting. */
    List<Long> onAnyMeeting(long callId) {
        return jdbc.sql("select application_id from meeting_application where call_id = :call")
                .param("call", callId).query(Long.class).list();
    }

    void putApplication(long meetingId, long callId, long applicationId, long groupId, String actor, Instant now) {
        jdbc.sql("""
                        insert into meeting_application (meeting_id, application_id, call_id, group_id, added_by,
                               added_at)
                        values (:meeting, :app, :call, :group, :actor, :now)
                        on conflict (meeting_id, application_id) do update set group_id = excluded.group_id""")
                .param("meeting", meetingId).param("app", applicationId).param("call", callId)
                .param("group", groupId).param("actor", actor).param("now", ts(now))
                .update();
    }

    boolean removeApplication(long meetingId, long applicationId) {
        return jdbc.sql("delete from meeting_application where meeting_id = :meeting and application_id = :app")
                .param("meeting", meetingId).param("app", applicationId).update() > 0;
    }

    // ------------------------------------------------------------------------------------------------ draws

    long insertDraw(long meetingId, long seed, boolean systemSeed, String digest, String problem, String result,
                    long total, int seats, String actor, Instant now) {
        return jdbc.sql("""
                        insert into meeting_draw (meeting_id, seed, seed_source, input_digest, problem, result,
                               total_score, seat_count, drawn_by, drawn_at)
                        values (:meeting, :seed, :source, :digest, :problem, :result, :total, :seats, :actor, :now)
                        returning id""")
                .param("meeting", meetingId).param("seed", seed).param("source", systemSeed ? "SYSTEM" : "OFFICER")
                .param("digest", digest).param("problem", problem).param("result", result).param("total", total)
                .param("seats", seats).param("actor", actor).param("now", ts(now))
                .query(Long.class).single();
    }

    Optional<DrawRow> currentDraw(long meetingId) {
        return jdbc.sql("""
                        select id, meeting_id, seed, seed_source, input_digest, problem, result, total_score,
                               seat_count, drawn_by, drawn_at
                          from meeting_draw where meeting_id = :meeting and cancelled_at is null""")
                .param("meeting", meetingId)
                .query((rs, n) -> new DrawRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("seed"),
                        rs.getString("seed_source"), rs.getString("input_digest"), rs.getString("problem"),
                        rs.getString("result"), rs.getLong("total_score"), rs.getInt("seat_count"),
                        rs.getString("drawn_by"), instant(rs.getTimestamp("drawn_at"))))
                .optional();
    }

    /** Cancels the current draw: its seats, reserves and invitations go (the draw's row and the audit keep it). */
    void cancelDraw(long meetingId, long drawId, String actor, Instant now) {
        jdbc.sql("delete from meeting_seat where meeting_id = :meeting").param("meeting", meetingId).update();
        jdbc.sql("delete from meeting_reserve where meeting_id = :meeting").param("meeting", meetingId).update();
        jdbc.sql("delete from meeting_invitation where meeting_id = :meeting").param("meeting", meetingId).update();
        jdbc.sql("update meeting_draw set cancelled_by = :actor, cancelled_at = :now where id = :id")
                .param("id", drawId).param("actor", actor).param("now", ts(now)).update();
    }

    // ------------------------------------------------------------------------------------------------ seats

    private static final String SEAT = """
            select id, meeting_id, draw_id, application_id, expert_id, score, covers, origin, state, vacated_reason,
                   vacated_at, replaces_seat_id, replaced_by, created_at
              from meeting_seat""";

    private static final RowMapper<SeatRow> SEAT_ROW = (rs, n) -> new SeatRow(rs.getLong("id"),
            rs.getLong("meeting_id"), rs.getLong("draw_id"), rs.getLong("application_id"), rs.getLong("expert_id"),
            rs.getInt("score"), rs.getBoolean("covers"), rs.getString("origin"), SeatState.valueOf(rs.getString("state")),
            rs.getString("vacated_reason"), instant(rs.getTimestamp("vacated_at")),
            (Long) rs.getObject("replaces_seat_id"), rs.getString("replaced_by"),
            instant(rs.getTimestamp("created_at")));

    long insertSeat(long meetingId, long drawId, long applicationId, long expertId, int score, boolean covers,
                    Long replaces, String replacedBy, Instant now) {
        return jdbc.sql("""
                        insert into meeting_seat (meeting_id, draw_id, application_id, expert_id, score, covers, origin,
                               state, replaces_seat_id, replaced_by, created_at)
                        values (:meeting, :draw, :app, :expert, :score, :covers, :origin, 'ACTIVE', :replaces,
                                :replacedBy, :now)
                        returning id""")
                .param("meeting", meetingId).param("draw", drawId).param("app", applicationId)
                .param("expert", expertId).param("score", score).param("covers", covers)
                .param("origin", replaces == null ? "DRAW" : "REPLACEMENT").param("replaces", replaces)
                .param("replacedBy", replacedBy).param("now", ts(now))
                .query(Long.class).single();
    }

    List<SeatRow> seats(long meetingId) {
        return jdbc.sql(SEAT + " where meeting_id = :meeting order by application_id, id").param("meeting", meetingId)
                .query(SEAT_ROW).list();
    }

    List<SeatRow> activeSeatsOf(long meetingId, long expertId) {
        return jdbc.sql(SEAT + " where meeting_id = :meeting and expert_id = :expert and state = 'ACTIVE' order by id")
                .param("meeting", meetingId).param("expert", expertId).query(SEAT_ROW).list();
    }

    List<SeatRow> vacantSeatsOf(long meetingId, long expertId) {
        return jdbc.sql(SEAT + " where meeting_id = :meeting and expert_id = :expert and state = 'VACANT' order by id")
                .param("meeting", meetingId).param("expert", expertId).query(SEAT_ROW).list();
    }

    /** The expert's active seats on the application in meetings not closed (a declared conflict vacates them). */
    List<SeatRow> activeSeatsOn(long expertId, long applicationId) {
        return jdbc.sql(SEAT + " " + """
                         where expert_id = :expert and application_id = :app and state = 'ACTIVE'
                           and meeting_id in (select id from review_meeting where status <> 'CLOSED') order by id""")
                .param("expert", expertId).param("app", applicationId).query(SEAT_ROW).list();
    }

    boolean vacate(long seatId, String reason, Instant now) {
        return jdbc.sql("""
                        update meeting_seat set state = 'VACANT', vacated_reason = :reason, vacated_at = :now
                         where id = :id and state = 'ACTIVE'""")
                .param("id", seatId).param("reason", reason).param("now", ts(now)).update() > 0;
    }

    void markReplaced(long seatId) {
        jdbc.sql("update meeting_seat set state = 'REPLACED' where id = :id and state = 'VACANT'").param("id", seatId)
                .update();
    }

    // ------------------------------------------------------------------------------------------------ reserves

    void insertReserve(long meetingId, long drawId, long groupId, int rank, long expertId) {
        jdbc.sql("""
                        insert into meeting_reserve (meeting_id, draw_id, group_id, rank, expert_id)
                        values (:meeting, :draw, :group, :rank, :expert)""")
                .param("meeting", meetingId).param("draw", drawId).param("group", groupId).param("rank", rank)
                .param("expert", expertId).update();
    }

    List<ReserveRow> reserves(long meetingId) {
        return jdbc.sql("""
                        select r.meeting_id, r.draw_id, r.group_id, r.rank, r.expert_id, r.called_at
                          from meeting_reserve r join meeting_group g on g.id = r.group_id
                         where r.meeting_id = :meeting order by g.position, r.rank""")
                .param("meeting", meetingId)
                .query((rs, n) -> new ReserveRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getLong(5), instant(rs.getTimestamp(6))))
                .list();
    }

    void reserveCalled(long drawId, long groupId, int rank, Instant now) {
        jdbc.sql("""
                        update meeting_reserve set called_at = :now
                         where draw_id = :draw and group_id = :group and rank = :rank and called_at is null""")
                .param("draw", drawId).param("group", groupId).param("rank", rank).param("now", ts(now)).update();
    }

    // ------------------------------------------------------------------------------------------------ invitations

    private static final String INVITATION = """
            select meeting_id, expert_id, account_id, as_reserve, state, invited_at, answered_at, decline_reason,
                   pledged_at
              from meeting_invitation""";

    private static final RowMapper<InvitationRow> INVITATION_ROW = (rs, n) -> new InvitationRow(
            rs.getLong("meeting_id"), rs.getLong("expert_id"), (Long) rs.getObject("account_id"),
            rs.getBoolean("as_reserve"), InvitationState.valueOf(rs.getString("state")),
            instant(rs.getTimestamp("invited_at")), instant(rs.getTimestamp("answered_at")),
            rs.getString("decline_reason"), instant(rs.getTimestamp("pledged_at")));

    /** Invites the expert unless invited; a reserve invited before and now seated stays one invitation. */
    boolean invite(long meetingId, long expertId, Long accountId, boolean asReserve, Instant now) {
        return jdbc.sql("""
                        insert into meeting_invitation (meeting_id, expert_id, account_id, as_reserve, state,
                               invited_at)
                        values (:meeting, :expert, :account, :reserve, 'INVITED', :now)
                        on conflict (meeting_id, expert_id) do nothing""")
                .param("meeting", meetingId).param("expert", expertId).param("account", accountId)
                .param("reserve", asReserve).param("now", ts(now)).update() > 0;
    }

    /** A reserve who is now seated is no longer invited only as a reserve. */
    void seated(long meetingId, long expertId) {
        jdbc.sql("update meeting_invitation set as_reserve = false where meeting_id = :meeting and expert_id = :expert")
                .param("meeting", meetingId).param("expert", expertId).update();
    }

    List<InvitationRow> invitations(long meetingId) {
        return jdbc.sql(INVITATION + " where meeting_id = :meeting order by as_reserve, expert_id")
                .param("meeting", meetingId).query(INVITATION_ROW).list();
    }

    Optional<InvitationRow> invitation(long meetingId, long expertId) {
        return jdbc.sql(INVITATION + " where meeting_id = :meeting and expert_id = :expert")
                .param("meeting", meetingId).param("expert", expertId).query(INVITATION_ROW).optional();
    }

    Optional<InvitationRow> invitationOfAccount(long meetingId, long accountId) {
        return jdbc.sql(INVITATION + " where meeting_id = :meeting and account_id = :account")
                .param("meeting", meetingId).param("account", accountId).query(INVITATION_ROW).optional();
    }

    List<InvitationRow> invitationsOfAccount(long accountId) {
        return jdbc.sql(INVITATION + " " + """
                         where account_id = :account
                           and meeting_id in (select id from review_meeting where status <> 'PLANNED')
                         order by meeting_id desc""")
                .param("account", accountId).query(INVITATION_ROW).list();
    }

    boolean anyAccepted(long meetingId) {
        return jdbc.sql("select exists (select 1 from meeting_invitation where meeting_id = :meeting and state = 'ACCEPTED')")
                .param("meeting", meetingId).query(Boolean.class).single();
    }

    boolean answer(long meetingId, long expertId, InvitationState from, InvitationState to, String reason,
                   Instant now) {
        return jdbc.sql("""
                        update meeting_invitation set state = :to, answered_at = :now, decline_reason = :reason,
                               version = version + 1
                         where meeting_id = :meeting and expert_id = :expert and state = :from""")
                .param("meeting", meetingId).param("expert", expertId).param("from", from.name())
                .param("to", to.name()).param("reason", reason).param("now", ts(now)).update() > 0;
    }

    boolean pledge(long meetingId, long expertId, String textSha256, Instant now) {
        return jdbc.sql("""
                        update meeting_invitation set pledged_at = :now, pledge_text_sha256 = :sha,
                               version = version + 1
                         where meeting_id = :meeting and expert_id = :expert and state = 'ACCEPTED'
                           and pledged_at is null""")
                .param("meeting", meetingId).param("expert", expertId).param("sha", textSha256)
                .param("now", ts(now)).update() > 0;
    }

    // ------------------------------------------------------------------------------------------------ panels

    record PanelRow(long meetingId, long applicationId, long expertId, Long accountId, boolean accepted,
                    boolean pledged) {
    }

    private static final String PANEL = """
            select s.meeting_id, s.application_id, s.expert_id, i.account_id,
                   coalesce(i.state = 'ACCEPTED', false) as accepted, coalesce(i.pledged_at is not null, false) as pledged
              from meeting_seat s
              join review_meeting m on m.id = s.meeting_id
              left join meeting_invitation i on i.meeting_id = s.meeting_id and i.expert_id = s.expert_id
             where s.state = 'ACTIVE'""";

    private static final RowMapper<PanelRow> PANEL_ROW = (rs, n) -> new PanelRow(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), (Long) rs.getObject(4), rs.getBoolean(5), rs.getBoolean(6));

    List<PanelRow> panel(long meetingId) {
        return jdbc.sql(PANEL + " and s.meeting_id = :meeting order by s.application_id, s.expert_id")
                .param("meeting", meetingId).query(PANEL_ROW).list();
    }

    List<PanelRow> panelOfAccount(long accountId) {
        return jdbc.sql(PANEL + " " + """
                         and i.account_id = :account and m.status in ('DRAWN', 'STARTED', 'CLOSED')
                         order by s.meeting_id, s.application_id""")
                .param("account", accountId).query(PANEL_ROW).list();
    }

    /** The person's active, accepted and pledged seat on the application in the meeting, drawn or later. */
    Optional<PanelRow> readableSeat(long meetingId, long applicationId, long accountId) {
        return jdbc.sql(PANEL + " " + """
                         and s.meeting_id = :meeting and s.application_id = :app and i.account_id = :account
                         and i.state = 'ACCEPTED' and i.pledged_at is not null
                         and m.status in ('DRAWN', 'STARTED', 'CLOSED')""")
                .param("meeting", meetingId).param("app", applicationId).param("account", accountId)
                .query(PANEL_ROW).optional();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static <T> List<T> none(Collection<T> c) {
        return List.copyOf(c);
    }
}
