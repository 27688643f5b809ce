package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes entries as CSV (RFC 4180: comma, CRLF, fields in double quotes when needed) that Excel opens correctly:
 * the caller writes UTF-8 and this writer starts with a byte-order mark so that Chinese text shows.
 */
final class AuditCsv {

    static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    private final Writer out;
    private final AuditEntryPresenter presenter;

    AuditCsv(Writer out, AuditEntryPresenter presenter) {
        this.out = out;
        this.presenter = presenter;
    }

    void header() {
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(List.of(
                presenter.message("audit.column.seq"),
                presenter.message("audit.column.time"),
                presenter.message("audit.column.actor"),
                presenter.message("audit.column.role"),
                presenter.message("audit.column.clientAddress"),
                presenter.message("audit.column.action"),
                presenter.message("audit.column.targetType"),
                presenter.message("audit.column.targetId"),
                presenter.message("audit.column.outcome"),
                presenter.message("audit.column.details")));
    }

    void entry(AuditEntry entry) {
        row(java.util.Arrays.asList(
                String.valueOf(entry.seq()),
                presenter.time(entry.occurredAt()),
                entry.actor(),
                presenter.roleName(entry.role()),
                entry.clientAddress(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                presenter.outcomeLabel(entry.outcome()),
                entry.details()));
    }

    private void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write(CRLF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One field. A null is an empty field. A value that a spreadsheet would run as a formula (it starts with
     * {@code = + - @}, tab or carriage return; a failed login's user name is typed by anyone) gets a leading
     * apostrophe, the usual defence against CSV injection. Fields with a comma, quote or line break are quoted.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
