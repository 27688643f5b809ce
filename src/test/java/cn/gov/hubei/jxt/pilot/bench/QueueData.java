package cn.gov.hubei.jxt.pilot.bench;

import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A call with many applications at the province, inserted by SQL (the real path of filing, recommending and
 * submitting the lists takes seconds per application): the benchmark's data, and a long queue for tests (inside a
 * transaction they roll back, since these rows have no versions or history).
 */
public final class QueueData {

    private QueueData() {
    }

    /**
     * A published call (filing opened a day ago) with {@code count} applications 已推荐, each of its own enterprise,
     * round-robin over the 17 divisions in their order; every division's list submitted, ranked in the order of
     * creation; the i-th application (from 0) took its status {@code i} minutes after the first, ten days ago. The
     * numbers run from 90001 in each division (five digits, so they meet no number the counter gives).
     *
     * @return the call's id
     */
    public static long recommended(Calls calls, ReferenceCatalog reference, JdbcTemplate jdbc, Clock clock,
                                   int count) {
        LocalDateTime now = LocalDateTime.now(clock);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(now.minusDays(1)).quota(null).build(), "bench");
        call = calls.publish(call.id(), "bench");
        long callId = call.id();
        List<Division> divisions = reference.divisions();
        Instant start = clock.instant().minus(Duration.ofDays(10));
        Timestamp at = Timestamp.from(clock.instant());
        for (Division d : divisions) {
            jdbc.update("""
                    insert into recommendation_list (call_id, division_code, status, version, submitted_at,
                           submitted_by, submission_no, created_at, updated_at, updated_by)
                    values (?, ?, 'SUBMITTED', 1, ?, 'bench', 1, ?, ?, 'bench')""",
                    callId, d.code(), at, at, at);
        }
        List<Object[]> enterprises = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            enterprises.add(new Object[]{"9B%06d%010d".formatted(callId, i), "基准测试智能装备有限公司" + (i + 1),
                    divisions.get(i % divisions.size()).code(), at});
        }
        jdbc.batchUpdate("insert into enterprise (credit_code, name, division_code, created_at) values (?, ?, ?, ?)",
                enterprises);
        List<Long> enterpriseIds = jdbc.queryForList("select id from enterprise where credit_code like ? order by id",
                Long.class, "9B%06d%%".formatted(callId));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Division d = divisions.get(i % divisions.size());
            Timestamp since = Timestamp.from(start.plusSeconds(60L * i));
            rows.add(new Object[]{"%d-%s-9%04d".formatted(call.year(), d.code(), i / divisions.size() + 1), enterpriseIds.get(i), callId,
                    d.code(), call.elementConditionVersion(), "数字化车间智能化改造项目" + (i + 1), since, since});
        }
        jdbc.batchUpdate("""
                insert into project_application (number, enterprise_id, call_id, division_code, reference_version,
                       status, project_name, last_version_no, version, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'RECOMMENDED', ?, 1, 3, 'bench', ?, ?)""", rows);
        jdbc.update("""
                insert into recommendation_entry (application_id, call_id, division_code, rank, added_at, added_by)
                select a.id, a.call_id, a.division_code,
                       row_number() over (partition by a.division_code order by a.id), a.created_at, 'bench'
                  from project_application a where a.call_id = ?""", callId);
        return callId;
    }
}
