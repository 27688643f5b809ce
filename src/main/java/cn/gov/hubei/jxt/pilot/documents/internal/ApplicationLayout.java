package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.ContentItem;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Enterprise;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.EnterpriseNature;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Equipment;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.ImplementationPart;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.IndicatorTarget;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Milestone;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Mode;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Patent;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Project;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.QuantitativeFigure;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Scenario;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.SelfAssessment;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Technology;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Align;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Box;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Cell;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Content;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Line;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Merged;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Row;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Span;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.TableKind;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.TextStyle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Lays out the 申报书 of 附件3 from the view model: the cover, the two form tables of part 一, parts 二 to 六 with
 * their headings numbered as in the form, figures numbered through the document, and the list tables.
 */
public final class ApplicationLayout {

    /** Width of the text area in twips: A4 (11906) less the left (2.8 cm) and right (2.6 cm) margins. */
    public static final int TEXT_WIDTH = PageGeometry.PAGE_WIDTH - PageGeometry.MARGIN_LEFT - PageGeometry.MARGIN_RIGHT;

    // The form tables of part 一 have five-column grids, so that the 联系人 block and the two-pair rows (label,
    // value, label, value) line up as on the printed form. The widths let an 18-character credit code, a date and a
    // telephone number stand on one line at 4号.
    private static final int[] ENTERPRISE_GRID = {1100, 900, 3100, 1400, 2345};
    private static final int[] PROJECT_GRID = {1500, 1345, 3100, 1400, 1500};

    /** The new technologies 附件3 offers as boxes to tick; any other selected one is still described in part 三. */
    private static final List<Technology> PRINTED_TECHNOLOGIES = List.of(Technology.INDUSTRIAL_INTERNET, Technology.AI);

    /**
     * A numbering the applicant typed before a caption (图1、图 2：, 图3-1 …): the documents number figures
     * themselves, so it would print twice ("图1　图1 …").
     */
    private static final Pattern TYPED_FIGURE_NUMBER = Pattern.compile(
            "^图[\\s\u3000]*(?:[0-9\uFF10-\uFF19]+(?:[-\uFF0D\u2013.\uFF0E][0-9\uFF10-\uFF19]+)*[\\s\u3000:\uFF1A\u3001.\uFF0E]*"
                    + "|[\\s\u3000:\uFF1A\u3001.\uFF0E]+)");

    private final DocumentMessages messages;
    private final FigureSizes figureSizes = new FigureSizes();

    public ApplicationLayout(DocumentMessages messages) {
        this.messages = messages;
    }

    public List<Block> layout(ApplicationDocument document) {
        List<Block> blocks = new ArrayList<>();
        cover(document, blocks);
        partOne(document, blocks);
        partTwo(document, blocks);
        partThree(document, blocks);
        partFour(document, blocks);
        partFive(document, blocks);
        partSix(document, blocks);
        appendix(document, blocks);
        return blocks;
    }

    private void cover(ApplicationDocument document, List<Block> blocks) {
        var cover = document.cover();
        blocks.add(new Block.Cover(text("documents.cover.title-line1"), text("documents.cover.title-line2"),
                // 附件3's cover carries no version; only a draft preview says what it is
                document.draft() ? text("documents.cover.draft") : null,
                List.of(new Block.CoverLine(coverLabel("documents.cover.project-name"), clean(cover.projectName())),
                        new Block.CoverLine(coverLabel("documents.cover.applicant"), clean(cover.applicant())),
                        new Block.CoverLine(coverLabel("documents.cover.recommender"), clean(cover.recommender())),
                        new Block.CoverLine(coverLabel("documents.cover.date"), messages.date(cover.date()))),
                text("documents.cover.compiler")));
    }

    private void partOne(ApplicationDocument document, List<Block> blocks) {
        if (document.draft()) {
            // the first thing of the body, so that any printed page range that holds part 一 says it
            blocks.add(new Block.Text(text("documents.draft-notice"), TextStyle.NOTE));
        }
        blocks.add(new Block.Heading(1, text("documents.part1")));
        blocks.add(new Block.Heading(2, text("documents.part1.enterprise")));
        blocks.add(enterpriseTable(document.enterprise()));
        blocks.add(new Block.Heading(2, text("documents.part1.project")));
        blocks.add(projectTable(document.project()));
    }

    private String coverLabel(String key) {
        return text("documents.cover.label", text(key));
    }

    private Block.Table enterpriseTable(Enterprise e) {
        var c = e.contact();
        List<Row> rows = new ArrayList<>();
        rows.add(row(label("documents.enterprise.name", 2), value(e.name(), 3)));
        rows.add(row(label("documents.enterprise.code", 2), value(e.code(), 1),
                label("documents.enterprise.founded", 1), value(messages.date(e.foundedOn()), 1)));
        rows.add(row(label("documents.enterprise.nature", 2), boxes(3, Arrays.stream(EnterpriseNature.values())
                .map(n -> new Span(text("documents.enterprise.nature." + n.name()),
                        n == e.nature() ? Box.CHECKED : Box.UNCHECKED)).toList())));
        rows.add(row(label("documents.enterprise.address", 2), value(e.address(), 3)));
        rows.add(row(new Content(List.of(Line.of(text("documents.enterprise.contact"))), 1, 3, Align.CENTER, true),
                label("documents.enterprise.contact.name", 1), value(c.name(), 1),
                label("documents.enterprise.contact.phone", 1), value(c.phone(), 1)));
        rows.add(row(new Merged(1), label("documents.enterprise.contact.title", 1), value(c.title(), 1),
                label("documents.enterprise.contact.mobile", 1), value(c.mobile(), 1)));
        rows.add(row(new Merged(1), label("documents.enterprise.contact.fax", 1), value(c.fax(), 1),
                label("documents.enterprise.contact.email", 1), value(c.email(), 1)));
        rows.add(row(label("documents.enterprise.total-assets", 2), value(number(e.totalAssets()), 1),
                label("documents.enterprise.debt-ratio", 1), value(percent(e.debtRatio()), 1)));
        rows.add(row(label("documents.enterprise.credit-rating", 2), value(e.creditRating(), 1),
                label("documents.enterprise.sales", 1), value(number(e.lastYearSales()), 1)));
        rows.add(row(label("documents.enterprise.tax", 2), value(number(e.lastYearTax()), 1),
                label("documents.enterprise.profit", 1), value(number(e.lastYearProfit()), 1)));
        rows.add(row(label("documents.enterprise.integration-pilot", 3),
                yesNo(e.integrationManagementPilot(), text("documents.yes"), 2)));
        String smartYes = Texts.isBlank(e.smartManufacturingProjectName()) ? text("documents.yes")
                : text("documents.enterprise.smart-project.yes", clean(e.smartManufacturingProjectName()));
        rows.add(row(label("documents.enterprise.smart-project", 3), yesNo(e.smartManufacturingProject(), smartYes, 2)));
        rows.add(row(verticalLabel("documents.enterprise.introduction"), narrative(e.introduction(), 4)));
        return new Block.Table(TableKind.FORM, ENTERPRISE_GRID, rows);
    }

    private Block.Table projectTable(Project p) {
        List<Row> rows = new ArrayList<>();
        // the five modes and 其他, two to a line as on the form
        List<Span> modes = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            modes.add(new Span(text("documents.project.mode." + mode.name()),
                    p.modes().contains(mode) ? Box.CHECKED : Box.UNCHECKED));
        }
        modes.add(p.otherModeSelected()
                ? new Span(text("documents.project.mode.other-with-text", clean(p.otherMode().strip())), Box.CHECKED)
                : new Span(text("documents.project.mode.other"), Box.UNCHECKED));
        List<Line> modeLines = new ArrayList<>();
        for (int i = 0; i < modes.size(); i += 2) {
            modeLines.add(checkboxLine(modes.subList(i, Math.min(i + 2, modes.size()))));
        }
        rows.add(row(label("documents.project.modes", 1), new Content(modeLines, 4, 1, Align.LEFT, false)));
        rows.add(row(label("documents.project.technologies", 1), boxes(4, PRINTED_TECHNOLOGIES.stream()
                .map(t -> new Span(text("documents.project.technology." + t.name()),
                        p.technologies().contains(t) ? Box.CHECKED : Box.UNCHECKED)).toList())));
        rows.add(row(label("documents.project.name", 1), value(p.name(), 4)));
        rows.add(row(label("documents.project.address", 1), value(p.address(), 4)));
        String period = p.start() == null && p.end() == null ? ""
                : text("documents.project.period.value", messages.date(p.start()), messages.date(p.end()));
        rows.add(row(label("documents.project.period", 1), value(period, 2),
                label("documents.project.investment", 1), value(number(p.investment()), 1)));
        rows.add(row(verticalLabel("documents.project.summary"), narrative(p.summary(), 4)));
        String pledge = Texts.isBlank(p.pledge()) ? text("documents.project.pledge.text") : p.pledge();
        List<Line> pledgeLines = new ArrayList<>();
        Texts.paragraphs(pledge).forEach(line -> pledgeLines.add(new Line(List.of(new Span(line, Box.NONE)),
                Align.LEFT)));
        pledgeLines.add(Line.of(""));
        for (String key : List.of("documents.project.pledge.signature", "documents.project.pledge.seal",
                "documents.project.pledge.date")) {
            // the signature block sits at the right as on the paper form, where the legal representative signs
            pledgeLines.add(new Line(List.of(new Span(text(key) + "\u3000".repeat(6), Box.NONE)), Align.RIGHT));
        }
        rows.add(row(label("documents.project.pledge", 1), new Content(pledgeLines, 4, 1, Align.LEFT, false)));
        return new Block.Table(TableKind.FORM, PROJECT_GRID, rows);
    }

    private void partTwo(ApplicationDocument document, List<Block> blocks) {
        blocks.add(new Block.Heading(1, text("documents.part2")));
        blocks.add(new Block.Heading(2, text("documents.part2.overview")));
        body(document.overview(), blocks);
        blocks.add(new Block.Heading(2, text("documents.part2.advancement")));
        body(document.advancement(), blocks);
    }

    private void partThree(ApplicationDocument document, List<Block> blocks) {
        blocks.add(new Block.Heading(1, text("documents.part3")));
        int part = 0;
        int figure = 0;
        for (ImplementationPart implementation : document.implementation()) {
            blocks.add(new Block.Heading(2, text("documents.heading.level2", messages.numeral(++part),
                    clean(implementation.heading()))));
            for (ContentItem item : implementation.items()) {
                blocks.add(new Block.Heading(3, text("documents.heading.item", String.valueOf(item.number()),
                        clean(item.title()))));
                if (!Texts.isBlank(item.requirement())) {
                    blocks.add(new Block.Text(text("documents.part3.requirement", clean(item.requirement()).strip()),
                            TextStyle.PROMPT));
                }
                body(item.text(), blocks);
                for (ApplicationDocument.Figure f : item.figures()) {
                    FigureSizes.Size size = figureSizes.fit(f.image());
                    figure++;
                    blocks.add(new Block.Figure(figure, f.image(), f.format(), caption(figure, f.caption()),
                            size.widthPoints(), size.heightPoints()));
                }
            }
        }
    }

    /** 图1　caption, without a numbering the applicant typed; 图1 alone when nothing else is left. */
    String caption(int number, String typed) {
        String caption = TYPED_FIGURE_NUMBER.matcher(clean(typed).strip()).replaceFirst("").strip();
        return caption.isEmpty() ? text("documents.figure.number", String.valueOf(number))
                : text("documents.figure.caption", String.valueOf(number), caption);
    }

    /**
     * The self-assessment against the element conditions is no part of 附件3: it follows the template's content as
     * an appendix headed as such, with the note when a condition is not (fully) met.
     */
    private void appendix(ApplicationDocument document, List<Block> blocks) {
        if (document.selfAssessment().isEmpty() && !document.unmetElementConditions()) {
            return;
        }
        blocks.add(new Block.Heading(1, text("documents.appendix.self-assessment")));
        if (document.unmetElementConditions()) {
            blocks.add(new Block.Text(text("documents.part3.unmet-note"), TextStyle.NOTE));
        }
        if (!document.selfAssessment().isEmpty()) {
            blocks.add(selfAssessmentTable(document.selfAssessment()));
        }
    }

    private Block.Table selfAssessmentTable(List<SelfAssessment> rows) {
        int[] widths = {700, 3500, 1200, 2045, 1400};
        List<Row> table = new ArrayList<>();
        table.add(header("documents.part3.column.number", "documents.part3.column.condition",
                "documents.part3.column.assessment", "documents.part3.column.evidence",
                "documents.part3.column.figure"));
        String mode = null;
        for (SelfAssessment a : rows) {
            if (!Objects.equals(mode, a.mode())) {
                mode = a.mode();
                // a row naming the mode above its conditions, as the element conditions are listed per mode
                table.add(row(new Content(List.of(Line.of(clean(mode))), widths.length, 1, Align.LEFT, true)));
            }
            table.add(row(cell(String.valueOf(a.conditionNumber()), Align.CENTER), cell(a.condition(), Align.LEFT),
                    cell(a.assessment() == null ? "" : text("documents.part3.assessment." + a.assessment().name()),
                            Align.CENTER),
                    cell(a.evidence(), Align.LEFT), cell(figure(a.figure()), Align.LEFT)));
        }
        return new Block.Table(TableKind.LIST, widths, table);
    }

    private String figure(QuantitativeFigure figure) {
        if (figure == null) {
            return "";
        }
        return text("documents.part3.figure", clean(figure.name()), number(figure.value()), clean(figure.unit()),
                clean(figure.requirement())) + "\n"
                + text(figure.met() ? "documents.part3.figure.met" : "documents.part3.figure.not-met");
    }

    private void partFour(ApplicationDocument document, List<Block> blocks) {
        blocks.add(new Block.Heading(1, text("documents.part4")));
        blocks.add(new Block.Heading(2, text("documents.part4.plan")));
        body(document.plan(), blocks);
        if (!document.milestones().isEmpty()) {
            // the date columns hold 2021年12月31日 on one line
            int[] widths = {600, 1300, 3145, 1900, 1900};
            List<Row> rows = new ArrayList<>();
            rows.add(header("documents.part4.column.number", "documents.part4.column.stage",
                    "documents.part4.column.content", "documents.part4.column.start", "documents.part4.column.end"));
            int n = 0;
            for (Milestone m : document.milestones()) {
                rows.add(row(cell(String.valueOf(++n), Align.CENTER), cell(m.stage(), Align.LEFT),
                        cell(m.content(), Align.LEFT), cell(messages.date(m.start()), Align.CENTER),
                        cell(messages.date(m.end()), Align.CENTER)));
            }
            blocks.add(new Block.Table(TableKind.LIST, widths, rows));
        }
        blocks.add(new Block.Heading(2, text("documents.part4.targets")));
        if (!document.indicators().isEmpty()) {
            int[] widths = {2245, 1000, 1300, 1300, 1700, 1300};
            List<Row> rows = new ArrayList<>();
            rows.add(header("documents.part4.column.indicator", "documents.part4.column.unit",
                    "documents.part4.column.before", "documents.part4.column.after",
                    "documents.part4.column.change", "documents.part4.column.improved"));
            for (IndicatorTarget t : document.indicators()) {
                String change = t.change() == null ? ""
                        : text("documents.part4.change." + t.change().name(), number(t.changePercent()));
                rows.add(row(cell(t.indicator(), Align.LEFT), cell(t.unit(), Align.CENTER),
                        cell(number(t.before()), Align.CENTER), cell(number(t.after()), Align.CENTER),
                        cell(change, Align.CENTER),
                        cell(text(t.improved() ? "documents.yes" : "documents.no"), Align.CENTER)));
            }
            blocks.add(new Block.Table(TableKind.LIST, widths, rows));
        } else {
            blocks.add(new Block.Text(text("documents.none"), TextStyle.BODY));
        }
        blocks.add(new Block.Heading(2, text("documents.part4.growth")));
        body(document.growth(), blocks);
    }

    private void partFive(ApplicationDocument document, List<Block> blocks) {
        blocks.add(new Block.Heading(1, text("documents.part5")));
        if (document.scenarios().isEmpty()) {
            blocks.add(new Block.Text(text("documents.none"), TextStyle.BODY));
            return;
        }
        int[] widths = {700, 1500, 800, 1900, 2145, 1800};
        List<Row> rows = new ArrayList<>();
        rows.add(header("documents.part5.column.number", "documents.part5.column.name", "documents.part5.column.stage",
                "documents.part5.column.problem", "documents.part5.column.solution", "documents.part5.column.effect"));
        int n = 0;
        for (Scenario s : document.scenarios()) {
            rows.add(row(cell(String.valueOf(++n), Align.CENTER), cell(s.name(), Align.LEFT),
                    cell(s.stage() == null ? "" : text("documents.part5.stage." + s.stage().name()), Align.CENTER),
                    cell(s.problem(), Align.LEFT), cell(s.solution(), Align.LEFT), cell(s.effect(), Align.LEFT)));
        }
        blocks.add(new Block.Table(TableKind.LIST, widths, rows));
    }

    private void partSix(ApplicationDocument document, List<Block> blocks) {
        blocks.add(new Block.Heading(1, text("documents.part6")));
        blocks.add(new Block.Heading(3, text("documents.part6.equipment")));
        if (document.equipment().isEmpty()) {
            blocks.add(new Block.Text(text("documents.none"), TextStyle.BODY));
        } else {
            int[] widths = {700, 1700, 1600, 1000, 1545, 1600, 700};
            List<Row> rows = new ArrayList<>();
            rows.add(header("documents.part6.column.number", "documents.part6.column.equipment-name",
                    "documents.part6.column.category", "documents.part6.column.brand",
                    "documents.part6.column.supplier", "documents.part6.column.origin",
                    "documents.part6.column.quantity"));
            int n = 0;
            for (Equipment e : document.equipment()) {
                rows.add(row(cell(String.valueOf(++n), Align.CENTER), cell(e.name(), Align.LEFT),
                        cell(e.category() == null ? "" : text("documents.part6.category." + e.category().name()),
                                Align.LEFT),
                        cell(e.brand(), Align.LEFT), cell(e.supplier(), Align.LEFT),
                        cell(e.origin() == null ? "" : text("documents.part6.origin." + e.origin().name()),
                                Align.CENTER),
                        cell(String.valueOf(e.quantity()), Align.CENTER)));
            }
            blocks.add(new Block.Table(TableKind.LIST, widths, rows));
        }
        blocks.add(new Block.Heading(3, text("documents.part6.patents")));
        if (document.patents().isEmpty()) {
            blocks.add(new Block.Text(text("documents.none"), TextStyle.BODY));
        } else {
            // a patent number (ZL201910123456.7) and a date (2021年12月31日) each stand on one line
            int[] widths = {600, 2400, 2545, 1400, 1900};
            List<Row> rows = new ArrayList<>();
            rows.add(header("documents.part6.column.number", "documents.part6.column.patent-number",
                    "documents.part6.column.patent-title", "documents.part6.column.patent-type",
                    "documents.part6.column.patent-date"));
            int n = 0;
            for (Patent p : document.patents()) {
                rows.add(row(cell(String.valueOf(++n), Align.CENTER), cell(p.number(), Align.LEFT),
                        cell(p.title(), Align.LEFT),
                        cell(p.type() == null ? "" : text("documents.part6.patent-type." + p.type().name()),
                                Align.CENTER),
                        cell(messages.date(p.date()), Align.CENTER)));
            }
            blocks.add(new Block.Table(TableKind.LIST, widths, rows));
        }
    }

    private void body(String narrative, List<Block> blocks) {
        for (String paragraph : Texts.paragraphs(narrative)) {
            blocks.add(new Block.Text(paragraph, TextStyle.BODY));
        }
    }

    private static Row row(Cell... cells) {
        return new Row(List.of(cells), false);
    }

    private Row header(String... keys) {
        List<Cell> cells = new ArrayList<>();
        for (String key : keys) {
            cells.add(new Content(List.of(Line.of(text(key))), 1, 1, Align.CENTER, true));
        }
        return new Row(cells, true);
    }

    private Content label(String key, int span) {
        return new Content(List.of(Line.of(text(key))), span, 1, Align.CENTER, true);
    }

    /** A label written top to bottom, one character a line, as the form writes 企业简介 and 项目简述. */
    private Content verticalLabel(String key) {
        List<Line> lines = text(key).codePoints().mapToObj(Character::toString).map(Line::of).toList();
        return new Content(lines, 1, 1, Align.CENTER, true);
    }

    private static Content value(String text, int span) {
        List<Line> lines = Texts.paragraphs(text).stream().map(Line::of).toList();
        return new Content(lines.isEmpty() ? List.of(Line.of("")) : lines, span, 1, Align.LEFT, false);
    }

    private static Content narrative(String text, int span) {
        // left-aligned like every cell: justified lines stretch Chinese text apart
        List<Line> lines = Texts.paragraphs(text).stream().map(Line::of).toList();
        return new Content(lines.isEmpty() ? List.of(Line.of("")) : lines, span, 1, Align.LEFT, false);
    }

    private static Content cell(String text, Align align) {
        List<Line> lines = Texts.paragraphs(text).stream().map(Line::of).toList();
        return new Content(lines.isEmpty() ? List.of(Line.of("")) : lines, 1, 1, align, false);
    }

    private static Content boxes(int span, List<Span> spans) {
        return new Content(List.of(checkboxLine(spans)), span, 1, Align.LEFT, false);
    }

    /** Checkboxes on one line, separated by spaces: ☑国有 □民营 □三资. */
    private static Line checkboxLine(List<Span> boxes) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (i > 0) {
                spans.add(new Span("\u3000", Box.NONE));
            }
            spans.add(boxes.get(i));
        }
        return new Line(spans, null);
    }

    private Content yesNo(Boolean answer, String yesText, int span) {
        return boxes(span, List.of(new Span(yesText, Boolean.TRUE.equals(answer) ? Box.CHECKED : Box.UNCHECKED),
                new Span(text("documents.no"), Boolean.FALSE.equals(answer) ? Box.CHECKED : Box.UNCHECKED)));
    }

    private String percent(BigDecimal value) {
        return value == null ? "" : text("documents.percent", number(value));
    }

    private static String number(BigDecimal value) {
        return DocumentMessages.number(value);
    }

    private static String clean(String text) {
        return Texts.clean(text);
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
