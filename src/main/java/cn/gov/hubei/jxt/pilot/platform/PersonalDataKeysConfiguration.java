package cn.gov.hubei.jxt.pilot.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The keys of {@link PersonalDataCipher}, read from outside the database (docs/objection.md, "Keys"):
 * <ul>
 *   <li>{@code app.crypto.keys-file}: a properties file of {@code keyId=base64(16 bytes)} lines, optionally with
 *       {@code current-key=} and {@code digest-key=};</li>
 *   <li>{@code app.crypto.keys}: the same pairs comma-separated (from the environment: {@code APP_CRYPTO_KEYS});</li>
 *   <li>{@code app.crypto.current-key} ({@code APP_CRYPTO_CURRENTKEY}) names the key new values are sealed with,
 *       {@code app.crypto.digest-key} ({@code APP_CRYPTO_DIGESTKEY}) the key of the search digests (default: the
 *       current key — name it explicitly before the first rotation).</li>
 * </ul>
 * With none configured (a fresh machine, {@code ./mvnw spring-boot:run}), a key file is generated once under the
 * data directory ({@code app.crypto.generated-keys-file}) and reused on every later start; a WARN says where.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeysConfiguration.class);
    static final String CURRENT = "current-key";
    static final String DIGEST = "digest-key";

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${app.crypto.keys-file:}") String keysFile,
                                          @Value("${app.crypto.keys:}") String inlineKeys,
                                          @Value("${app.crypto.current-key:}") String currentKey,
                                          @Value("${app.crypto.digest-key:}") String digestKey,
                                          @Value("${app.crypto.generated-keys-file:data/crypto/personal-data-keys.properties}")
                                          String generatedFile, Clock clock) {
        Properties source = new Properties();
        if (!keysFile.isBlank()) {
            source.putAll(read(Path.of(keysFile.strip())));
        }
        if (!inlineKeys.isBlank()) {
            for (String pair : inlineKeys.split(",")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalStateException("app.crypto.keys: expected keyId=base64 pairs separated by commas");
                }
                source.setProperty(kv[0].strip(), kv[1].strip());
            }
        }
        if (source.isEmpty()) {
            Path generated = Path.of(generatedFile.strip());
            if (!Files.exists(generated)) {
                generate(generated, clock);
                log.warn("No key for personal data was configured (app.crypto.keys-file, app.crypto.keys): generated "
                        + "{}. Keep it safe and back it up apart from the database: without it the encrypted personal "
                        + "data cannot be read (docs/objection.md, \"Keys\").", generated.toAbsolutePath());
            } else {
                log.info("Keys for personal data read from the generated file {}", generated.toAbsolutePath());
            }
            source.putAll(read(generated));
        }
        String current = !currentKey.isBlank() ? currentKey.strip() : source.getProperty(CURRENT, "").strip();
        String digest = !digestKey.isBlank() ? digestKey.strip() : source.getProperty(DIGEST, "").strip();
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String id : source.stringPropertyNames()) {
            if (id.equals(CURRENT) || id.equals(DIGEST)) {
                continue;
            }
            try {
                keys.put(id.strip(), Base64.getDecoder().decode(source.getProperty(id).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the personal-data key " + id + " is not base64");
            }
        }
        if (current.isEmpty()) {
            if (keys.size() != 1) {
                throw new IllegalStateException("several personal-data keys are configured: name the current one with "
                        + "app.crypto.current-key");
            }
            current = keys.keySet().iterator().next();
        }
        PersonalDataCipher cipher = new PersonalDataCipher(keys, current, digest.isEmpty() ? current : digest);
        log.info("Personal data sealed with key {} ({} key(s) configured)", current, keys.size());
        return cipher;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the personal-data key file " + file.toAbsolutePath(), e);
        }
        return properties;
    }

    private static void generate(Path file, Clock clock) {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        String id = "k" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.createFile(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write("# Keys of the personal data encrypted at rest (SM4). Generated on first start.\n");
                writer.write("# Back this file up apart from the database; see docs/objection.md, \"Keys\".\n");
                writer.write(id + "=" + Base64.getEncoder().encodeToString(key) + "\n");
                writer.write(CURRENT + "=" + id + "\n");
                writer.write(DIGEST + "=" + id + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the personal-data key file " + file.toAbsolutePath(), e);
        }
    }
}
