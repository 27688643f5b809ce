package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification.Problem;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the chain in batches of {@value #BATCH} entries (keyset on {@code seq}), recomputing each entry's HMAC-SM3
 * with the key its algorithm names (plain SM3 for the entries written before the chain was keyed) and checking each
 * link; then checks every signed checkpoint (stored, and the files the auditor uploads): its SM2 signature with the
 * public key, and that its entry is still on the chain with its hash. It reads the head first and verifies up to it:
 * appends are serialised on the head, so every entry up to the head seen at that moment is committed and visible, and
 * entries appended meanwhile are simply left for the next verification.
 */
@Service
class JdbcAuditChainVerifier implements AuditChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditChainVerifier.class);

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChainKeys keys;
    private final AuditSigningKey signingKey;
    private final JdbcAuditCheckpoints checkpoints;

    JdbcAuditChainVerifier(JdbcClient jdbc, Clock clock, ChainKeys keys, AuditSigningKey signingKey,
                           JdbcAuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.signingKey = signingKey;
        this.checkpoints = checkpoints;
    }

    @Override
    public AuditChainVerification verify() {
        return verifyFrom(1);
    }

    @Override
    public AuditChainVerification verifyFrom(long fromSeq) {
        return verify(fromSeq, List.of());
    }

    @Override
    public AuditChainVerification verifyWith(List<String> checkpointFiles) {
        List<CheckpointText.Parsed> uploaded = checkpointFiles.stream().map(CheckpointText::parse).toList();
        return verify(1, uploaded);
    }

    private AuditChainVerification verify(long fromSeq, List<CheckpointText.Parsed> uploaded) {
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
        // The checkpoints are read before the walk: one signed after the head was read may name a later entry.
        List<CheckpointText.Parsed> signed = new ArrayList<>();
        for (AuditCheckpoint stored : checkpoints.all()) {
            signed.add(CheckpointText.parse(stored.fileText()));
        }
        signed.addAll(uploaded);
        signed.removeIf(c -> c.seq() < fromSeq);
        signed.sort(Comparator.comparingLong(CheckpointText.Parsed::seq));
        Map<Long, String> hashAtCheckpoint = new HashMap<>();
        signed.forEach(c -> hashAtCheckpoint.put(c.seq(), null));

        Walk walk = new Walk(fromSeq, keys);
        if (fromSeq > 1) {
            Optional<AuditEntry> anchor = jdbc.sql("select " + AuditEntryRowMapper.COLUMNS
                            + " from audit_entry where seq = :seq")
                    .param("seq", fromSeq - 1).query(AuditEntryRowMapper.INSTANCE).optional();
            if (anchor.isEmpty()) {
                return report(AuditChainVerification.broken(verifiedAt, fromSeq, 0, fromSeq - 1,
                        Problem.SEQUENCE_GAP, headSeq, headHash));
            }
            walk.expectedPrevHash = anchor.get().hash();
            walk.seenKeyed = anchor.get().keyed();
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
                if (hashAtCheckpoint.containsKey(entry.seq())) {
                    hashAtCheckpoint.put(entry.seq(), entry.hash());
                }
                walk.advance(entry);
            }
        }
        if (!walk.expectedPrevHash.equals(headHash)) {
            return report(walk.broken(verifiedAt, headSeq, Problem.HEAD_MISMATCH, headSeq, headHash));
        }
        int checkpointsChecked = 0;
        for (CheckpointText.Parsed checkpoint : signed) {
            Problem problem = null;
            if (!validSignature(checkpoint)) {
                problem = Problem.CHECKPOINT_SIGNATURE_INVALID;
            } else if (checkpoint.seq() > headSeq || !checkpoint.hash().equals(hashAtCheckpoint.get(checkpoint.seq()))) {
                problem = Problem.CHECKPOINT_NOT_ON_CHAIN;
            }
            if (problem != null) {
                return report(AuditChainVerification.brokenCheckpoint(verifiedAt, fromSeq, walk.checked,
                        checkpoint.seq(), problem, headSeq, headHash, checkpointsChecked, checkpoint.period()));
            }
            checkpointsChecked++;
        }
        return report(AuditChainVerification.intact(verifiedAt, fromSeq, walk.checked, headSeq, headHash,
                checkpointsChecked));
    }

    private boolean validSignature(CheckpointText.Parsed checkpoint) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return signingKey.verify(checkpoint.payload().getBytes(StandardCharsets.UTF_8), signature);
    }

    private static AuditChainVerification report(AuditChainVerification result) {
        if (result.intact()) {
            log.info("Audit chain intact: {} entries from {} to {} and {} checkpoints checked, head hash {}",
                    result.checkedEntries(), result.fromSeq(), result.headSeq(), result.checkpointsChecked(),
                    result.headHash());
        } else {
            log.error("Audit chain BROKEN at entry {}: {}{} ({} entries from {} intact before it)",
                    result.firstBrokenSeq(), result.problem(),
                    result.brokenCheckpoint() == null ? "" : " (checkpoint " + result.brokenCheckpoint() + ")",
                    result.checkedEntries(), result.fromSeq());
        }
        return result;
    }

    private record Head(long seq, String hash) {
    }

    /** The state of one pass along the chain. */
    static final class Walk {
        private final long fromSeq;
        private final ChainKeys keys;
        long expectedSeq;
        String expectedPrevHash = AuditChainHash.GENESIS;
        boolean seenKeyed;
        long checked;

        Walk(long fromSeq, ChainKeys keys) {
            this.fromSeq = fromSeq;
            this.keys = keys;
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
            String computed;
            if (entry.keyed()) {
                Optional<ChainKey> key = keys.forAlgorithm(entry.algorithm());
                if (key.isEmpty()) {
                    return Problem.UNKNOWN_KEY;
                }
                computed = entry.keyedHash(key.get());
            } else if (AuditChainHash.LEGACY_ALGORITHM.equals(entry.algorithm()) && !seenKeyed) {
                computed = entry.plainHash();
            } else {
                return Problem.ALGORITHM_DOWNGRADE;
            }
            if (!computed.equals(entry.hash())) {
                return Problem.HASH_MISMATCH;
            }
            return null;
        }

        void advance(AuditEntry entry) {
            expectedPrevHash = entry.hash();
            expectedSeq = entry.seq() + 1;
            seenKeyed |= entry.keyed();
            checked++;
        }

        AuditChainVerification broken(Instant verifiedAt, long at, Problem problem, long headSeq,
                                      String headHash) {
            return AuditChainVerification.broken(verifiedAt, fromSeq, checked, at, problem, headSeq, headHash);
        }
    }
}
