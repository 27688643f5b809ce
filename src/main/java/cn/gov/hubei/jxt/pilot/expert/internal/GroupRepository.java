package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.expert.CompanyGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gov.hubei.jxt.pilot.expert.internal.ExpertRepository.at;

/** The registry of groups of companies ({@code expert_company_group}, {@code expert_company_group_member}). */
@Repository
class GroupRepository {

    /** A member as the conflict rules read it. */
    record MemberKey(long groupId, String groupName, String creditCode, String nameKey) {
    }

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CompanyGroup> all() {
        return load(null);
    }

    Optional<CompanyGroup> find(long id) {
        return load(id).stream().findFirst();
    }

    Optional<CompanyGroup> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from expert_company_group where name_key = :key").param("key", Names.key(name))
                .query(Long.class).optional().flatMap(this::find);
    }

    Optional<Long> idByName(String name) {
        return byName(name).map(CompanyGroup::id);
    }

    long insert(String name, String actor, Instant now) {
        return jdbc.sql("""
                        insert into expert_company_group (name, name_key, created_by, created_at)
                        values (:name, :key, :actor, :now)
                        on conflict (name_key) do update set name_key = excluded.name_key
                        returning id""")
                .param("name", name).param("key", Names.key(name)).param("actor", actor).param("now", at(now))
                .query(Long.class).single();
    }

    /** Adds the member unless the group has it (by normalised name); true when added. */
    boolean addMember(long groupId, String creditCode, String name, String actor, Instant now) {
        int rows = jdbc.sql("""
                        insert into expert_company_group_member (group_id, credit_code, name, name_key, added_by, added_at)
                        values (:group, :code, :name, :key, :actor, :now)
                        on conflict (group_id, name_key) do nothing""")
                .param("group", groupId).param("code", creditCode).param("name", name).param("key", Names.key(name))
                .param("actor", actor).param("now", at(now)).update();
        if (rows == 1) {
            bump(groupId);
        }
        return rows == 1;
    }

    boolean removeMember(long groupId, long memberId) {
        int rows = jdbc.sql("delete from expert_company_group_member where group_id = :group and id = :id")
                .param("group", groupId).param("id", memberId).update();
        if (rows == 1) {
            bump(groupId);
        }
        return rows == 1;
    }

    /** Every member of every group: the registry is small (tens of groups). */
    List<MemberKey> memberKeys() {
        return jdbc.sql("""
                        select m.group_id, g.name, m.credit_code, m.name_key
                          from expert_company_group_member m join expert_company_group g on g.id = m.group_id""")
                .query((rs, n) -> new MemberKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The group each expert is recorded in ({@code employerGroup}), for these experts. */
    Map<Long, Long> groupOfExperts(Long[] expertIds) {
        Map<Long, Long> groups = new LinkedHashMap<>();
        jdbc.sql("select id, group_id from expert where group_id is not null and id = any(:ids)")
                .param("ids", expertIds)
                .query(rs -> {
                    groups.put(rs.getLong(1), rs.getLong(2));
                });
        return groups;
    }

    private void bump(long groupId) {
        jdbc.sql("update expert_company_group set version = version + 1 where id = :id").param("id", groupId).update();
    }

    private List<CompanyGroup> load(Long id) {
        record Row(long id, String name, long version) {
        }
        List<Row> rows = jdbc.sql("select g.id, g.name, g.version from expert_company_group g"
                        + (id == null ? "" : " where g.id = :id") + " order by g.name")
                .params(id == null ? Map.of() : Map.of("id", id))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
        Map<Long, List<CompanyGroup.Member>> members = new LinkedHashMap<>();
        jdbc.sql("select group_id, id, credit_code, name from expert_company_group_member order by group_id, id")
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CompanyGroup.Member(rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        return rows.stream().map(r -> new CompanyGroup(r.id(), r.name(), r.version(),
                members.getOrDefault(r.id(), List.of()))).toList();
    }
}
