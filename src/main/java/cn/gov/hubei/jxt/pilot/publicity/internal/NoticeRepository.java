package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The notices and their lists in plain SQL. Every read names whether drafts may be seen ({@code office}): outside the
 * office a draft does not exist. Status changes are conditional writes on the status they leave.
 */
@Repository
class NoticeRepository {

    private static final String COLUMNS = """
            n.id, n.call_id, n.year, n.title, n.body, n.publisher, n.contact_telephone, n.contact_address,
            n.start_date, n.end_date, n.status, n.released_at, n.closed_at, n.version, n.created_by, n.created_at,
            n.updated_by, n.updated_at, n.released_by
            """;

    private final JdbcClient jdbc;
    private final ZoneId zone;

    NoticeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    record NewNotice(long callId, int year, String title, String body, String publisher, String telephone,
                     String address, LocalDate start, LocalDate end, String by, Instant at) {
    }

    long insert(NewNotice n) {
        return jdbc.sql("""
                        insert into public_notice (call_id, year, title, body, publisher, contact_telephone,
                            contact_address, start_date, end_date, status, created_by, created_at, updated_by, updated_at)
                        values (:call, :year, :title, :body, :publisher, :telephone, :address, :start, :end, 'DRAFT',
                            :by, :at, :by, :at)
                        on conflict (call_id) do nothing
                        returning id
                        """)
                .param("call", n.callId()).param("year", n.year()).param("title", n.title())
                .param("body", n.body()).param("publisher", n.publisher()).param("telephone", n.telephone())
                .param("address", n.address()).param("start", n.start()).param("end", n.end())
                .param("by", n.by()).param("at", Timestamp.from(n.at()))
                .query(Long.class).optional().orElse(-1L);
    }

    Optional<ManagedNotice> find(long id, boolean office) {
        return jdbc.sql("select " + COLUMNS + " from public_notice n where n.id = :id and (n.status <> 'DRAFT' or :office)")
                .param("id", id).param("office", office)
                .query(this::managed).optional();
    }

    /** The notice's row locked for a status change. */
    Optional<ManagedNotice> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from public_notice n where n.id = :id for update")
                .param("id", id).query(this::managed).optional();
    }

    Optional<ManagedNotice> ofCall(long callId, boolean office) {
        return jdbc.sql("select " + COLUMNS
                        + " from public_notice n where n.call_id = :call and (n.status <> 'DRAFT' or :office)")
                .param("call", callId).param("office", office)
                .query(this::managed).optional();
    }

    List<ManagedNotice> all(boolean office) {
        return jdbc.sql("select " + COLUMNS + " from public_notice n where (n.status <> 'DRAFT' or :office)"
                        + " order by (n.status = 'DRAFT') desc, n.start_date desc, n.id desc")
                .param("office", office)
                .query(this::managed).list();
    }

    boolean update(long id, long version, String title, String body, String publisher, String telephone,
                   String address, LocalDate start, LocalDate end, String by, Instant at) {
        return jdbc.sql("""
                        update public_notice set title = :title, body = :body, publisher = :publisher,
                            contact_telephone = :telephone, contact_address = :address, start_date = :start,
                            end_date = :end, updated_by = :by, updated_at = :at, version = version + 1
                        where id = :id and version = :version and status = 'DRAFT'
                        """)
                .param("id", id).param("version", version).param("title", title).param("body", body)
                .param("publisher", publisher).param("telephone", telephone).param("address", address)
                .param("start", start).param("end", end).param("by", by).param("at", Timestamp.from(at))
                .update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from public_notice where id = :id and version = :version and status = 'DRAFT'")
                .param("id", id).param("version", version).update() == 1;
    }

    boolean release(long id, String by, Instant at) {
        return jdbc.sql("""
                        update public_notice set status = 'RELEASED', released_at = :at, released_by = :by,
                            updated_by = :by, updated_at = :at, version = version + 1
                        where id = :id and status = 'DRAFT'
                        """)
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The clock's conditional write: true only for the one writer that moved the notice. */
    boolean open(long id, Instant at) {
        return jdbc.sql("""
                        update public_notice set status = 'OPEN', opened_at = :at, version = version + 1
                        where id = :id and status = 'RELEASED'
                        """)
                .param("id", id).param("at", Timestamp.from(at)).update() == 1;
    }

    boolean close(long id, Instant at) {
        return jdbc.sql("""
                        update public_notice set status = 'CLOSED', closed_at = :at, version = version + 1
                        where id = :id and status = 'OPEN'
                        """)
                .param("id", id).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Notices with a clock transition due at {@code now}: released on or after their start day, open after their end. */
    List<Long> due(LocalDate today) {
        return jdbc.sql("""
                        select id from public_notice
                        where (status = 'RELEASED' and start_date <= :today) or (status = 'OPEN' and end_date < :today)
                        order by id
                        """)
                .param("today", today).query(Long.class).list();
    }

    // ------------------------------------------------------------------------------------------------ entries

    record NewEntry(long applicationId, String projectName, String enterpriseName, String creditCode,
                    String divisionCode, String recommenderName, List<String> modeCodes) {
    }

    void replaceEntries(long noticeId, List<NewEntry> entries) {
        jdbc.sql("delete from public_notice_entry where notice_id = :id").param("id", noticeId).update();
        int position = 0;
        for (NewEntry e : entries) {
            jdbc.sql("""
                            insert into public_notice_entry (notice_id, application_id, position, project_name,
                                enterprise_name, credit_code, division_code, recommender_name, mode_codes)
                            values (:notice, :application, :position, :project, :enterprise, :code, :division,
                                :recommender, :modes)
                            """)
                    .param("notice", noticeId).param("application", e.applicationId()).param("position", ++position)
                    .param("project", e.projectName()).param("enterprise", e.enterpriseName())
                    .param("code", e.creditCode()).param("division", e.divisionCode())
                    .param("recommender", e.recommenderName()).param("modes", String.join(",", e.modeCodes()))
                    .update();
        }
    }

    List<NoticeEntry> entries(long noticeId, boolean office) {
        return jdbc.sql("""
                        select e.* from public_notice_entry e join public_notice n on n.id = e.notice_id
                        where e.notice_id = :id and (n.status <> 'DRAFT' or :office) order by e.position
                        """)
                .param("id", noticeId).param("office", office).query(NoticeRepository::entry).list();
    }

    Optional<NoticeEntry> entry(long noticeId, long applicationId, boolean office) {
        return jdbc.sql("""
                        select e.* from public_notice_entry e join public_notice n on n.id = e.notice_id
                        where e.notice_id = :id and e.application_id = :application and (n.status <> 'DRAFT' or :office)
                        """)
                .param("id", noticeId).param("application", applicationId).param("office", office)
                .query(NoticeRepository::entry).optional();
    }

    boolean removeEntry(long noticeId, long applicationId, String reason, String by, Instant at) {
        return jdbc.sql("""
                        update public_notice_entry set listed = false, removal_reason = :reason, removed_at = :at,
                            removed_by = :by
                        where notice_id = :id and application_id = :application and listed
                        """)
                .param("id", noticeId).param("application", applicationId).param("reason", reason)
                .param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    // ------------------------------------------------------------------------------------------------ mapping

    /** Day 1 begins at 00:00 in the application's zone (Asia/Shanghai). */
    Instant opensAt(LocalDate start) {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The period ends at the end of the end day: the next day's 00:00. */
    Instant closesAt(LocalDate end) {
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private ManagedNotice managed(ResultSet rs, int n) throws SQLException {
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        LocalDate end = rs.getObject("end_date", LocalDate.class);
        PublicNotice notice = new PublicNotice(rs.getLong("id"), rs.getLong("call_id"), rs.getInt("year"),
                rs.getString("title"), rs.getString("body"), rs.getString("publisher"),
                rs.getString("contact_telephone"), rs.getString("contact_address"), start, end, opensAt(start),
                closesAt(end), NoticeStatus.valueOf(rs.getString("status")), instant(rs, "released_at"),
                instant(rs, "closed_at"));
        return new ManagedNotice(notice, rs.getLong("version"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("updated_by"), instant(rs, "updated_at"),
                rs.getString("released_by"));
    }

    private static NoticeEntry entry(ResultSet rs, int n) throws SQLException {
        String modes = rs.getString("mode_codes");
        return new NoticeEntry(rs.getLong("notice_id"), rs.getLong("application_id"), rs.getInt("position"),
                rs.getString("project_name"), rs.getString("enterprise_name"), rs.getString("credit_code"),
                rs.getString("division_code"), rs.getString("recommender_name"),
                modes == null || modes.isBlank() ? List.of() : Arrays.asList(modes.split(",")),
                rs.getBoolean("listed"), rs.getString("removal_reason"), instant(rs, "removed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
