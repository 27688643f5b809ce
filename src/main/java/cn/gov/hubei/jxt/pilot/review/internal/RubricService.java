package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewPermissions;
import cn.gov.hubei.jxt.pilot.review.ReviewRefusedException;
import cn.gov.hubei.jxt.pilot.review.ReviewRejectedException;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.RubricDraft;
import cn.gov.hubei.jxt.pilot.review.RubricDraft.CriterionDraft;
import cn.gov.hubei.jxt.pilot.review.Rubrics;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rubric per call: the default as version 1, new versions from the officer's edits, locked once scored. */
@Service
class RubricService implements Rubrics {

    static final int MAX_CRITERIA = 12;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ReviewRepository repository;
    private final ReviewPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    RubricService(ReviewRepository repository, ReviewPermissions permissions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Rubric current(long callId) {
        Optional<Rubric> current = repository.currentRubric(callId);
        if (current.isPresent()) {
            return current.get();
        }
        if (!repository.lockCall(callId)) {
            throw new ReviewNotFoundException("call " + callId);
        }
        return repository.currentRubric(callId).orElseGet(() -> {
            long id = repository.insertRubric(callId, 1, DefaultRubric.TIE_BREAK, DefaultRubric.CRITERIA, "system",
                    clock.instant());
            return repository.rubric(id).orElseThrow();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rubric> version(long callId, int version) {
        return repository.rubricVersion(callId, version);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rubric> versions(long callId) {
        return repository.rubrics(callId);
    }

    @Override
    public Rubric defaultRubric(long callId) {
        return DefaultRubric.of(callId);
    }

    @Override
    @Transactional
    public Rubric save(long callId, RubricDraft draft, CurrentUser by) {
        if (!permissions.actsForOffice(by)) {
            throw new ReviewRefusedException("review.not-officer");
        }
        Rubric current = current(callId);
        repository.lockCall(callId);
        if (current.locked() || repository.anySubmitted(callId)) {
            throw new ReviewRefusedException("review.rubric.locked", current.version());
        }
        List<Criterion> criteria = check(draft);
        int version = current.version() + 1;
        long id = repository.insertRubric(callId, version, draft.tieBreak().stream().map(String::strip).toList(),
                criteria, by.username(), clock.instant());
        repository.moveDrafts(callId, id);
        audit.record(AuditRecord.of("review.rubric-saved").target("call", callId).actor(by.username(), null)
                .detail("rubricId", id).detail("version", version)
                .detail("criteria", criteria.stream().map(c -> c.code() + ":" + c.weight().toPlainString() + "x"
                        + c.maxPoints().toPlainString()).toList())
                .detail("tieBreak", draft.tieBreak()).build());
        return repository.rubric(id).orElseThrow();
    }

    /** Checks the draft, answering the criteria or refusing with every problem beside its field. */
    static List<Criterion> check(RubricDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        if (draft.criteria().isEmpty() || draft.criteria().size() > MAX_CRITERIA) {
            problems.add(FieldProblem.invalid("criteria", "review.rubric.criteria.count", MAX_CRITERIA));
        }
        Set<String> codes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < draft.criteria().size() && i < MAX_CRITERIA; i++) {
            CriterionDraft c = draft.criteria().get(i);
            String field = "criteria[" + i + "].";
            String code = c.code() == null ? "" : c.code().strip();
            if (!CODE.matcher(code).matches()) {
                problems.add(FieldProblem.invalid(field + "code", "review.rubric.code.invalid"));
            } else if (!codes.add(code)) {
                problems.add(FieldProblem.invalid(field + "code", "review.rubric.code.duplicate", code));
            }
            String name = c.name() == null ? "" : c.name().strip();
            if (name.isEmpty()) {
                problems.add(FieldProblem.missing(field + "name", "review.rubric.name.missing"));
            } else if (name.length() > 100) {
                problems.add(FieldProblem.invalid(field + "name", "review.rubric.name.long", 100));
            }
            BigDecimal weight = decimal(c.weight(), field + "weight", new BigDecimal("10"), problems);
            BigDecimal max = decimal(c.maxPoints(), field + "maxPoints", HUNDRED, problems);
            String guidance = c.guidance() == null ? "" : c.guidance().strip();
            if (guidance.isEmpty()) {
                problems.add(FieldProblem.missing(field + "guidance", "review.rubric.guidance.missing"));
            } else if (guidance.length() > 2000) {
                problems.add(FieldProblem.invalid(field + "guidance", "review.rubric.guidance.long", 2000));
            }
            if (weight != null && max != null) {
                total = total.add(weight.multiply(max));
                criteria.add(new Criterion(code, name, weight.setScale(2), max.setScale(2), guidance));
            }
        }
        if (problems.isEmpty() && total.compareTo(HUNDRED) != 0) {
            problems.add(FieldProblem.invalid("criteria", "review.rubric.total", total.setScale(2).toPlainString()));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < draft.tieBreak().size(); i++) {
            String key = draft.tieBreak().get(i) == null ? "" : draft.tieBreak().get(i).strip();
            boolean known = ScoreAggregation.CITY_RANK.equals(key) || ScoreAggregation.SUBMITTED_AT.equals(key)
                    || (key.startsWith(ScoreAggregation.CRITERION)
                    && codes.contains(key.substring(ScoreAggregation.CRITERION.length())));
            if (!known) {
                problems.add(FieldProblem.invalid("tieBreak[" + i + "]", "review.rubric.tie-break.invalid"));
            } else if (!keys.add(key)) {
                problems.add(FieldProblem.invalid("tieBreak[" + i + "]", "review.rubric.tie-break.duplicate"));
            }
        }
        if (draft.tieBreak().size() > MAX_CRITERIA + 2) {
            problems.add(FieldProblem.invalid("tieBreak", "review.rubric.tie-break.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ReviewRejectedException(problems);
        }
        return criteria;
    }

    private static BigDecimal decimal(String text, String field, BigDecimal limit, List<FieldProblem> problems) {
        BigDecimal value = ScoreParsing.parse(text);
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.missing(field, "review.rubric.number.missing"));
            return null;
        }
        if (value == null || value.signum() <= 0 || value.compareTo(limit) > 0) {
            problems.add(FieldProblem.invalid(field, "review.rubric.number.invalid", limit.toPlainString()));
            return null;
        }
        return value;
    }
}
