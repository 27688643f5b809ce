package cn.gov.hubei.jxt.pilot.decision.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.decision.BatchKey;
import cn.gov.hubei.jxt.pilot.decision.BatchRelease;
import cn.gov.hubei.jxt.pilot.decision.BatchReleased;
import cn.gov.hubei.jxt.pilot.decision.Decision;
import cn.gov.hubei.jxt.pilot.decision.DecisionBatch;
import cn.gov.hubei.jxt.pilot.decision.DecisionChange;
import cn.gov.hubei.jxt.pilot.decision.DecisionCounts;
import cn.gov.hubei.jxt.pilot.decision.DecisionPermissions;
import cn.gov.hubei.jxt.pilot.decision.DecisionRefusedException;
import cn.gov.hubei.jxt.pilot.decision.DecisionReleased;
import cn.gov.hubei.jxt.pilot.decision.DecisionSubject;
import cn.gov.hubei.jxt.pilot.decision.DecisionTransition;
import cn.gov.hubei.jxt.pilot.decision.Decisions;
import cn.gov.hubei.jxt.pilot.decision.NewDecision;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pending decisions: permission (checked here, whoever calls) → batch row lock (shared for recording and withdrawing,
 * exclusive for the release) → write → history → audit entry → events, all in one transaction; any refusal or a
 * listener's failure rolls all of it back.
 *
 * <p>The audit trail is read by the security auditor, who is not the programme office: an entry of a pending decision
 * therefore names the decision, its subject and its batch but holds only a SHA-256 of its content (outcome, reason,
 * payload), which proves later what was recorded without telling it before the release.
 */
@Service
class DecisionService implements Decisions {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DecisionRepository repository;
    private final DecisionPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    DecisionService(DecisionRepository repository, DecisionPermissions permissions, AuditTrail audit,
                    ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Decision record(NewDecision decision, CurrentUser by) {
        require(permissions::canRecord, by);
        if (decision.reason() != null && decision.reason().length() > NewDecision.MAX_REASON) {
            throw new DecisionRefusedException("decision.reason.too-long", String.valueOf(NewDecision.MAX_REASON));
        }
        requireJsonObject(decision.payload());
        Instant now = now();
        DecisionRepository.BatchRow batch = lockBatch(decision.batch(), false, now);
        if (batch.released()) {
            throw batchReleased(batch);
        }
        DecisionRepository.Recorded recorded = repository.upsert(batch.id(), decision, by.username(), now)
                .orElseThrow(() -> batchReleased(batch));
        boolean replaced = recorded.revision() > 1;
        repository.change(recorded.id(), replaced ? DecisionChange.Kind.REPLACED : DecisionChange.Kind.RECORDED,
                by.username(), now);
        AuditRecord.Builder entry = replaced ? AuditRecord.of("decision.replaced") : AuditRecord.of("decision.recorded");
        audit.record(entry.target("decision", recorded.id()).actor(by.username(), Role.OFFICER.name())
                .detail("batch", decision.batch().toString())
                .detail("subject", subject(decision.subject()))
                .detail("kind", decision.kind())
                .detail("revision", recorded.revision())
                .detail("contentSha256", sha256(decision.outcome(), decision.reason(), decision.payload()))
                .build());
        return repository.find(recorded.id(), true).orElseThrow();
    }

    @Override
    @Transactional
    public BatchRelease release(BatchKey key, CurrentUser by) {
        require(permissions::canRelease, by);
        Instant now = now();
        DecisionRepository.BatchRow batch = lockBatch(key, true, now);
        if (batch.released()) {
            // released before (an earlier call, a double click, another node that held the lock first): nothing to do
            return new BatchRelease(key, false, batch.releasedAt(), batch.releasedBy(),
                    repository.count(key, false).released());
        }
        List<Long> ids = repository.releasePending(batch.id(), by.username(), now);
        repository.closeBatch(batch.id(), by.username(), now);
        audit.record(AuditRecord.of("decision.batch-released").target("decision_batch", batch.id())
                .actor(by.username(), Role.OFFICER.name())
                .detail("batch", key.toString())
                .detail("decisions", ids.size())
                .detail("decisionIds", ids)
                .build());
        for (Decision d : repository.ofIds(ids)) {
            events.publishEvent(new DecisionReleased(d.id(), key, d.subject(), d.kind(), d.outcome(), d.reason(),
                    d.payload(), d.revision(), d.recordedBy(), d.recordedAt(), by.username(), now));
        }
        events.publishEvent(new BatchReleased(batch.id(), key, ids, by.username(), now));
        return new BatchRelease(key, true, now, by.username(), ids.size());
    }

    @Override
    @Transactional
    public Decision withdraw(long decisionId, String reason, CurrentUser by) {
        require(permissions::canWithdraw, by);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DecisionRefusedException("decision.withdraw.reason-required");
        }
        if (text.length() > NewDecision.MAX_REASON) {
            throw new DecisionRefusedException("decision.reason.too-long", String.valueOf(NewDecision.MAX_REASON));
        }
        // the batch first (shared), as recording does, then the decision: a release waits for us, or we see its result
        repository.lockBatchOf(decisionId).orElseThrow(() -> new DecisionRefusedException("decision.not-found"));
        Decision decision = repository.lock(decisionId)
                .orElseThrow(() -> new DecisionRefusedException("decision.not-found"));
        DecisionTransition.WITHDRAW.requireAllowedFrom(decision.status());
        Instant now = now();
        repository.withdraw(decisionId, text, by.username(), now);
        repository.change(decisionId, DecisionChange.Kind.WITHDRAWN, by.username(), now);
        audit.record(AuditRecord.of("decision.withdrawn").target("decision", decisionId)
                .actor(by.username(), Role.OFFICER.name())
                .detail("batch", decision.batch().toString())
                .detail("subject", subject(decision.subject()))
                .detail("kind", decision.kind())
                .detail("revision", decision.revision())
                .detail("reasonSha256", sha256(text))
                .build());
        return repository.find(decisionId, true).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Decision> find(long decisionId, CurrentUser viewer) {
        return repository.find(decisionId, permissions.seesPending(viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Decision> released(DecisionSubject subject, String kind, CurrentUser viewer) {
        return repository.latestReleased(subject, kind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> ofSubject(DecisionSubject subject, CurrentUser viewer) {
        return repository.ofSubject(subject, permissions.seesPending(viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> ofBatch(BatchKey batch, CurrentUser viewer) {
        return repository.ofBatch(batch, permissions.seesPending(viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DecisionBatch> batch(BatchKey batch, CurrentUser viewer) {
        return repository.batch(batch, permissions.seesPending(viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public DecisionCounts count(BatchKey batch, CurrentUser viewer) {
        return repository.count(batch, permissions.seesPending(viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionChange> history(long decisionId, CurrentUser viewer) {
        return repository.history(decisionId, permissions.seesPending(viewer));
    }

    /** Locks the batch's row, creating the batch first when this is its first decision (or its release). */
    private DecisionRepository.BatchRow lockBatch(BatchKey key, boolean exclusive, Instant now) {
        return repository.lockBatch(key, exclusive).orElseGet(() -> {
            repository.ensureBatch(key, now);
            return repository.lockBatch(key, exclusive).orElseThrow();
        });
    }

    /** The application clock to the database's precision, so that what is returned is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void require(Predicate<CurrentUser> permission, CurrentUser by) {
        if (!permission.test(by)) {
            throw new DecisionRefusedException("decision.not-officer");
        }
    }

    private DecisionRefusedException batchReleased(DecisionRepository.BatchRow batch) {
        ZoneId zone = clock.getZone();
        return new DecisionRefusedException("decision.record.batch-released",
                MINUTE.format(batch.releasedAt().atZone(zone)));
    }

    private void requireJsonObject(String payload) {
        if (payload == null) {
            return;
        }
        try {
            if (!json.readTree(payload).isObject()) {
                throw new IllegalArgumentException("a decision's payload is a JSON object, not: " + payload);
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("a decision's payload is a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    private static String subject(DecisionSubject subject) {
        return subject.module() + "/" + subject.type() + "/" + subject.id();
    }

    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                digest.update((byte) (part == null ? 0 : 1));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
