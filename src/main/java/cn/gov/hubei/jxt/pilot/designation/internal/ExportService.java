package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.designation.DesignationExport;
import cn.gov.hubei.jxt.pilot.designation.DesignationPermissions;
import cn.gov.hubei.jxt.pilot.designation.DesignationRefusedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationValidity;
import cn.gov.hubei.jxt.pilot.designation.ExportRow;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocuments;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.NewTechnology;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The export for national and provincial programmes (§六(一)): every designated project of the chosen years read from
 * the frozen version that was designated (never the draft), with the names of its modes and new technologies from
 * the reference data, the five indicators in the reference order with their change computed in each one's own right
 * direction (as the 申报书 prints it), and the typical scenarios with their life-cycle stage.
 */
@Service
class ExportService implements DesignationExport {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final DesignationRepository repository;
    private final DesignationPermissions permissions;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final FormDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    ExportService(DesignationRepository repository, DesignationPermissions permissions,
                  ProjectApplications applications, ReferenceCatalog reference, FormDocuments documents,
                  MessageSource messages, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.applications = applications;
        this.reference = reference;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<String> header() {
        List<String> header = new ArrayList<>(List.of("序号", "年度", "企业名称", "统一社会信用代码", "所属地区",
                "项目名称", "智能制造模式", "新技术应用", "项目总投资（万元）"));
        for (Indicator indicator : reference.indicators()) {
            header.add(indicator.subject() + "（实施前）");
            header.add(indicator.subject() + "（实施后）");
            header.add(indicator.name() + "（%）");
        }
        header.addAll(List.of("典型场景（名称及全生命周期环节）", "认定文号", "有效期起", "有效期止", "状态"));
        return header;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportRow> rows(Collection<Integer> years, CurrentUser officer) {
        if (!permissions.canExport(officer)) {
            throw new DesignationRefusedException("designation.not-officer");
        }
        LocalDate today = LocalDate.now(clock);
        List<ExportRow> rows = new ArrayList<>();
        for (DesignationRepository.ProjectRow p : repository.projectsOfYears(new TreeSet<>(years))) {
            FrozenVersion version = applications.version(p.applicationId(), p.versionNo(), ApplicationScope.PROVINCE)
                    .orElseThrow(() -> new IllegalStateException("version " + p.versionNo() + " of application "
                            + p.applicationId() + " not found"));
            ApplicationSnapshot snapshot = version.snapshot();
            SectionContent.BasicInfo basic = snapshot.sections().basic().normalised();
            SectionContent.Plan plan = snapshot.sections().plan().normalised();
            SectionContent.Scenarios scenarios = snapshot.sections().scenarios().normalised();
            List<String> modes = new ArrayList<>();
            for (ManufacturingMode mode : reference.modes()) {
                if (basic.modes().contains(mode.code())) {
                    modes.add(mode.code().equals(ManufacturingMode.OTHER) && basic.otherMode() != null
                            ? mode.name() + "（" + basic.otherMode() + "）" : mode.name());
                }
            }
            List<String> technologies = reference.newTechnologies().stream()
                    .filter(t -> basic.technologies().contains(t.code())).map(NewTechnology::name).toList();
            List<ExportRow.IndicatorValue> indicators = new ArrayList<>();
            for (Indicator indicator : reference.indicators()) {
                SectionContent.Target t = plan.target(indicator.code()).orElse(null);
                String before = t == null ? null : t.before();
                String after = t == null ? null : t.after();
                indicators.add(new ExportRow.IndicatorValue(indicator.code(), indicator.name(),
                        t == null ? null : t.unit(), before, after, change(indicator, before, after)));
            }
            List<ExportRow.ScenarioValue> scenarioValues = scenarios.scenarios().stream()
                    .map(s -> new ExportRow.ScenarioValue(s.name(), stage(s.stage()))).toList();
            String division = reference.division(p.divisionCode()).map(Division::name).orElse(p.divisionCode());
            rows.add(new ExportRow(p.id(), p.year(), p.enterpriseName(), p.creditCode(), division, p.projectName(),
                    modes, technologies, basic.investment(), indicators, scenarioValues, p.documentNumber(),
                    p.validFrom(), p.validUntil(),
                    DesignationValidity.statusOn(today, p.validUntil(), p.revokedAt() != null)));
        }
        return rows;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] xlsx(Collection<Integer> years, CurrentUser officer) {
        List<ExportRow> rows = rows(years, officer);
        List<String> header = header();
        List<List<String>> cells = new ArrayList<>();
        int n = 0;
        for (ExportRow r : rows) {
            List<String> line = new ArrayList<>(List.of(String.valueOf(++n), String.valueOf(r.year()),
                    r.enterpriseName(), r.creditCode(), r.divisionName(), r.projectName(), String.join("、", r.modes()),
                    String.join("、", r.newTechnologies())));
            line.add(r.investment());
            for (ExportRow.IndicatorValue v : r.indicators()) {
                line.add(withUnit(v.before(), v.unit()));
                line.add(withUnit(v.after(), v.unit()));
                line.add(v.change());
            }
            line.add(String.join("\n", r.scenarios().stream()
                    .map(s -> s.stage() == null ? s.name() : s.name() + "（" + s.stage() + "）").toList()));
            line.add(r.documentNumber());
            line.add(r.validFrom().toString());
            line.add(r.validUntil().toString());
            line.add(messages.getMessage("designation.project.status." + r.status().name(), null, CHINESE));
            cells.add(line);
        }
        List<Integer> widths = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            boolean number = i == 0 || i == 1 || i == 8 || (i >= 11 && i < 9 + 3 * reference.indicators().size()
                    && (i - 9) % 3 == 2);
            numeric.add(number);
            widths.add(i == 0 || i == 1 ? 1 : i == 2 || i == 5 || i == header.size() - 5 ? 4 : 2);
        }
        String title = "湖北省智能制造试点示范项目（" + String.join("、", new TreeSet<>(years).stream()
                .map(String::valueOf).toList()) + "年度）";
        return documents.xlsx(new FormDocument(title, List.of(), FormDocument.Orientation.LANDSCAPE,
                List.of(new FormDocument.Grid("认定项目", header, widths, numeric, cells)), "湖北省经济和信息化厅",
                LocalDate.now(clock)));
    }

    /** The improvement in percent, one decimal, positive when the indicator moved the right way; empty if none. */
    static String change(Indicator indicator, String before, String after) {
        BigDecimal b = decimal(before);
        BigDecimal a = decimal(after);
        if (b == null || a == null || b.signum() <= 0 || a.signum() < 0) {
            return null;
        }
        return indicator.improvementPercent(b, a).toPlainString();
    }

    private String stage(String code) {
        LifeCycleStage stage = LifeCycleStage.of(code);
        return stage == null ? null
                : messages.getMessage("application.code.LifeCycleStage." + stage.name(), null, code, CHINESE);
    }

    private static String withUnit(String value, String unit) {
        if (value == null) {
            return null;
        }
        return unit == null || unit.isBlank() ? value : value + unit;
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
