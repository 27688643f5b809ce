package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.SummaryTable;

import java.util.List;

/**
 * The column widths of the 汇总表, from what it holds: 序号, 联系人, 联系方式 and 备注 as wide as their longest line
 * (each within bounds, so that an empty 备注 keeps room to write in and a long one wraps), and the rest of the width
 * to 项目名称 and 企业名称 in proportion to their longest names, 项目名称 never the narrower. So names do not wrap one
 * character a line while 备注 stands empty.
 */
final class SummaryColumns {

    /** 序号, 项目名称, 企业名称, 联系人, 联系方式, 备注. */
    static final int COLUMNS = 6;
    private static final int NUMBER = 0;
    private static final int PROJECT = 1;
    private static final int ENTERPRISE = 2;
    private static final int CONTACT = 3;
    private static final int PHONE = 4;
    private static final int REMARK = 5;

    private SummaryColumns() {
    }

    /**
     * The widths in twips, adding up to {@code total}.
     *
     * @param em      the text's size in twips (240 for 小四, 12 pt)
     * @param padding the cell's left and right margins together, in twips
     */
    static int[] widths(List<String> header, SummaryTable table, int templateRows, int total, int em, int padding) {
        double[] ems = new double[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            ems[i] = width(header.get(i));
        }
        ems[NUMBER] = Math.max(ems[NUMBER], width(String.valueOf(Math.max(templateRows, table.rows().size()))));
        for (SummaryTable.Row row : table.rows()) {
            String[] values = {row.projectName(), row.enterpriseName(), row.contactName(), row.contactPhone(),
                    row.remark()};
            for (int i = 0; i < values.length; i++) {
                ems[i + 1] = Math.max(ems[i + 1], width(values[i]));
            }
        }
        int[] widths = new int[COLUMNS];
        widths[NUMBER] = twips(ems[NUMBER], em, padding);
        widths[CONTACT] = twips(Math.min(Math.max(ems[CONTACT], 4), 6), em, padding);
        widths[PHONE] = twips(Math.min(Math.max(ems[PHONE], 6), 10), em, padding);
        widths[REMARK] = twips(Math.min(Math.max(ems[REMARK], 6), 10), em, padding);
        int rest = total - widths[NUMBER] - widths[CONTACT] - widths[PHONE] - widths[REMARK];
        int project = twips(Math.max(ems[PROJECT], 1), em, padding);
        int enterprise = twips(Math.max(ems[ENTERPRISE], 1), em, padding);
        if (project + enterprise <= rest) {
            // both on one line; what is left goes more to the project's name
            widths[PROJECT] = project + (rest - project - enterprise) * 3 / 5;
        } else {
            // the enterprise's name (the shorter as a rule) on one line if it can, the project's name wraps
            widths[PROJECT] = rest - Math.min(enterprise, rest / 2);
        }
        widths[PROJECT] = Math.max(widths[PROJECT], (rest + 1) / 2);
        widths[ENTERPRISE] = rest - widths[PROJECT];
        return widths;
    }

    private static int twips(double ems, int em, int padding) {
        return (int) Math.ceil(ems * em) + padding;
    }

    /** The width of the longest line in ems: a Chinese character or full-width sign one, anything else half. */
    static double width(String text) {
        double widest = 0;
        for (String line : Texts.paragraphs(text)) {
            widest = Math.max(widest, line.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1 : 0.5).sum());
        }
        return widest;
    }
}
