package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoint;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoints;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs the chain head with the SM2 key and keeps the checkpoint three times: in {@code audit_checkpoint}, as a file in
 * the checkpoint directory ({@code app.audit.checkpoint-directory}, default {@code <app.embedded-db.directory>/
 * audit-checkpoints}), and by mail to {@code app.audit.auditor-email} when it is set. The head is read as committed
 * (no lock), so signing never holds up an append. One checkpoint per period: the insert does nothing when another
 * node signed that period first.
 */
@Service
class JdbcAuditCheckpoints implements AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditCheckpoints.class);

    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    static final String COLUMNS = "id, period, head_seq, head_hash, algorithm, signed_at, public_key_id, created_by, "
            + "payload, signature";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditSigningKey key;
    private final AuditTrail trail;
    private final Mailbox mailbox;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Path directory;
    private final String auditorEmail;

    JdbcAuditCheckpoints(JdbcClient jdbc, Clock clock, AuditSigningKey key, AuditTrail trail, Mailbox mailbox,
                         MessageSource messages, PlatformTransactionManager transactionManager,
                         @Value("${app.audit.checkpoint-directory:${app.embedded-db.directory:data}/audit-checkpoints}")
                         String directory,
                         @Value("${app.audit.auditor-email:}") String auditorEmail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
        this.trail = trail;
        this.mailbox = mailbox;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.directory = Path.of(directory);
        this.auditorEmail = auditorEmail.strip();
    }

    @Override
    public Optional<AuditCheckpoint> signScheduled() {
        Instant now = clock.instant();
        String period = HOUR.format(now);
        return transactions.execute(status -> {
            Head head = head();
            if (head.seq() == 0) {
                return Optional.empty();
            }
            Optional<Long> lastSigned = jdbc.sql("select head_seq from audit_checkpoint order by id desc limit 1")
                    .query(Long.class).optional();
            if (lastSigned.isPresent() && lastSigned.get() == head.seq()) {
                log.debug("Audit chain head {} is signed already; no checkpoint for {}", head.seq(), period);
                return Optional.empty();
            }
            return insert(period, head, now, AuditOrigin.SYSTEM);
        });
    }

    @Override
    public Optional<AuditCheckpoint> signNow() {
        Instant now = clock.instant();
        String period = "manual-" + MINUTE.format(now);
        return transactions.execute(status -> {
            Head head = head();
            if (head.seq() == 0) {
                return Optional.empty();
            }
            String actor = AuditOrigin.of(AuditRecord.of("audit.checkpoint-signed").build()).actor();
            Optional<AuditCheckpoint> signed = insert(period, head, now, actor);
            if (signed.isEmpty()) {
                return byPeriod(period);
            }
            trail.record(AuditRecord.of("audit.checkpoint-signed")
                    .target("audit-checkpoint", signed.get().id())
                    .detail("period", period)
                    .detail("headSeq", head.seq())
                    .detail("headHash", head.hash())
                    .build());
            return signed;
        });
    }

    private Optional<AuditCheckpoint> insert(String period, Head head, Instant now, String createdBy) {
        Instant signedAt = now.truncatedTo(ChronoUnit.MICROS);
        String payload = CheckpointText.payload(period, head.seq(), head.hash(), head.algorithm(), signedAt,
                key.publicKeyId());
        String signature = Base64.getEncoder().encodeToString(key.sign(payload.getBytes(StandardCharsets.UTF_8)));
        Optional<Long> id = jdbc.sql("""
                        insert into audit_checkpoint (period, head_seq, head_hash, algorithm, signed_at, public_key_id,
                                                      created_by, payload, signature)
                        values (:period, :seq, :hash, :algorithm, :signedAt, :publicKeyId, :createdBy, :payload,
                                :signature)
                        on conflict (period) do nothing
                        returning id""")
                .param("period", period)
                .param("seq", head.seq())
                .param("hash", head.hash())
                .param("algorithm", head.algorithm())
                .param("signedAt", OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC))
                .param("publicKeyId", key.publicKeyId())
                .param("createdBy", createdBy)
                .param("payload", payload)
                .param("signature", signature)
                .query(Long.class).optional();
        if (id.isEmpty()) {
            log.debug("Audit checkpoint {} was signed by another node", period);
            return Optional.empty();
        }
        AuditCheckpoint checkpoint = new AuditCheckpoint(id.get(), period, head.seq(), head.hash(), head.algorithm(),
                signedAt, key.publicKeyId(), createdBy, payload, signature);
        if (!auditorEmail.isEmpty()) {
            mailbox.sendMail(auditorEmail,
                    messages.getMessage("audit.checkpoint.mail.subject", new Object[]{period}, Locale.CHINA),
                    messages.getMessage("audit.checkpoint.mail.body", new Object[]{String.valueOf(head.seq()),
                            head.hash()}, Locale.CHINA) + "\n\n" + checkpoint.fileText());
        }
        afterCommit(() -> writeFile(checkpoint));
        log.info("Audit checkpoint {} signed: entry {} hash {}", period, head.seq(), head.hash());
        return Optional.of(checkpoint);
    }

    private void writeFile(AuditCheckpoint checkpoint) {
        try {
            KeyFiles.writePublic(directory.resolve(checkpoint.fileName()), checkpoint.fileText());
        } catch (RuntimeException e) {
            log.error("The audit checkpoint {} could not be written to {}: {}", checkpoint.period(), directory,
                    e.getMessage());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private Head head() {
        return jdbc.sql("""
                        select h.last_seq, h.last_hash, e.algorithm
                        from audit_chain_head h left join audit_entry e on e.seq = h.last_seq where h.id = 1""")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    private Optional<AuditCheckpoint> byPeriod(String period) {
        return jdbc.sql("select " + COLUMNS + " from audit_checkpoint where period = :period")
                .param("period", period).query(JdbcAuditCheckpoints::map).optional();
    }

    @Override
    public List<AuditCheckpoint> newestFirst(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_checkpoint order by id desc limit :limit")
                .param("limit", limit).query(JdbcAuditCheckpoints::map).list();
    }

    /** Every stored checkpoint, oldest first, for the verifier. */
    List<AuditCheckpoint> all() {
        return jdbc.sql("select " + COLUMNS + " from audit_checkpoint order by id")
                .query(JdbcAuditCheckpoints::map).list();
    }

    @Override
    public Optional<AuditCheckpoint> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from audit_checkpoint where id = :id")
                .param("id", id).query(JdbcAuditCheckpoints::map).optional();
    }

    @Override
    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    @Override
    public String publicKeyId() {
        return key.publicKeyId();
    }

    static AuditCheckpoint map(ResultSet rs, int row) throws SQLException {
        return new AuditCheckpoint(rs.getLong("id"), rs.getString("period"), rs.getLong("head_seq"),
                rs.getString("head_hash"), rs.getString("algorithm"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("public_key_id"),
                rs.getString("created_by"), rs.getString("payload"), rs.getString("signature"));
    }

    private record Head(long seq, String hash, String algorithm) {
    }
}
