package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.monitoring.Report;
import cn.gov.hubei.jxt.pilot.monitoring.ReportDraft;
import cn.gov.hubei.jxt.pilot.monitoring.RoundPhase;
import cn.gov.hubei.jxt.pilot.platform.StoredJson;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitChecklists;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the reader's view of a report: the designated project, the indicators' baseline and target from the frozen
 * version of the designated application with the changes computed by each indicator's direction, and the element
 * conditions of its modes (the site-visit checklist's) with the unit's answers.
 */
@Component
class ReportReading {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MonitoringRepository repository;
    private final Designations designations;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final SiteVisitChecklists checklists;
    private final Clock clock;

    ReportReading(MonitoringRepository repository, Designations designations, ProjectApplications applications,
                  ReferenceCatalog reference, SiteVisitChecklists checklists, Clock clock) {
        this.repository = repository;
        this.designations = designations;
        this.applications = applications;
        this.reference = reference;
        this.checklists = checklists;
        this.clock = clock;
    }

    static ReportDraft draft(String json) {
        if (json == null || json.isBlank() || json.equals("{}")) {
            return new ReportDraft(List.of(), List.of(), null, List.of());
        }
        return StoredJson.read(JSON, json, ReportDraft.class, "a monitoring report's draft");
    }

    static String json(ReportDraft draft) {
        return JSON.writeValueAsString(draft);
    }

    RoundPhase phase(MonitoringRepository.RoundRow round) {
        return RoundPhase.on(LocalDate.now(clock), round.opensOn(), round.deadline());
    }

    DesignatedProject designation(long designationId) {
        return designations.find(designationId)
                .orElseThrow(() -> new IllegalStateException("designation " + designationId + " not found"));
    }

    /** The full view (indicators and conditions computed). */
    Report view(MonitoringRepository.ReportRow row) {
        return view(row, true);
    }

    /** A list's view: the indicators and conditions are left out. */
    Report summary(MonitoringRepository.ReportRow row) {
        return view(row, false);
    }

    private Report view(MonitoringRepository.ReportRow row, boolean full) {
        MonitoringRepository.RoundRow round = repository.round(row.roundId()).orElseThrow();
        DesignatedProject d = designation(row.designationId());
        ReportDraft content = draft(row.submittedContent() != null && row.status().isSubmitted()
                ? row.submittedContent() : row.content());
        List<Report.IndicatorLine> indicators = full ? indicators(d, content) : List.of();
        List<Report.ConditionLine> conditions = full ? conditions(d, content) : List.of();
        List<Report.Attachment> files = full ? repository.files(row.id()).stream()
                .map(f -> new Report.Attachment(f.id(), f.name())).toList() : List.of();
        return new Report(row.id(), round.id(), round.title(), round.deadline(), phase(round), d.id(),
                d.applicationId(), d.projectName(), d.enterpriseName(), d.divisionCode(), d.documentNumber(),
                d.validUntil(), row.status(), row.overdueAt() != null, row.version(), indicators, conditions,
                content.progress(), content.scenarios(), files, row.submittedAt(), row.comment(),
                row.commentedBy(), row.returnReason(), row.rectifyDeadline(), row.rectifyItems(),
                row.rectification(), row.decisionReason(), row.decidedBy(), row.decidedAt());
    }

    /** The targets of the frozen version (by indicator code). */
    Map<String, SectionContent.Target> targets(DesignatedProject d) {
        return frozen(d).map(v -> v.snapshot().sections().plan())
                .map(plan -> plan.targets() == null ? List.<SectionContent.Target>of() : plan.targets())
                .orElse(List.of()).stream()
                .filter(t -> t.indicator() != null)
                .collect(Collectors.toMap(SectionContent.Target::indicator, Function.identity(), (a, b) -> a));
    }

    private Optional<FrozenVersion> frozen(DesignatedProject d) {
        return applications.find(d.applicationId(), ApplicationScope.PROVINCE)
                .filter(a -> a.lastVersionNo() > 0)
                .flatMap((ApplicationSummary a) -> applications.version(a.id(), a.lastVersionNo(),
                        ApplicationScope.PROVINCE));
    }

    List<Report.IndicatorLine> indicators(DesignatedProject d, ReportDraft content) {
        Map<String, SectionContent.Target> targets = targets(d);
        Map<String, String> achieved = content.indicators().stream().filter(a -> a.code() != null)
                .collect(Collectors.toMap(ReportDraft.Achieved::code, a -> a.value() == null ? "" : a.value(),
                        (a, b) -> a));
        List<Report.IndicatorLine> lines = new ArrayList<>();
        for (Indicator indicator : reference.indicators()) {
            SectionContent.Target t = targets.get(indicator.code());
            String baseline = t == null ? null : t.before();
            String target = t == null ? null : t.after();
            String value = achieved.get(indicator.code());
            BigDecimal targetChange = change(indicator, baseline, target);
            BigDecimal change = change(indicator, baseline, value);
            Boolean reached = change == null || targetChange == null ? null : change.compareTo(targetChange) >= 0;
            lines.add(new Report.IndicatorLine(indicator.code(), indicator.name(), indicator.direction().name(),
                    t == null ? null : t.unit(), baseline, target, value == null || value.isBlank() ? null : value,
                    targetChange, change, reached));
        }
        return lines;
    }

    static BigDecimal change(Indicator indicator, String before, String after) {
        BigDecimal b = number(before);
        BigDecimal a = number(after);
        if (b == null || a == null || b.signum() == 0) {
            return null;
        }
        return indicator.improvementPercent(b, a);
    }

    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The element conditions of the project's modes (the checklist's ELEMENT items) with the unit's answers. */
    List<Report.ConditionLine> conditions(DesignatedProject d, ReportDraft content) {
        List<Report.ConditionLine> lines = new ArrayList<>();
        for (SiteVisitChecklists.Entry e : elementConditions(d)) {
            ReportDraft.Answer answer = content.conditions().stream()
                    .filter(a -> e.modeCode().equals(a.modeCode()) && a.number() == e.number()).findFirst()
                    .orElse(null);
            lines.add(new Report.ConditionLine(e.modeCode(), e.grouping(), e.number(), e.text(),
                    answer == null ? null : answer.met(), answer == null ? null : answer.evidence()));
        }
        return lines;
    }

    List<SiteVisitChecklists.Entry> elementConditions(DesignatedProject d) {
        return checklists.checklist(d.applicationId()).stream().filter(e -> "ELEMENT".equals(e.source())).toList();
    }
}
