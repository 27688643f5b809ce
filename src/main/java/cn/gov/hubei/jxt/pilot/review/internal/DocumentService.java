package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Field;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Fields;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Grid;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Heading;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Paragraph;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Part;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Signatures;
import cn.gov.hubei.jxt.pilot.documents.FormDocuments;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.MeetingApplication;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.PanelSeat;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.MeetingResults;
import cn.gov.hubei.jxt.pilot.review.ResultRow;
import cn.gov.hubei.jxt.pilot.review.ReviewDocuments;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewResults;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.ScoreSheets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The 专家评分表 and the 评审汇总表 as {@link FormDocument} models, rendered by {@link FormDocuments}. */
@Service
class DocumentService implements ReviewDocuments {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ScoreSheets sheets;
    private final ReviewResults results;
    private final ReviewRepository repository;
    private final Panels panels;
    private final ProjectApplications applications;
    private final FormDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    DocumentService(ScoreSheets sheets, ReviewResults results, ReviewRepository repository, Panels panels,
                    ProjectApplications applications, FormDocuments documents, MessageSource messages, Clock clock) {
        this.sheets = sheets;
        this.results = results;
        this.repository = repository;
        this.panels = panels;
        this.applications = applications;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] sheetDocx(long sheetId, CurrentUser viewer) {
        ScoreSheet sheet = sheets.find(sheetId, viewer).orElseThrow(() -> new ReviewNotFoundException("sheet"));
        return documents.docx(sheetDocument(sheet));
    }

    @Override
    @Transactional
    public byte[] summaryXlsx(long meetingId, CurrentUser viewer) {
        return documents.xlsx(summaryDocument(results.results(meetingId, viewer)));
    }

    @Override
    @Transactional
    public byte[] summaryDocx(long meetingId, CurrentUser viewer) {
        return documents.docx(summaryDocument(results.results(meetingId, viewer)));
    }

    FormDocument sheetDocument(ScoreSheet sheet) {
        MeetingSummary meeting = panels.meeting(sheet.meetingId()).orElseThrow();
        Rubric rubric = repository.rubric(sheet.rubricId()).orElseThrow();
        ApplicationSummary application = applications.find(sheet.applicationId(), ApplicationScope.ALL).orElseThrow();
        String expert = panels.seats(sheet.meetingId()).stream()
                .filter(s -> s.applicationId() == sheet.applicationId() && s.expertId() == sheet.expertId())
                .map(PanelSeat::expertName).findFirst().orElse("");
        String group = panels.applications(sheet.meetingId()).stream()
                .filter(a -> a.applicationId() == sheet.applicationId()).map(MeetingApplication::groupName)
                .findFirst().orElse("");
        List<Part> parts = new ArrayList<>();
        parts.add(new Fields(List.of(
                new Field(t("review.document.field.meeting"), meeting.title()),
                new Field(t("review.document.field.number"), application.number()),
                new Field(t("review.document.field.project"), application.projectName()),
                new Field(t("review.document.field.enterprise"), application.enterpriseName()),
                new Field(t("review.document.field.group"), group),
                new Field(t("review.document.field.expert"), expert))));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Criterion c : rubric.criteria()) {
            ScoreSheet.CriterionScore s = sheet.score(c.code()).orElse(null);
            rows.add(List.of(String.valueOf(i++), c.name(), c.maxPoints().toPlainString(),
                    s == null || s.score() == null ? "" : s.score().toPlainString(),
                    s == null || s.comment() == null ? "" : s.comment()));
        }
        BigDecimal total = sheet.total() != null ? sheet.total() : SheetService.total(rubric, scores(sheet));
        rows.add(List.of("", t("review.document.total"), rubric.maxTotal().toPlainString(), total.toPlainString(),
                ""));
        parts.add(new Grid(t("review.document.sheet.grid"), List.of(t("review.document.column.no"),
                t("review.document.column.criterion"), t("review.document.column.max"),
                t("review.document.column.score"), t("review.document.column.comment")),
                List.of(6, 22, 10, 10, 52), List.of(true, false, true, true, false), rows));
        parts.add(new Heading(t("review.document.opinion")));
        parts.add(new Paragraph(sheet.opinion() == null ? "" : sheet.opinion()));
        parts.add(new Signatures(List.of(t("review.document.signature")), true));
        return new FormDocument(t("review.document.sheet.title"),
                List.of(t("review.document.sheet.subtitle", meeting.title(), String.valueOf(meeting.meetingDate()))),
                FormDocument.Orientation.PORTRAIT, parts, t("review.document.author"), today());
    }

    private static Map<String, BigDecimal> scores(ScoreSheet sheet) {
        Map<String, BigDecimal> map = new java.util.HashMap<>();
        sheet.scores().stream().filter(s -> s.score() != null).forEach(s -> map.put(s.code(), s.score()));
        return map;
    }

    FormDocument summaryDocument(MeetingResults r) {
        List<String> header = List.of(t("review.results.column.groupRank"), t("review.results.column.rank"),
                t("review.results.column.number"), t("review.results.column.project"),
                t("review.results.column.enterprise"), t("review.results.column.cityRank"),
                t("review.results.column.siteVisit"), t("review.results.column.submitted"),
                t("review.results.column.score"), t("review.results.column.range"), t("review.results.column.sd"),
                t("review.results.column.flag"), t("review.results.column.normalised"),
                t("review.results.column.missing"));
        List<Integer> widths = List.of(5, 5, 11, 16, 14, 6, 8, 6, 7, 6, 6, 6, 7, 10);
        List<Boolean> numeric = List.of(true, true, false, false, false, true, false, false, true, true, true, false,
                true, false);
        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph(t("review.document.summary.rule", String.join("、", r.rubric().tieBreak().stream()
                .map(k -> tieBreakText(r.rubric(), k)).toList()))));
        r.byGroup().forEach((group, rows) -> {
            parts.add(new Heading(group));
            parts.add(new Grid(sheetName(group), header, widths, numeric, rows.stream().map(this::line).toList()));
        });
        parts.add(new Heading(t("review.results.overall")));
        parts.add(new Grid(t("review.results.overall"), header, widths, numeric,
                r.rows().stream().map(this::line).toList()));
        parts.add(new Signatures(List.of(t("review.document.summary.signature")), true));
        MeetingSummary m = r.meeting();
        return new FormDocument(t("review.document.summary.title"),
                List.of(t("review.document.summary.subtitle", m.title(), String.valueOf(m.meetingDate()),
                        m.place() == null ? "" : m.place())),
                FormDocument.Orientation.LANDSCAPE, parts, t("review.document.author"), today());
    }

    String tieBreakText(Rubric rubric, String key) {
        if (key.startsWith(ScoreAggregation.CRITERION)) {
            String code = key.substring(ScoreAggregation.CRITERION.length());
            return t("review.tie-break.criterion", rubric.criterion(code).map(Criterion::name).orElse(code));
        }
        return t("review.tie-break." + key);
    }

    private List<String> line(ResultRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(row.groupRank()));
        cells.add(String.valueOf(row.rank()));
        cells.add(row.number());
        cells.add(row.projectName());
        cells.add(row.enterpriseName());
        cells.add(row.cityRank() == null ? "—" : String.valueOf(row.cityRank()));
        cells.add(row.siteVisit() == null ? t("review.site-visit.none")
                : t("review.site-visit." + row.siteVisit().name()));
        cells.add(row.submitted() + "/" + row.seats());
        cells.add(row.score() == null ? t("review.results.no-score") : row.score().toPlainString());
        cells.add(row.range() == null ? "—" : row.range().toPlainString());
        cells.add(row.standardDeviation() == null ? "—" : row.standardDeviation().toPlainString());
        cells.add(row.spreadFlagged() ? t("review.results.flagged") : "");
        cells.add(row.normalised() == null ? "—" : row.normalised().toPlainString());
        cells.add(row.missingExperts().isEmpty() ? "" : (row.late() ? t("review.sheet.late") + "：" : "")
                + String.join("、", row.missingExperts()));
        return cells;
    }

    private static String sheetName(String group) {
        String name = group.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
