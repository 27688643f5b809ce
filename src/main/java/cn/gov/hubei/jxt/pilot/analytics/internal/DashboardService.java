package cn.gov.hubei.jxt.pilot.analytics.internal;

import cn.gov.hubei.jxt.pilot.analytics.AnalyticsFilter;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsPermissions;
import cn.gov.hubei.jxt.pilot.analytics.AnalyticsRefusedException;
import cn.gov.hubei.jxt.pilot.analytics.Chart;
import cn.gov.hubei.jxt.pilot.analytics.ChartTable;
import cn.gov.hubei.jxt.pilot.analytics.ChartTable.Column;
import cn.gov.hubei.jxt.pilot.analytics.Dashboard;
import cn.gov.hubei.jxt.pilot.analytics.Dashboards;
import cn.gov.hubei.jxt.pilot.analytics.internal.AnalyticsQueries.Row;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocuments;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringFigures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The dashboards: the scope taken from the person (never from the request), one query per chart, the headings from
 * the messages; "in rectification" from {@link MonitoringFigures} when the monitoring module provides it (0 with a
 * note otherwise).
 */
@Service
@Transactional(readOnly = true)
class DashboardService implements Dashboards {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AnalyticsQueries queries;
    private final AnalyticsPermissions permissions;
    private final ObjectProvider<MonitoringFigures> monitoring;
    private final FormDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    DashboardService(AnalyticsQueries queries, AnalyticsPermissions permissions,
                     ObjectProvider<MonitoringFigures> monitoring, FormDocuments documents, MessageSource messages,
                     Clock clock) {
        this.queries = queries;
        this.permissions = permissions;
        this.monitoring = monitoring;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Dashboard dashboard(CurrentUser user, AnalyticsFilter filter) {
        String division = scope(user);
        List<ChartTable> charts = Arrays.stream(Chart.values()).map(c -> table(c, filter, division)).toList();
        List<Dashboard.CallOption> calls = queries.calls();
        List<Integer> years = calls.stream().map(Dashboard.CallOption::year).distinct().toList();
        return new Dashboard(filter, division, division == null ? null : queries.divisionName(division), calls, years,
                charts, queries.refreshedAt());
    }

    @Override
    public ChartTable chart(CurrentUser user, Chart chart, AnalyticsFilter filter) {
        return table(chart, filter, scope(user));
    }

    @Override
    public byte[] xlsx(CurrentUser user, Chart chart, AnalyticsFilter filter) {
        String division = scope(user);
        ChartTable table = table(chart, filter, division);
        List<String> header = table.columns().stream().map(Column::label).toList();
        List<Boolean> numeric = table.columns().stream().map(Column::numeric).toList();
        List<Integer> widths = IntStream.range(0, header.size()).mapToObj(i -> i == 0 ? 3 : 2).toList();
        List<List<String>> rows = table.rows().stream()
                .map(r -> r.stream().map(v -> v == null ? "" : v instanceof BigDecimal b ? b.toPlainString()
                        : v.toString()).toList())
                .toList();
        String scope = division == null ? t("analytics.scope.province") : queries.divisionName(division);
        List<String> subtitles = List.of(t("analytics.export.subtitle", scope, describe(filter)));
        List<FormDocument.Part> parts = new ArrayList<>();
        parts.add(new FormDocument.Grid(sheetName(table.title()), header, widths, numeric, rows));
        if (!table.note().isBlank()) {
            parts.add(new FormDocument.Paragraph(table.note()));
        }
        return documents.xlsx(new FormDocument(table.title(), subtitles, FormDocument.Orientation.LANDSCAPE, parts,
                t("analytics.export.author"), LocalDate.now(clock)));
    }

    @Override
    @Transactional
    public void refresh() {
        queries.refresh(clock.instant());
    }

    /** The one division the person sees, or null for the province; refuses whoever may not see the analytics. */
    private String scope(CurrentUser user) {
        if (!permissions.canView(user)) {
            throw new AnalyticsRefusedException();
        }
        return permissions.divisionScope(user).orElse(null);
    }

    private String describe(AnalyticsFilter filter) {
        if (filter.callId() != null) {
            return queries.calls().stream().filter(c -> c.id() == filter.callId()).findFirst()
                    .map(Dashboard.CallOption::title).orElse(t("analytics.filter.unknown-call"));
        }
        return filter.year() != null ? t("analytics.filter.year-value", String.valueOf(filter.year()))
                : t("analytics.filter.all");
    }

    private static String sheetName(String title) {
        return title.length() <= 31 ? title : title.substring(0, 31);
    }

    ChartTable table(Chart chart, AnalyticsFilter filter, String division) {
        Long call = filter.callId();
        Integer year = filter.year();
        return switch (chart) {
            case FUNNEL -> funnel(queries.funnel(call, year, division));
            case DIVISIONS -> of(chart, "division", List.of("registered", "started", "submitted", "recommended",
                    "formal-passed", "designated"), queries.divisions(call, year, division), List.of(3));
            case MODES -> of(chart, "mode", List.of("submitted", "recommended", "formal-passed", "designated"),
                    queries.declared("analytics_mode", "mode_codes", call, year, division), List.of(1, 2, 3, 4));
            case TECHNOLOGIES -> of(chart, "technology", List.of("submitted", "recommended", "formal-passed",
                            "designated"),
                    queries.declared("analytics_technology", "technology_codes", call, year, division),
                    List.of(1, 2, 3, 4));
            case INDUSTRIES -> of(chart, "industry", List.of("designated", "publicised"),
                    queries.industries(call, year, division).stream()
                            .map(r -> r.key() == null ? new Row("NONE", t("analytics.industry.none"), r.values()) : r)
                            .toList(), List.of(1, 2));
            case INDICATORS -> of(chart, "indicator", List.of("band-negative", "band-0", "band-10", "band-20",
                            "band-30", "band-50", "not-stated", "median-improvement"),
                    queries.indicatorBands(call, year, division), List.of(1, 2, 3, 4, 5, 6));
            case INDICATOR_VALUES -> of(chart, "indicator-unit", List.of("count", "median-before", "median-after",
                    "median-improvement"), queries.indicatorValues(call, year, division), List.of(2, 3));
            case TRENDS -> of(chart, "year", List.of("calls", "started", "submitted", "recommended", "designated",
                    "divisions-reached"), queries.trends(division), List.of(2, 3, 4, 5));
            case STOCK -> stock(call, year, division);
        };
    }

    private ChartTable funnel(List<Long> counts) {
        List<String> steps = List.of("registered", "started", "submitted", "recommended", "formal-passed", "reviewed",
                "publicised", "designated");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            long previous = i == 0 ? 0 : counts.get(i - 1);
            BigDecimal share = i == 0 || previous == 0 ? null
                    : BigDecimal.valueOf(counts.get(i) * 1000 / previous, 1);
            rows.add(Arrays.asList(t("analytics.step." + steps.get(i)), counts.get(i), share));
        }
        List<Column> columns = List.of(column("step", false), column("count", true),
                column("share-of-previous", true));
        return new ChartTable(Chart.FUNNEL, t(Chart.FUNNEL.titleKey()), columns, steps, rows, List.of(1),
                t("analytics.note.funnel"));
    }

    private ChartTable stock(Long call, Integer year, String division) {
        List<Row> rows = queries.stock(call, year, division, LocalDate.now(clock));
        MonitoringFigures figures = monitoring.getIfAvailable();
        Map<Integer, Long> rectification = figures == null ? Map.of() : figures.inRectificationByYear(division);
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(r.label());
            line.addAll(r.values().subList(0, 3));
            line.add(rectification.getOrDefault(Integer.valueOf(r.key()), 0L));
            line.addAll(r.values().subList(3, 5));
            cells.add(line);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(column("designation-year", false));
        for (String key : List.of("designated", "valid", "expiring", "rectification", "removed", "expired")) {
            columns.add(column(key, true));
        }
        String note = t("analytics.note.stock") + (figures == null ? t("analytics.note.rectification-absent") : "");
        return new ChartTable(Chart.STOCK, t(Chart.STOCK.titleKey()), columns, rows.stream().map(Row::key).toList(),
                cells, List.of(2, 4, 5, 6), note);
    }

    private ChartTable of(Chart chart, String labelKey, List<String> valueKeys, List<Row> rows, List<Integer> plotted) {
        List<Column> columns = new ArrayList<>();
        columns.add(column(labelKey, false));
        valueKeys.forEach(k -> columns.add(column(k, true)));
        List<List<Object>> cells = rows.stream().map(r -> {
            List<Object> line = new ArrayList<>();
            line.add(r.label());
            line.addAll(r.values());
            return (List<Object>) line;
        }).toList();
        return new ChartTable(chart, t(chart.titleKey()), columns, rows.stream().map(Row::key).toList(), cells,
                plotted, t("analytics.note." + chart.key()));
    }

    private Column column(String key, boolean numeric) {
        return new Column(key, t("analytics.column." + key), numeric);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
