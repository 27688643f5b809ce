package cn.gov.hubei.jxt.pilot.enterprise.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Who acts for which enterprise, and who of them is its manager. */
@Repository
public class MemberStore {

    /** One membership as stored. */
    public record Membership(long enterpriseId, long userId, boolean manager, OffsetDateTime addedAt, String addedBy) {
    }

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a member; a person already bound to this enterprise keeps their membership unchanged. */
    public boolean insert(long enterpriseId, long userId, boolean manager, OffsetDateTime now, String actor) {
        if (find(enterpriseId, userId).isPresent()) {
            return false;
        }
        jdbc.sql("""
                        insert into enterprise_member (enterprise_id, user_id, manager, added_at, added_by)
                        values (:enterprise, :user, :manager, :now, :actor)""")
                .param("enterprise", enterpriseId).param("user", userId).param("manager", manager)
                .param("now", now).param("actor", actor).update();
        return true;
    }

    public Optional<Membership> find(long enterpriseId, long userId) {
        return jdbc.sql("""
                        select enterprise_id, user_id, manager, added_at, added_by from enterprise_member
                        where enterprise_id = :enterprise and user_id = :user""")
                .param("enterprise", enterpriseId).param("user", userId)
                .query((rs, n) -> new Membership(rs.getLong(1), rs.getLong(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .optional();
    }

    /** The manager first, then colleagues in the order they joined. */
    public List<Membership> of(long enterpriseId) {
        return jdbc.sql("""
                        select enterprise_id, user_id, manager, added_at, added_by from enterprise_member
                        where enterprise_id = :enterprise order by manager desc, added_at, user_id""")
                .param("enterprise", enterpriseId)
                .query((rs, n) -> new Membership(rs.getLong(1), rs.getLong(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .list();
    }

    public boolean isManager(long enterpriseId, long userId) {
        return jdbc.sql("""
                        select count(*) from enterprise_member
                        where enterprise_id = :enterprise and user_id = :user and manager""")
                .param("enterprise", enterpriseId).param("user", userId).query(Integer.class).single() > 0;
    }
}
