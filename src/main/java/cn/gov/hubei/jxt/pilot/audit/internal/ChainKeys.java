package cn.gov.hubei.jxt.pilot.audit.internal;

import org.bouncycastle.util.encoders.Hex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of the audit chain's HMAC-SM3, held outside the database. The current key signs new entries; earlier keys
 * (after a rotation) only verify the entries written with them.
 *
 * <ul>
 *   <li>{@code app.audit.chain-key} (environment {@code APP_AUDIT_CHAIN_KEY}): the key as hexadecimal text; else</li>
 *   <li>{@code app.audit.chain-key-file} (default {@code <app.audit.key-directory>/audit-chain.key}, the key
 *   directory defaulting to {@code <app.embedded-db.directory>/keys}): a file holding the key as hexadecimal text,
 *   generated (256 random bits, owner-readable only) on the first start when it does not exist, which is logged.</li>
 *   <li>{@code app.audit.previous-chain-key-files}: comma-separated files of earlier keys.</li>
 * </ul>
 */
@Component
public class ChainKeys {

    private static final Logger log = LoggerFactory.getLogger(ChainKeys.class);

    private final ChainKey current;
    private final Map<String, ChainKey> byId = new LinkedHashMap<>();

    ChainKeys(@Value("${app.audit.chain-key:}") String hex,
              @Value("${app.audit.chain-key-file:}") String file,
              @Value("${app.audit.previous-chain-key-files:}") List<String> previousFiles,
              @Value("${app.audit.key-directory:${app.embedded-db.directory:data}/keys}") String keyDirectory) {
        if (!hex.isBlank()) {
            current = ChainKey.ofHex(hex);
            log.info("Audit chain key {} taken from app.audit.chain-key", current.id());
        } else {
            Path path = file.isBlank() ? Path.of(keyDirectory, "audit-chain.key") : Path.of(file);
            current = loadOrGenerate(path);
        }
        byId.put(current.id(), current);
        for (String previous : previousFiles) {
            if (!previous.isBlank()) {
                ChainKey key = ChainKey.ofHex(KeyFiles.read(Path.of(previous.strip())));
                byId.putIfAbsent(key.id(), key);
            }
        }
    }

    private static ChainKey loadOrGenerate(Path path) {
        if (Files.exists(path)) {
            ChainKey key = ChainKey.ofHex(KeyFiles.read(path));
            log.info("Audit chain key {} read from {}", key.id(), path.toAbsolutePath());
            return key;
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        KeyFiles.writeSecret(path, Hex.toHexString(secret) + "\n");
        ChainKey key = ChainKey.of(secret);
        log.warn("Generated a new audit chain key {} in {}: keep a copy of it away from the database server "
                + "(scripts/backup.sh includes it); without it the audit chain cannot be verified", key.id(),
                path.toAbsolutePath());
        return key;
    }

    /** The key that hashes new entries. */
    public ChainKey current() {
        return current;
    }

    /** The key an entry's algorithm names, when it is known here. */
    public Optional<ChainKey> forAlgorithm(String algorithm) {
        if (algorithm == null || !algorithm.startsWith(AuditChainHash.KEYED_PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(algorithm.substring(AuditChainHash.KEYED_PREFIX.length())));
    }
}
