package cn.gov.hubei.jxt.pilot.objection.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.objection.IdType;
import cn.gov.hubei.jxt.pilot.platform.Masks;
import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import cn.gov.hubei.jxt.pilot.objection.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionLookup;
import cn.gov.hubei.jxt.pilot.objection.ObjectionPermissions;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRateLimitedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRejectedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionStep;
import cn.gov.hubei.jxt.pilot.objection.ObjectionSubmissions;
import cn.gov.hubei.jxt.pilot.objection.ResidentIdNumbers;
import cn.gov.hubei.jxt.pilot.objection.SubmittedObjection;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.RateLimits;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public side of objections: the rules of a submission (period, 实名, fields, evidence), the rate limits, the
 * receipt number, the sealed row, the audit entry and the e-mail with the lookup code — and the lookup.
 */
@Service
class ObjectionSubmissionService implements ObjectionSubmissions {

    static final String LIMIT_ADDRESS = "objection-address";
    static final String LIMIT_EMAIL = "objection-email";
    static final String LIMIT_LOOKUP = "objection-lookup";
    static final int MAX_NAME = 50;
    static final int MAX_ORGANISATION = 200;
    static final Set<FileKind> EVIDENCE_KINDS = EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");
    private static final Pattern TELEPHONE = Pattern.compile("[0-9+()\\- ]{7,20}");
    private static final Pattern DOCUMENT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern RECEIPT = Pattern.compile("YY-[0-9]{4}-[0-9]{4,6}");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ObjectionRepository repository;
    private final NoticeReader notices;
    private final ObjectionPermissions permissions;
    private final PersonalDataCipher cipher;
    private final RateLimits rateLimits;
    private final FileStore files;
    private final AuditTrail audit;
    private final ObjectorMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxFileSize;
    private final SecureRandom random = new SecureRandom();

    ObjectionSubmissionService(ObjectionRepository repository, NoticeReader notices, ObjectionPermissions permissions,
                               PersonalDataCipher cipher, RateLimits rateLimits, FileStore files, AuditTrail audit,
                               ObjectorMails mails, TransactionTemplate transactions, Clock clock,
                               @Value("${app.objection.max-file-size:10MB}") DataSize maxFileSize) {
        this.repository = repository;
        this.notices = notices;
        this.permissions = permissions;
        this.cipher = cipher;
        this.rateLimits = rateLimits;
        this.files = files;
        this.audit = audit;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFileSize = Math.min(maxFileSize.toBytes(), files.maxFileSize());
    }

    /** The largest evidence file, in bytes. */
    long maxFileSize() {
        return maxFileSize;
    }

    @Override
    public SubmittedObjection submit(NewObjection o, String clientAddress) {
        PublicNotice notice = notices.find(o.noticeId()).orElseThrow(() -> new NoticeNotFoundException(o.noticeId()));
        String token = o.idempotencyToken() == null || o.idempotencyToken().isBlank() ? UUID.randomUUID().toString()
                : o.idempotencyToken().strip();
        Optional<ObjectionRepository.Row> earlier = TOKEN.matcher(token).matches() ? repository.byToken(token)
                : Optional.empty();
        if (earlier.isPresent()) {
            return new SubmittedObjection(earlier.get().id(), earlier.get().receiptNumber(),
                    earlier.get().receivedAt(), true);
        }
        Instant now = clock.instant();
        if (!permissions.acceptsObjections(notice, now)) {
            throw new ObjectionRejectedException(List.of(FieldProblem.invalid(null,
                    now.isBefore(notice.opensAt()) ? "objection.refused.not-yet" : "objection.refused.over",
                    notice.startDate().toString(), notice.endDate().toString())));
        }
        Checked checked = check(o, token, notice);
        String email = checked.email();
        String emailDigest = cipher.digest(email);
        consume(LIMIT_ADDRESS, clientAddress == null ? "unknown" : clientAddress, clientAddress);
        consume(LIMIT_EMAIL, emailDigest, clientAddress);
        String code = code();
        try {
            return transactions.execute(status -> write(o, checked, token, emailDigest, code, notice, now, clientAddress));
        } catch (DuplicateKeyException e) {
            // the same form sent twice at once: the other request made the case
            ObjectionRepository.Row row = repository.byToken(token).orElseThrow(() -> e);
            return new SubmittedObjection(row.id(), row.receiptNumber(), row.receivedAt(), true);
        }
    }

    private record Checked(IdType idType, String name, String idNumber, String organisation, String telephone,
                           String email, String facts, NoticeEntry entry) {
    }

    private Checked check(NewObjection o, String token, PublicNotice notice) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(o.name());
        String idNumber = strip(o.idNumber()).toUpperCase(Locale.ROOT);
        if (name.isEmpty() || idNumber.isEmpty()) {
            problems.add(FieldProblem.invalid(null, "objection.refused.anonymous"));
        }
        if (name.isEmpty()) {
            problems.add(FieldProblem.missing("name", "objection.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(FieldProblem.invalid("name", "objection.name.too-long", MAX_NAME));
        }
        IdType idType = null;
        try {
            idType = o.idType() == null || o.idType().isBlank() ? null : IdType.valueOf(o.idType().strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.invalid("idType", "objection.id-type.invalid"));
        }
        if (idType == null && (o.idType() == null || o.idType().isBlank())) {
            problems.add(FieldProblem.missing("idType", "objection.id-type.required"));
        }
        if (idNumber.isEmpty()) {
            problems.add(FieldProblem.missing("idNumber", "objection.id-number.required"));
        } else if (idType == IdType.RESIDENT_ID && !ResidentIdNumbers.isValid(idNumber)) {
            problems.add(FieldProblem.invalid("idNumber", "objection.id-number.resident"));
        } else if (idType == IdType.CREDIT_CODE) {
            var validation = UnifiedSocialCreditCode.validate(idNumber);
            if (!validation.problems().isEmpty()) {
                problems.add(FieldProblem.invalid("idNumber", "objection.id-number.credit-code"));
            } else {
                idNumber = validation.code();
            }
        } else if (idType != null && idType != IdType.RESIDENT_ID && !DOCUMENT.matcher(idNumber).matches()) {
            problems.add(FieldProblem.invalid("idNumber", "objection.id-number.document"));
        }
        String organisation = strip(o.organisationName());
        if (idType == IdType.CREDIT_CODE && organisation.isEmpty()) {
            problems.add(FieldProblem.missing("organisationName", "objection.organisation.required"));
        } else if (organisation.length() > MAX_ORGANISATION) {
            problems.add(FieldProblem.invalid("organisationName", "objection.organisation.too-long", MAX_ORGANISATION));
        }
        String telephone = strip(o.telephone());
        if (telephone.isEmpty()) {
            problems.add(FieldProblem.missing("telephone", "objection.telephone.required"));
        } else if (!TELEPHONE.matcher(telephone).matches() || telephone.chars().filter(Character::isDigit).count() < 7) {
            problems.add(FieldProblem.invalid("telephone", "objection.telephone.invalid"));
        }
        String email = strip(o.email()).toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            problems.add(FieldProblem.missing("email", "objection.email.required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.invalid("email", "objection.email.invalid"));
        }
        NoticeEntry entry = null;
        if (o.applicationId() == null) {
            problems.add(FieldProblem.missing("applicationId", "objection.project.required"));
        } else {
            entry = notices.entries(notice.id()).stream()
                    .filter(e -> e.applicationId() == o.applicationId() && e.listed()).findFirst().orElse(null);
            if (entry == null) {
                problems.add(FieldProblem.invalid("applicationId", "objection.project.not-listed"));
            }
        }
        String facts = o.facts() == null ? "" : o.facts().strip();
        if (facts.isEmpty()) {
            problems.add(FieldProblem.missing("facts", "objection.facts.required"));
        } else if (facts.length() > NewObjection.MAX_FACTS) {
            problems.add(FieldProblem.invalid("facts", "objection.facts.too-long", NewObjection.MAX_FACTS,
                    facts.length()));
        }
        problems.addAll(evidenceProblems(o.evidence(), "evidence"));
        if (!o.consent()) {
            problems.add(FieldProblem.missing("consent", "objection.consent.required"));
        }
        if (!TOKEN.matcher(token).matches()) {
            problems.add(FieldProblem.invalid(null, "objection.token.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ObjectionRejectedException(problems);
        }
        return new Checked(idType, name, idNumber, idType == IdType.CREDIT_CODE ? organisation : null, telephone,
                email, facts, entry);
    }

    /** The problems of a set of evidence files: count, size, kind (the kind is checked again by the store). */
    List<FieldProblem> evidenceProblems(List<NewObjection.Evidence> evidence, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (evidence.size() > NewObjection.MAX_FILES) {
            problems.add(FieldProblem.invalid(field, "objection.evidence.too-many", NewObjection.MAX_FILES));
        }
        for (NewObjection.Evidence e : evidence) {
            if (e.content().length == 0) {
                problems.add(FieldProblem.invalid(field, "objection.evidence.empty", e.name()));
            } else if (e.content().length > maxFileSize) {
                problems.add(FieldProblem.invalid(field, "objection.evidence.too-large", e.name(),
                        cn.gov.hubei.jxt.pilot.files.FileLimits.describe(maxFileSize)));
            }
        }
        return problems;
    }

    /** Stores evidence files; a refused kind rolls the caller's transaction back with the problem beside the field. */
    List<StoredFile> store(List<NewObjection.Evidence> evidence, String field, String storedBy) {
        List<StoredFile> stored = new ArrayList<>();
        for (NewObjection.Evidence e : evidence) {
            try {
                stored.add(files.store(e.name(), new ByteArrayInputStream(e.content()), EVIDENCE_KINDS, storedBy));
            } catch (FileRejectedException rejected) {
                throw new ObjectionRejectedException(List.of(FieldProblem.invalid(field, "objection.evidence.kind",
                        e.name())));
            }
        }
        return stored;
    }

    private SubmittedObjection write(NewObjection o, Checked c, String token, String emailDigest, String code,
                                     PublicNotice notice, Instant now, String clientAddress) {
        int year = LocalDate.ofInstant(now, clock.getZone()).getYear();
        String receipt = "YY-%d-%04d".formatted(year, repository.nextReceiptNumber(year));
        long id = repository.insert(new ObjectionRepository.NewRow(receipt, notice.id(), c.entry().applicationId(),
                c.idType().isOrganisation() ? "ORGANISATION" : "PERSON", c.idType(), cipher.encrypt(c.name()),
                cipher.encrypt(c.idNumber()), cipher.encrypt(c.organisation()), cipher.encrypt(c.telephone()),
                cipher.encrypt(c.email()), emailDigest, cipher.encrypt(c.facts()), codeHash(receipt, code), token,
                now));
        for (StoredFile f : store(o.evidence(), "evidence", "objector")) {
            repository.addFile(id, f.id(), "OBJECTOR", now);
        }
        repository.step(id, "RECEIVED", null, true, "objector", now);
        audit.record(AuditRecord.of("objection.submitted").target("objection_case", id).actor("anonymous", null)
                .clientAddress(clientAddress)
                .detail("receiptNumber", receipt).detail("noticeId", notice.id())
                .detail("applicationId", c.entry().applicationId()).detail("evidenceFiles", o.evidence().size())
                .build());
        mails.received(c.email(), receipt, code, notice, c.entry().projectName());
        return new SubmittedObjection(id, receipt, now, false);
    }

    @Override
    public Optional<ObjectionLookup> lookup(String receiptNumber, String code, String clientAddress) {
        consume(LIMIT_LOOKUP, clientAddress == null ? "unknown" : clientAddress, clientAddress);
        String receipt = strip(receiptNumber).toUpperCase(Locale.ROOT);
        String given = strip(code).toUpperCase(Locale.ROOT);
        Optional<ObjectionRepository.Row> row = RECEIPT.matcher(receipt).matches() ? repository.byReceipt(receipt)
                : Optional.empty();
        // the same work and the same answer for an unknown number and a wrong code
        String expected = row.map(ObjectionRepository.Row::lookupCodeHash).orElse("0".repeat(64));
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                codeHash(receipt, given).getBytes(StandardCharsets.US_ASCII));
        if (row.isEmpty() || !matches || given.isEmpty()) {
            return Optional.empty();
        }
        ObjectionRepository.Row r = row.get();
        PublicNotice notice = notices.find(r.noticeId()).orElse(null);
        String project = notice == null ? "" : notices.entry(r.noticeId(), r.applicationId())
                .map(NoticeEntry::projectName).orElse("");
        List<ObjectionStep> steps = repository.steps(r.id()).stream().filter(ObjectionRepository.StepRow::published)
                .map(s -> new ObjectionStep(s.kind(), cipher.decrypt(s.textEnc()), true, null, s.at())).toList();
        return Optional.of(new ObjectionLookup(r.receiptNumber(), notice == null ? "" : notice.title(), project,
                r.status(), r.receivedAt(), Masks.name(cipher.decrypt(r.nameEnc())),
                Masks.email(cipher.decrypt(r.emailEnc())), steps));
    }

    /** Takes a token of the limit; a refusal is audited once per window (the first of the limit's period). */
    private void consume(String limit, String key, String clientAddress) {
        RateLimits.Decision decision = rateLimits.tryConsume(limit, key);
        if (!decision.allowed()) {
            if (decision.firstRefusal()) {
                transactions.executeWithoutResult(status -> audit.record(AuditRecord.of("objection.throttled")
                        .outcome(cn.gov.hubei.jxt.pilot.audit.AuditOutcome.FAILURE).actor("anonymous", null)
                        .clientAddress(clientAddress).detail("limit", limit)
                        .detail("retryAfterSeconds", decision.retryAfterSeconds()).build()));
            }
            throw new ObjectionRateLimitedException(decision.retryAfter(), decision.retryAfterSeconds(),
                    decision.retryAfterMinutes());
        }
    }

    private String codeHash(String receipt, String code) {
        return cipher.digest("objection-lookup:" + receipt + ":" + code);
    }

    private String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
