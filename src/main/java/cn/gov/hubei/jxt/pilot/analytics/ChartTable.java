package cn.gov.hubei.jxt.pilot.analytics;

import java.util.List;

/**
 * One chart's data as the table beside it shows it, the .xlsx exports it and the JSON gives it: columns (the first
 * one the row's label), rows of aggregates computed in the database, each row's stable key (a division's code, a
 * mode's code, a year …) and which columns the chart plots.
 *
 * @param chart   the chart
 * @param title   its title
 * @param columns the columns, the first one the label
 * @param keys    each row's key, in the rows' order
 * @param rows    the rows: the label (text) then numbers ({@code Long} or {@code BigDecimal}, {@code null}: none)
 * @param plotted the indexes of the columns the chart draws
 * @param note    a note under the chart (what is counted), never null
 */
public record ChartTable(Chart chart, String title, List<Column> columns, List<String> keys, List<List<Object>> rows,
                         List<Integer> plotted, String note) {

    public ChartTable {
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        plotted = List.copyOf(plotted);
        int width = columns.size();
        if (keys.size() != rows.size() || rows.stream().anyMatch(r -> r.size() != width)) {
            throw new IllegalArgumentException("every row matches the columns and has a key");
        }
    }

    /** A column: its key (stable, for the JSON), its heading and whether it holds numbers. */
    public record Column(String key, String label, boolean numeric) {
    }

    /** The cell of the row with that key in the column with that key, or null. */
    public Object cell(String rowKey, String columnKey) {
        int r = keys.indexOf(rowKey);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(columnKey)) {
                return r < 0 ? null : rows.get(r).get(c);
            }
        }
        throw new IllegalArgumentException("no column " + columnKey);
    }
}
