package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification.Problem;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verifier's walk over entries written before the chain was keyed, at the switch, and after; and the key files. */
class ChainWalkTest {

    private static final ChainKey KEY = ChainKey.ofHex("00".repeat(16) + "11".repeat(16));
    private static final Instant T = Instant.parse("2026-03-01T02:03:04.123456Z");

    @Test
    void oldPlainSm3EntriesThenTheMarkerThenKeyedEntriesVerify() {
        List<AuditEntry> chain = chain(3, 3);
        assertThat(chain.get(3).action()).isEqualTo("audit.chain-key-changed");
        assertThat(walk(chain, keys())).isNull();
    }

    @Test
    void aPlainEntryAfterAKeyedOneIsADowngradeEvenWithACorrectSm3() {
        List<AuditEntry> chain = chain(2, 2);
        AuditEntry last = chain.get(chain.size() - 1);
        AuditEntry relabelled = new AuditEntry(last.seq(), last.occurredAt(), last.actor(), last.role(),
                last.clientAddress(), last.action(), last.targetType(), last.targetId(), last.outcome(),
                last.details(), last.prevHash(), null, "sm3");
        chain.set(chain.size() - 1, withHash(relabelled, relabelled.plainHash()));
        assertThat(walk(chain, keys())).isEqualTo(Problem.ALGORITHM_DOWNGRADE);
    }

    @Test
    void anAlteredOldEntryIsStillCaught() {
        List<AuditEntry> chain = chain(3, 1);
        AuditEntry old = chain.get(1);
        chain.set(1, new AuditEntry(old.seq(), old.occurredAt(), "mallory", old.role(), old.clientAddress(),
                old.action(), old.targetType(), old.targetId(), old.outcome(), old.details(), old.prevHash(),
                old.hash(), old.algorithm()));
        assertThat(walk(chain, keys())).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    void keyIdsNameTheKeyWithoutRevealingIt() {
        assertThat(KEY.id()).hasSize(8).matches("[0-9a-f]{8}");
        assertThat(KEY.algorithm()).isEqualTo("hmac-sm3:" + KEY.id());
        assertThat(ChainKey.ofHex("22".repeat(32)).id()).isNotEqualTo(KEY.id());
        assertThatThrownBy(() -> ChainKey.ofHex("abcd")).hasMessageContaining("at least 16 bytes");
        assertThatThrownBy(() -> ChainKey.ofHex("xyz")).hasMessageContaining("hexadecimal");
    }

    @Test
    void generatesTheChainKeyOnceOwnerReadableAndReadsItBack(@TempDir Path dir) throws Exception {
        ChainKeys first = new ChainKeys("", "", List.of(), dir.toString());
        Path file = dir.resolve("audit-chain.key");
        assertThat(Files.readString(file).strip()).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        ChainKeys again = new ChainKeys("", "", List.of(), dir.toString());
        assertThat(again.current()).isEqualTo(first.current());
    }

    @Test
    void generatesTheSm2KeyOnceExportsItsPublicKeyAndVerifiesOnlyItsOwnSignatures(@TempDir Path dir)
            throws Exception {
        AuditSigningKey first = new AuditSigningKey("", dir.toString());
        Path privateKey = dir.resolve("audit-signing-key.pem");
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve("audit-signing-public-key.pem"))).isEqualTo(first.publicKeyPem())
                .startsWith("-----BEGIN PUBLIC KEY-----\n");

        AuditSigningKey reread = new AuditSigningKey(privateKey.toString(), dir.resolve("elsewhere").toString());
        assertThat(reread.publicKeyId()).isEqualTo(first.publicKeyId());
        byte[] data = "hubei-pilot-audit-checkpoint-v1\n".getBytes();
        byte[] signature = first.sign(data);
        assertThat(reread.verify(data, signature)).isTrue();
        assertThat(reread.verify("other".getBytes(), signature)).isFalse();
        assertThat(new AuditSigningKey("", dir.resolve("other").toString()).verify(data, signature)).isFalse();
        assertThat(reread.verify(data, new byte[]{1, 2, 3})).isFalse();
    }

    // --- helpers

    private static ChainKeys keys() {
        return new ChainKeys(org.bouncycastle.util.encoders.Hex.toHexString(KEY.secret()), "", List.of(), "unused");
    }

    private static Problem walk(List<AuditEntry> chain, ChainKeys keys) {
        JdbcAuditChainVerifier.Walk walk = new JdbcAuditChainVerifier.Walk(1, keys);
        for (AuditEntry entry : chain) {
            Problem problem = walk.check(entry);
            if (problem != null) {
                return problem;
            }
            walk.advance(entry);
        }
        return null;
    }

    /** {@code plain} entries as written before the chain was keyed, the switch marker, then {@code keyed} entries. */
    private static List<AuditEntry> chain(int plain, int keyed) {
        List<AuditEntry> chain = new ArrayList<>();
        String prev = AuditChainHash.GENESIS;
        for (int i = 1; i <= plain + 1 + keyed; i++) {
            boolean isPlain = i <= plain;
            String action = i == plain + 1 ? "audit.chain-key-changed" : "test.entry";
            AuditEntry draft = new AuditEntry(i, T.plusSeconds(i), "zhangsan", "OFFICER", "10.0.0.1", action, "call",
                    String.valueOf(i), AuditOutcome.SUCCESS, "{\"i\":" + i + "}", prev, null,
                    isPlain ? "sm3" : KEY.algorithm());
            AuditEntry entry = withHash(draft, isPlain ? draft.plainHash() : draft.keyedHash(KEY));
            chain.add(entry);
            prev = entry.hash();
        }
        return chain;
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.role(), e.clientAddress(), e.action(),
                e.targetType(), e.targetId(), e.outcome(), e.details(), e.prevHash(), hash, e.algorithm());
    }
}
