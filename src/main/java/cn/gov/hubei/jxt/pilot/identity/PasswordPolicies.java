package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/** The policy in force, and its changes by the security administrator. */
@Service
public class PasswordPolicies {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordPolicies(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public PasswordPolicy current() {
        return jdbc.sql("""
                        select min_length, min_character_classes, forbid_username, max_failures, failure_window_minutes,
                               lock_minutes, idle_timeout_minutes, version
                        from password_policy where id = 1""")
                .query(PasswordPolicy.class).single();
    }

    /**
     * Replaces the policy when nobody changed it since {@code expectedVersion} was read.
     *
     * @throws AccountRuleException with field {@code null} when the policy was changed meanwhile
     */
    @Transactional
    public PasswordPolicy update(PasswordPolicy changed, int expectedVersion, String actor) {
        PasswordPolicy before = current();
        int rows = jdbc.sql("""
                        update password_policy set min_length = :minLength, min_character_classes = :classes,
                            forbid_username = :forbid, max_failures = :maxFailures, failure_window_minutes = :window,
                            lock_minutes = :lock, idle_timeout_minutes = :idle, updated_at = :now, updated_by = :actor,
                            version = version + 1
                        where id = 1 and version = :version""")
                .param("minLength", changed.minLength()).param("classes", changed.minCharacterClasses())
                .param("forbid", changed.forbidUsername()).param("maxFailures", changed.maxFailures())
                .param("window", changed.failureWindowMinutes()).param("lock", changed.lockMinutes())
                .param("idle", changed.idleTimeoutMinutes()).param("now", OffsetDateTime.now(clock))
                .param("actor", actor).param("version", expectedVersion).update();
        if (rows != 1) {
            throw new AccountRuleException(null, "policy.conflict");
        }
        PasswordPolicy after = current();
        audit.record(AuditRecord.of("identity.policy-changed").target("password_policy", 1)
                .detail("before", before.toString()).detail("after", after.toString()).build());
        return after;
    }
}
