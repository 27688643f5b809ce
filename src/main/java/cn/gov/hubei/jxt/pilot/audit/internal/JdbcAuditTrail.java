package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends entries to the hash chain in PostgreSQL.
 *
 * <p>Each entry's hash is HMAC-SM3 with the current chain key ({@link ChainKeys}), which the database does not hold;
 * when the key differs from the one of the last entry, an {@value #KEY_CHANGED} entry marks the switch first.
 *
 * <p>Appending locks the one-row chain head ({@code select ... for update}), reads the last hash, inserts the entries
 * and advances the head. The lock serialises appends from every thread and every application node, so the chain stays
 * linear and the sequence has no gaps. In a caller's (writable) transaction the entries it records are kept until it
 * commits and chained then, as the last step before the commit ({@link PendingEntries}): the head is locked only for
 * the commit, never while the caller still works, waits or takes other locks — so a long transaction does not hold up
 * every other decision, and no transaction waits for the head while holding a lock that the head's holder needs (no
 * deadlock through the head). A rolled-back transaction leaves no entry. Without a transaction, the entry is appended
 * in one of its own; in a read-only one, in a separate transaction that commits at once.
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
    /** For entries recorded after their transaction's commit began (see {@link PendingEntries}). */
    private final TransactionTemplate afterCompletion;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, ChainKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.joinOrStart = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.afterCompletion = new TransactionTemplate(transactions);
        this.afterCompletion.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditRecord record) {
        Draft draft = draft(record);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().add(draft);
            log.debug("Audit entry {} by {} chained when the transaction commits", draft.action(), draft.actor());
            return;
        }
        AuditEntry entry = appendNow(List.of(draft));
        log.debug("Audit entry {} {} by {}", entry.seq(), entry.action(), entry.actor());
    }

    /** Appends at once, in the caller's transaction or one of its own (a separate one for a read-only caller). */
    AuditEntry append(AuditRecord record) {
        return appendNow(List.of(draft(record)));
    }

    private AuditEntry appendNow(List<Draft> drafts) {
        boolean readOnlyCaller = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return (readOnlyCaller ? separate : joinOrStart).execute(status -> appendAtHead(drafts));
    }

    /** What the record says, checked and made storable now, in the caller's request (actor, role, address). */
    private Draft draft(AuditRecord record) {
        String action = required(record.action(), MAX_ACTION, "action");
        String targetType = bounded(record.targetType(), MAX_TARGET_TYPE, "targetType");
        AuditOrigin origin = AuditOrigin.of(record);
        return new Draft(
                AuditText.storable(origin.actor(), MAX_ACTOR),
                AuditText.storable(origin.role(), MAX_ROLE),
                AuditText.storable(origin.clientAddress(), MAX_CLIENT_ADDRESS),
                action, targetType,
                AuditText.storable(record.targetId(), MAX_TARGET_ID),
                record,
                AuditText.storable(CanonicalJson.write(record.details()), Integer.MAX_VALUE));
    }

    /** The current transaction's entries still to be chained; registered with its first entry. */
    private PendingEntries pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof PendingEntries p && p.trail == this && !p.chained) {
                return p;
            }
        }
        PendingEntries p = new PendingEntries(this);
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    /**
     * The entries of one transaction, chained in the order recorded just before it commits — after every other
     * synchronization's {@code beforeCommit} (lowest precedence), so nothing takes a lock after the head. An entry
     * recorded after that point (by a listener running after the commit in the same, now committed, transaction) is
     * appended in a transaction of its own once the first has completed.
     */
    private static final class PendingEntries implements TransactionSynchronization {
        private final JdbcAuditTrail trail;
        private final List<Draft> drafts = new ArrayList<>();
        private boolean chained;

        PendingEntries(JdbcAuditTrail trail) {
            this.trail = trail;
        }

        void add(Draft draft) {
            drafts.add(draft);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            chained = true;
            if (!drafts.isEmpty()) {
                trail.appendAtHead(List.copyOf(drafts));
                drafts.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (!chained && status == STATUS_COMMITTED && !drafts.isEmpty()) {
                try {
                    trail.afterCompletion.executeWithoutResult(s -> trail.appendAtHead(List.copyOf(drafts)));
                } catch (RuntimeException e) {
                    log.error("Audit entries recorded after their transaction's commit could not be appended: {}",
                            drafts.stream().map(Draft::action).toList(), e);
                }
            }
            drafts.clear();
        }
    }

    /** Chains the drafts, in order, under one lock of the head; returns the last entry. */
    private AuditEntry appendAtHead(List<Draft> drafts) {
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
        AuditEntry last = null;
        for (Draft draft : drafts) {
            last = insert(draft, head, occurredAt, key);
            head = new ChainHead(last.seq(), last.hash(), last.algorithm());
        }
        return last;
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
        // The head advances by one per entry (the database refuses any other move).
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
