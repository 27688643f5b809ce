package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntry;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntrySearch;
import cn.gov.hubei.jxt.pilot.audit.internal.CanonicalJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The audit trail for API clients of the audit administrator: the same filters and pages as the audit page. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "The tamper-evident audit trail: read-only, for the audit administrator")
class AuditApiController {

    private final AuditEntrySearch search;
    private final MessageSource messages;
    private final Clock clock;

    AuditApiController(AuditEntrySearch search, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.search = search;
        this.messages = messages;
    }

    /** One entry as stored, with its hash chain fields, so that a client can verify the chain itself. */
    record EntryJson(long seq, OffsetDateTime occurredAt, String actor, String role, String clientAddress,
                     String action, String targetType, String targetId, AuditOutcome outcome, JsonNode details,
                     String prevHash, String hash) {

        static EntryJson of(AuditEntry e, ZoneId zone) {
            return new EntryJson(e.seq(), e.occurredAt().atZone(zone).toOffsetDateTime(),
                    e.actor(), e.role(), e.clientAddress(), e.action(), e.targetType(), e.targetId(), e.outcome(),
                    CanonicalJson.parse(e.details()), e.prevHash(), e.hash());
        }
    }

    /** A page of entries, newest first. */
    record EntryPageJson(int page, int size, boolean hasNext, List<EntryJson> entries) {
    }

    /** One invalid filter. */
    record FieldMessage(String field, String message) {
    }

    @GetMapping("/entries")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Operation(summary = "Audit entries, newest first, 50 per page",
            description = "The same filters as the audit page: from/to are calendar days in Asia/Shanghai (inclusive), "
                    + "action matches a prefix, page starts at 1. Each entry carries prevHash and hash, so a client "
                    + "can verify the chain (docs/audit.md). Invalid filters give application/problem+json with "
                    + "an errors list of {field, message}.")
    public ResponseEntity<?> entries(@ParameterObject @Valid @ModelAttribute(AuditController.FILTER)
                                     AuditFilterForm filter, BindingResult errors) {
        AuditFilterRules.check(filter, errors);
        if (errors.hasErrors()) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            problem.setTitle(messages.getMessage("audit.api.invalid", null, LocaleContextHolder.getLocale()));
            problem.setProperty("errors", errors.getFieldErrors().stream()
                    .map(e -> new FieldMessage(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())))
                    .toList());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        int page = filter.pageNumber();
        List<AuditEntry> rows = search.newestFirst(filter.toQuery(clock.getZone()),
                (long) (page - 1) * AuditController.PAGE_SIZE, AuditController.PAGE_SIZE + 1);
        boolean hasNext = rows.size() > AuditController.PAGE_SIZE;
        return ResponseEntity.ok(new EntryPageJson(page, AuditController.PAGE_SIZE, hasNext,
                rows.stream().limit(AuditController.PAGE_SIZE).map(e -> EntryJson.of(e, clock.getZone())).toList()));
    }
}
