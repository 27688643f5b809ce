package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments.Assignment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** The table {@code application_assignment}: who is assigned to which application. */
@Repository
class ApplicationAssignmentRepository {

    private final JdbcClient jdbc;

    ApplicationAssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the assignment; false when it was already there. */
    boolean insert(long applicationId, long accountId, String actor, Instant now) {
        return jdbc.sql("""
                        insert into application_assignment (application_id, account_id, assigned_by, assigned_at)
                        values (:application, :account, :actor, :now)
                        on conflict (application_id, account_id) do nothing""")
                .param("application", applicationId).param("account", accountId).param("actor", actor)
                .param("now", ApplicationRepository.at(now)).update() == 1;
    }

    /** Deletes the assignment; false when there was none. */
    boolean delete(long applicationId, long accountId) {
        return jdbc.sql("delete from application_assignment where application_id = :application "
                        + "and account_id = :account")
                .param("application", applicationId).param("account", accountId).update() == 1;
    }

    List<Assignment> assignees(long applicationId) {
        return jdbc.sql("""
                        select application_id, account_id, assigned_by, assigned_at from application_assignment
                        where application_id = :application order by assigned_at, account_id""")
                .param("application", applicationId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        ApplicationRepository.instant(rs, 4)))
                .list();
    }

    boolean isAssigned(long applicationId, long accountId) {
        return jdbc.sql("select count(*) from application_assignment where application_id = :application "
                        + "and account_id = :account")
                .param("application", applicationId).param("account", accountId).query(Long.class).single() > 0;
    }
}
