package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification.Problem;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Walks the chain in batches of {@value #BATCH} entries (keyset on {@code seq}), recomputing each hash and checking
 * each link. It reads the head first and verifies up to it: appends are serialised on the head, so every entry up to
 * the head seen at that moment is committed and visible, and entries appended meanwhile are simply left for the next
 * verification.
 */
@Service
class JdbcAuditChainVerifier implements AuditChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditChainVerifier.class);

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditChainVerifier(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AuditChainVerification verify() {
        return verifyFrom(1);
    }

    @Override
    public AuditChainVerification verifyFrom(long fromSeq) {
        Instant verifiedAt = clock.instant();
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long headSeq = head.seq();
        String headHash = head.hash();
        if (fromSeq < 1 || fromSeq > headSeq + 1) {
            throw new IllegalArgumentException("Verification must start between entry 1 and entry " + (headSeq + 1)
                    + ", not at " + fromSeq);
        }
        Walk walk = new Walk(fromSeq);
        if (fromSeq > 1) {
            Optional<String> anchor = jdbc.sql("select hash from audit_entry where seq = :seq")
                    .param("seq", fromSeq - 1).query(String.class).optional();
            if (anchor.isEmpty()) {
                return report(AuditChainVerification.broken(verifiedAt, fromSeq, 0, fromSeq - 1,
                        Problem.SEQUENCE_GAP, headSeq, headHash));
            }
            walk.expectedPrevHash = anchor.get();
        }
        while (walk.expectedSeq <= headSeq) {
            List<AuditEntry> batch = jdbc.sql("select " + AuditEntryRowMapper.COLUMNS + " from audit_entry "
                            + "where seq >= :from and seq <= :head order by seq limit " + BATCH)
                    .param("from", walk.expectedSeq)
                    .param("head", headSeq)
                    .query(AuditEntryRowMapper.INSTANCE)
                    .list();
            if (batch.isEmpty()) {
                // Entries up to the head are missing at the end of the table: the tail was deleted.
                return report(walk.broken(verifiedAt, walk.expectedSeq, Problem.SEQUENCE_GAP, headSeq, headHash));
            }
            for (AuditEntry entry : batch) {
                Problem problem = walk.check(entry);
                if (problem != null) {
                    long at = problem == Problem.SEQUENCE_GAP ? walk.expectedSeq : entry.seq();
                    return report(walk.broken(verifiedAt, at, problem, headSeq, headHash));
                }
                walk.advance(entry);
            }
        }
        if (!walk.expectedPrevHash.equals(headHash)) {
            return report(walk.broken(verifiedAt, headSeq, Problem.HEAD_MISMATCH, headSeq, headHash));
        }
        return report(AuditChainVerification.intact(verifiedAt, fromSeq, walk.checked, headSeq, headHash));
    }

    private static AuditChainVerification report(AuditChainVerification result) {
        if (result.intact()) {
            log.info("Audit chain intact: {} entries from {} to {} checked, head hash {}", result.checkedEntries(),
                    result.fromSeq(), result.headSeq(), result.headHash());
        } else {
            log.error("Audit chain BROKEN at entry {}: {} ({} entries from {} intact before it)",
                    result.firstBrokenSeq(), result.problem(), result.checkedEntries(), result.fromSeq());
        }
        return result;
    }

    private record Head(long seq, String hash) {
    }

    /** The state of one pass along the chain. */
    private static final class Walk {
        private final long fromSeq;
        long expectedSeq;
        String expectedPrevHash = AuditChainHash.GENESIS;
        long checked;

        Walk(long fromSeq) {
            this.fromSeq = fromSeq;
            this.expectedSeq = fromSeq;
        }

        /** The first thing wrong with the entry, or {@code null}: a gap before it, a broken link, altered content. */
        Problem check(AuditEntry entry) {
            if (entry.seq() != expectedSeq) {
                return Problem.SEQUENCE_GAP;
            }
            if (!expectedPrevHash.equals(entry.prevHash())) {
                return Problem.BROKEN_LINK;
            }
            if (!entry.computedHash().equals(entry.hash())) {
                return Problem.HASH_MISMATCH;
            }
            return null;
        }

        void advance(AuditEntry entry) {
            expectedPrevHash = entry.hash();
            expectedSeq = entry.seq() + 1;
            checked++;
        }

        AuditChainVerification broken(Instant verifiedAt, long at, Problem problem, long headSeq,
                                      String headHash) {
            return AuditChainVerification.broken(verifiedAt, fromSeq, checked, at, problem, headSeq, headHash);
        }
    }
}
