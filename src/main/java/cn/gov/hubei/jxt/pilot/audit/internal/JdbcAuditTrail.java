package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Appends entries to the hash chain in PostgreSQL.
 *
 * <p>Each entry's hash is HMAC-SM3 with the current chain key ({@link ChainKeys}), which the database does not hold;
 * when the key differs from the one of the last entry, an {@value #KEY_CHANGED} entry marks the switch first.
 *
 * <p>An append locks the one-row chain head ({@code select ... for update}), reads the last hash, inserts the entry and
 * advances the head, all in the caller's transaction. The lock serialises appends from every thread and every
 * application node, so the chain stays linear and the sequence has no gaps: a rolled-back transaction takes its
 * entry and its head update with it. The lock is held until the caller's transaction ends, so callers record their
 * entry as the last step of a decision (guard, write, audit, event), which keeps the lock short.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditTrail.class);

    static final int MAX_ACTION = 100;
    static final int MAX_TARGET_TYPE = 64;
    static final int MAX_ACTOR = 200;
    static final int MAX_ROLE = 64;
    static final int MAX_CLIENT_ADDRESS = 100;
    static final int MAX_TARGET_ID = 200;

    /** The entry that marks where the chain switches to another key (or from plain SM3 to a key). */
    static final String KEY_CHANGED = "audit.chain-key-changed";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChainKeys keys;
    /** Joins the caller's transaction, or starts one when there is none. */
    private final TransactionTemplate joinOrStart;
    /** For a read-only caller, whose transaction cannot write: the entry then commits on its own. */
    private final TransactionTemplate separate;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, ChainKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.joinOrStart = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditRecord record) {
        AuditEntry entry = append(record);
        log.debug("Audit entry {} {} by {}", entry.seq(), entry.action(), entry.actor());
    }

    AuditEntry append(AuditRecord record) {
        String action = required(record.action(), MAX_ACTION, "action");
        String targetType = bounded(record.targetType(), MAX_TARGET_TYPE, "targetType");
        AuditOrigin origin = AuditOrigin.of(record);
        Draft draft = new Draft(
                AuditText.storable(origin.actor(), MAX_ACTOR),
                AuditText.storable(origin.role(), MAX_ROLE),
                AuditText.storable(origin.clientAddress(), MAX_CLIENT_ADDRESS),
                action, targetType,
                AuditText.storable(record.targetId(), MAX_TARGET_ID),
                record,
                AuditText.storable(CanonicalJson.write(record.details()), Integer.MAX_VALUE));
        boolean readOnlyCaller = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return (readOnlyCaller ? separate : joinOrStart).execute(status -> appendAtHead(draft));
    }

    private AuditEntry appendAtHead(Draft draft) {
        ChainHead head = jdbc.sql("""
                        select h.last_seq, h.last_hash, e.algorithm
                        from audit_chain_head h left join audit_entry e on e.seq = h.last_seq
                        where h.id = 1 for update of h""")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .single();
        // Read the clock only once the lock is held, so that on one node time never runs backwards along the chain.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ChainKey key = keys.current();
        if (head.lastSeq() > 0 && !key.algorithm().equals(head.algorithm())) {
            // The first entry with a new key (or the first keyed one after plain SM3) is this marker, so the switch
            // is itself an entry of the chain, hashed with the new key.
            Draft marker = new Draft("system", null, null, KEY_CHANGED, "audit-chain", String.valueOf(head.lastSeq()),
                    AuditRecord.of("audit.chain-key-changed").build(), CanonicalJson.write(java.util.Map.of(
                            "from", head.algorithm() == null ? "" : head.algorithm(), "to", key.algorithm())));
            AuditEntry switched = insert(marker, head, occurredAt, key);
            head = new ChainHead(switched.seq(), switched.hash(), switched.algorithm());
        }
        return insert(draft, head, occurredAt, key);
    }

    private AuditEntry insert(Draft draft, ChainHead head, Instant occurredAt, ChainKey key) {
        long seq = head.lastSeq() + 1;
        AuditRecord record = draft.record();
        String hash = AuditChainHash.computeKeyed(key.secret(), key.algorithm(), seq, occurredAt, draft.actor(),
                draft.role(), draft.clientAddress(), draft.action(), draft.targetType(), draft.targetId(),
                record.outcome(), draft.details(), head.lastHash());
        jdbc.sql("""
                        insert into audit_entry (seq, occurred_at, actor, role, client_address, action, target_type,
                                                 target_id, outcome, details, prev_hash, hash, algorithm)
                        values (:seq, :occurredAt, :actor, :role, :clientAddress, :action, :targetType,
                                :targetId, :outcome, cast(:details as json), :prevHash, :hash, :algorithm)""")
                .param("seq", seq)
                .param("occurredAt", OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .param("actor", draft.actor())
                .param("role", draft.role())
                .param("clientAddress", draft.clientAddress())
                .param("action", draft.action())
                .param("targetType", draft.targetType())
                .param("targetId", draft.targetId())
                .param("outcome", record.outcome().name())
                .param("details", draft.details())
                .param("prevHash", head.lastHash())
                .param("hash", hash)
                .param("algorithm", key.algorithm())
                .update();
        // Still under the head lock, so this check-then-insert cannot race.
        jdbc.sql("""
                        insert into audit_action (action)
                        select :action where not exists (select 1 from audit_action where action = :action)""")
                .param("action", draft.action())
                .update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq)
                .param("hash", hash)
                .update();
        return new AuditEntry(seq, occurredAt, draft.actor(), draft.role(), draft.clientAddress(), draft.action(),
                draft.targetType(), draft.targetId(), record.outcome(), draft.details(), head.lastHash(), hash,
                key.algorithm());
    }

    private static String required(String value, int max, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit record needs a " + name);
        }
        return bounded(value, max, name);
    }

    /** Action and target type are names chosen by the code, not by users: a too-long one is a programming error. */
    private static String bounded(String value, int max, String name) {
        if (value != null && (value.codePointCount(0, value.length()) > max || value.indexOf('\u0000') >= 0)) {
            throw new IllegalArgumentException("The audit " + name + " '" + value + "' is longer than " + max
                    + " characters or contains NUL");
        }
        return value;
    }

    private record ChainHead(long lastSeq, String lastHash, String algorithm) {
    }

    private record Draft(String actor, String role, String clientAddress, String action, String targetType,
                         String targetId, AuditRecord record, String details) {
    }
}
