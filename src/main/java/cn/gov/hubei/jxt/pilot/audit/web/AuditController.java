package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntry;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntrySearch;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit page (审计日志) of the audit administrator: the trail, filtered and paged; verification; CSV export. */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 50;
    static final String FILTER = "auditFilter";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditEntrySearch search;
    private final AuditChainVerifier verifier;
    private final AuditTrail trail;
    private final AuditEntryPresenter presenter;
    private final Clock clock;

    AuditController(AuditEntrySearch search, AuditChainVerifier verifier, AuditTrail trail,
                    AuditEntryPresenter presenter, Clock clock) {
        this.search = search;
        this.verifier = verifier;
        this.trail = trail;
        this.presenter = presenter;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public String page(@Valid @ModelAttribute(FILTER) AuditFilterForm filter, BindingResult errors, Model model) {
        AuditFilterRules.check(filter, errors);
        Object verification = model.getAttribute("verification");
        if (verification instanceof AuditChainVerification result) {
            model.addAttribute("verificationView", presenter.view(result));
        }
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("knownActions", presenter.actionOptions(search.knownActions()));
        if (errors.hasErrors()) {
            model.addAttribute("entries", List.of());
            return "audit/index";
        }
        int page = filter.pageNumber();
        List<AuditEntry> rows = search.newestFirst(filter.toQuery(presenter.zone()),
                (long) (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean hasNext = rows.size() > PAGE_SIZE;
        model.addAttribute("entries", presenter.views(rows.stream().limit(PAGE_SIZE).toList()));
        model.addAttribute("pageNumber", page);
        model.addAttribute("previousUrl", page > 1 ? url("/audit", filter, page - 1) : null);
        model.addAttribute("nextUrl", hasNext ? url("/audit", filter, page + 1) : null);
        model.addAttribute("exportUrl", url("/audit/export.csv", filter, null));
        return "audit/index";
    }

    /** Verifies the whole chain and records that it was verified, with the result. */
    @PostMapping("/verify")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public String verify(RedirectAttributes redirect) {
        AuditChainVerification result = verifier.verify();
        AuditRecord.Builder entry = AuditRecord.of("audit.chain-verified")
                .target("audit-chain", result.headSeq())
                .outcome(result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .detail("intact", result.intact())
                .detail("fromSeq", result.fromSeq())
                .detail("checkedEntries", result.checkedEntries())
                .detail("headSeq", result.headSeq())
                .detail("headHash", result.headHash());
        if (!result.intact()) {
            entry.detail("firstBrokenSeq", result.firstBrokenSeq()).detail("problem", result.problem().name());
        }
        trail.record(entry.build());
        redirect.addFlashAttribute("verification", result);
        return "redirect:/audit";
    }

    /**
     * Every entry that matches the filters as CSV, oldest first, streamed straight from the database to the client
     * (no size limit, constant memory). The export itself is recorded first, with its filters.
     */
    @GetMapping("/export.csv")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public String export(@Valid @ModelAttribute(FILTER) AuditFilterForm filter, BindingResult errors, Model model,
                         HttpServletResponse response) throws IOException {
        AuditFilterRules.check(filter, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("outcomes", AuditOutcome.values());
            model.addAttribute("knownActions", presenter.actionOptions(search.knownActions()));
            model.addAttribute("entries", List.of());
            return "audit/index";
        }
        trail.record(AuditRecord.of("audit.exported").detail("filters", filter.asDetails()).build());
        String fileName = presenter.message("audit.export.filename") + "-" + FILE_TIME.withZone(clock.getZone()).format(clock.instant())
                + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        AuditCsv csv = new AuditCsv(writer, presenter);
        csv.header();
        search.streamOldestFirst(filter.toQuery(presenter.zone()), csv::entry);
        writer.flush();
        return null;
    }

    private static String url(String path, AuditFilterForm filter, Integer page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParams(filter.queryParams());
        if (page != null) {
            builder.queryParam("page", page);
        }
        return builder.encode().toUriString();
    }
}
