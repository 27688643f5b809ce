package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.enterprise.internal.MemberStore;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileStore;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The enterprises known to the system, their profile (企业基本信息) and who manages their users. Enterprises register
 * themselves on the public registration page; a registration the programme office rejected no longer holds its
 * credit code and is not found by it.
 */
@Service
public class Enterprises {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProfileStore profiles;
    private final MemberStore members;
    private final AuditTrail audit;

    Enterprises(JdbcClient jdbc, Clock clock, ProfileStore profiles, MemberStore members, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.profiles = profiles;
        this.members = members;
        this.audit = audit;
    }

    public Optional<Enterprise> find(long id) {
        return jdbc.sql("select id, credit_code, name, division_code from enterprise where id = :id")
                .param("id", id).query(Enterprise.class).optional();
    }

    /** The enterprise holding the code: registered, or registered and waiting for the programme office. */
    public Optional<Enterprise> findByCreditCode(String creditCode) {
        return jdbc.sql("""
                        select id, credit_code, name, division_code from enterprise
                        where credit_code = :code and status <> 'REJECTED'""")
                .param("code", creditCode).query(Enterprise.class).optional();
    }

    public List<Enterprise> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.trim()) + "%";
        return jdbc.sql("""
                        select id, credit_code, name, division_code from enterprise
                        where status <> 'REJECTED' and (name like :like or credit_code like :like)
                        order by name limit :limit""")
                .param("like", like).param("limit", limit).query(Enterprise.class).list();
    }

    /** Records an enterprise whose credit code and division have already been checked by the caller. */
    @Transactional
    public Enterprise add(String creditCode, String name, String divisionCode) {
        long id = jdbc.sql("""
                        insert into enterprise (credit_code, name, division_code, created_at)
                        values (:code, :name, :division, :now) returning id""")
                .param("code", creditCode).param("name", name).param("division", divisionCode)
                .param("now", OffsetDateTime.now(clock)).query(Long.class).single();
        return new Enterprise(id, creditCode, name, divisionCode);
    }

    /**
     * The enterprise's current profile, which an application copies when it is submitted. A profile never saved has
     * version 0 and carries only the registered name, credit code and division; a saved one (version ≥ 1) passed
     * every rule of 附件3 一(一). Empty when there is no such enterprise.
     */
    public Optional<EnterpriseProfile> profile(long enterpriseId) {
        return profiles.load(enterpriseId);
    }

    /** Whether the user is the manager (本企业系统管理人员) of the enterprise: its first user, who invites colleagues. */
    public boolean isManager(long enterpriseId, long userId) {
        return members.isManager(enterpriseId, userId);
    }

    /**
     * Records an account created outside registration (demo data, the system administrator) as a member of the
     * enterprise; {@code manager} makes them its manager, which an enterprise has at most one of. A member already
     * recorded stays as they are.
     */
    @Transactional
    public void addMember(long enterpriseId, long userId, boolean manager) {
        if (members.insert(enterpriseId, userId, manager, OffsetDateTime.now(clock),
                CurrentUser.current().map(CurrentUser::username).orElse("system"))) {
            audit.record(AuditRecord.of("enterprise.member-added").target("enterprise", enterpriseId)
                    .detail("userId", userId).detail("manager", manager).build());
        }
    }
}
