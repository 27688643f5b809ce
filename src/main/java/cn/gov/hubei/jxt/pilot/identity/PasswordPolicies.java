package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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

    /** One value of the policy that a change replaced. */
    public record Change(int version, OffsetDateTime changedAt, String changedBy, String field, String oldValue,
                         String newValue) {
    }

    /** The policy's changes, the latest first: who changed which value when, from what to what. */
    public List<Change> history(int limit) {
        return jdbc.sql("""
                        select version, changed_at, changed_by, field, old_value, new_value from password_policy_change
                        order by version desc, id limit :limit""")
                .param("limit", limit).query(Change.class).list();
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String[] change : changes(before, after)) {
            jdbc.sql("""
                            insert into password_policy_change (version, changed_at, changed_by, field, old_value, new_value)
                            values (:version, :now, :actor, :field, :old, :new)""")
                    .param("version", after.version()).param("now", now).param("actor", actor)
                    .param("field", change[0]).param("old", change[1]).param("new", change[2]).update();
        }
        audit.record(AuditRecord.of("identity.policy-changed").target("password_policy", 1)
                .detail("before", before.toString()).detail("after", after.toString()).build());
        return after;
    }

    /** Field name, old and new value of each value that differs. */
    private static List<String[]> changes(PasswordPolicy before, PasswordPolicy after) {
        List<String[]> changes = new ArrayList<>();
        compare(changes, "minLength", before.minLength(), after.minLength());
        compare(changes, "minCharacterClasses", before.minCharacterClasses(), after.minCharacterClasses());
        compare(changes, "forbidUsername", before.forbidUsername(), after.forbidUsername());
        compare(changes, "maxFailures", before.maxFailures(), after.maxFailures());
        compare(changes, "failureWindowMinutes", before.failureWindowMinutes(), after.failureWindowMinutes());
        compare(changes, "lockMinutes", before.lockMinutes(), after.lockMinutes());
        compare(changes, "idleTimeoutMinutes", before.idleTimeoutMinutes(), after.idleTimeoutMinutes());
        return changes;
    }

    private static void compare(List<String[]> changes, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changes.add(new String[]{field, String.valueOf(before), String.valueOf(after)});
        }
    }
}
