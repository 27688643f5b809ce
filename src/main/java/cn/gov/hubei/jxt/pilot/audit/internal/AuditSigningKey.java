package cn.gov.hubei.jxt.pilot.audit.internal;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.util.encoders.Hex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The SM2 key pair that signs the audit chain's checkpoints, held outside the database.
 *
 * <p>{@code app.audit.signing-key-file} (default {@code <app.audit.key-directory>/audit-signing-key.pem}): the
 * private key, PKCS#8 PEM, generated (owner-readable only) on the first start when it does not exist, which is logged.
 * The public key is written beside it, {@code audit-signing-public-key.pem} (X.509 SubjectPublicKeyInfo PEM), and
 * served on the checkpoints page, so that an auditor can check a checkpoint file without the system (OpenSSL 3:
 * docs/audit.md). Signatures are SM2 with SM3 and the default user id {@code 1234567812345678} (GB/T 32918), DER.
 */
@Component
public class AuditSigningKey {

    private static final Logger log = LoggerFactory.getLogger(AuditSigningKey.class);
    static final Provider BC = new BouncyCastleProvider();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String publicKeyId;
    private final Path publicKeyFile;

    AuditSigningKey(@Value("${app.audit.signing-key-file:}") String file,
                    @Value("${app.audit.key-directory:${app.embedded-db.directory:data}/keys}") String keyDirectory) {
        Path path = file.isBlank() ? Path.of(keyDirectory, "audit-signing-key.pem") : Path.of(file);
        this.publicKeyFile = path.toAbsolutePath().resolveSibling("audit-signing-public-key.pem");
        try {
            KeyPair pair;
            if (Files.exists(path)) {
                pair = read(KeyFiles.read(path));
                log.info("Audit checkpoint signing key read from {}", path.toAbsolutePath());
            } else {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
                generator.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
                pair = generator.generateKeyPair();
                KeyFiles.writeSecret(path, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                log.warn("Generated a new SM2 key for the audit checkpoints in {}; its public key is in {}: give the "
                        + "public key to the auditor and keep a copy of the private key away from the database "
                        + "server (scripts/backup.sh includes it)", path.toAbsolutePath(), publicKeyFile);
            }
            this.privateKey = pair.getPrivate();
            this.publicKey = pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit signing key in " + path + " cannot be used: " + e.getMessage(), e);
        }
        this.publicKeyId = idOf(publicKey.getEncoded());
        String publicPem = publicKeyPem();
        if (!Files.exists(publicKeyFile) || !KeyFiles.read(publicKeyFile).equals(publicPem)) {
            KeyFiles.writePublic(publicKeyFile, publicPem);
        }
    }

    private static KeyPair read(String pem) throws GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
        KeyFactory factory = KeyFactory.getInstance("EC", BC);
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
        // The public key is the curve's generator times the private scalar.
        org.bouncycastle.jce.interfaces.ECPrivateKey bcKey = (org.bouncycastle.jce.interfaces.ECPrivateKey) privateKey;
        org.bouncycastle.jce.spec.ECParameterSpec spec = bcKey.getParameters();
        org.bouncycastle.jce.spec.ECPublicKeySpec publicSpec = new org.bouncycastle.jce.spec.ECPublicKeySpec(
                spec.getG().multiply(bcKey.getD()).normalize(), spec);
        return new KeyPair(factory.generatePublic(publicSpec), privateKey);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The first 16 hex digits of SM3 over the public key's DER. */
    static String idOf(byte[] publicKeyDer) {
        SM3Digest digest = new SM3Digest();
        digest.update(publicKeyDer, 0, publicKeyDer.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return Hex.toHexString(out).substring(0, 16);
    }

    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SM3withSM2", BC);
            signature.initSign(privateKey, new SecureRandom());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the audit signing key", e);
        }
    }

    /** Whether the signature (DER) over the data is this key's. A malformed signature is simply not valid. */
    boolean verify(byte[] data, byte[] signatureDer) {
        try {
            Signature signature = Signature.getInstance("SM3withSM2", BC);
            signature.initVerify(publicKey);
            signature.update(data);
            return signature.verify(signatureDer);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public String publicKeyId() {
        return publicKeyId;
    }

    static PublicKey publicKeyFrom(String pem) throws GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
        return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(der));
    }

}
