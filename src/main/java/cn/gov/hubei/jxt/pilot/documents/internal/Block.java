package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.FigureFormat;

import java.util.List;

/**
 * The 申报书 laid out once, as a sequence of blocks, and written twice: to .docx and to XHTML for the PDF. Both
 * writers therefore print the same words in the same order; each decides only how a kind of block looks.
 */
public sealed interface Block {

    /**
     * The cover page; the document continues on a new page without a page number on the cover.
     *
     * @param version {@code null} for the cover of 附件3; a draft preview says here what it is
     */
    record Cover(String titleLine1, String titleLine2, String version, List<CoverLine> lines, String compiler)
            implements Block {
    }

    /** A labelled line of the cover, e.g. label 项目名称： and the project's name. */
    record CoverLine(String label, String value) {
    }

    /**
     * A heading: level 1 (一、… in 黑体), level 2 (（一）… in 楷体), level 3 (1.… in bold 仿宋).
     */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph of running text. */
    record Text(String text, TextStyle style) implements Block {
    }

    enum TextStyle {
        /** Body text: 3号仿宋, first line indented by two characters. */
        BODY,
        /** The requirement of a content item of 附件2-1, printed as a prompt in 楷体. */
        PROMPT,
        /** A note the reader must not miss, in bold. */
        NOTE
    }

    /**
     * A figure with its numbered caption.
     *
     * @param widthPoints  the printed width in points, already fitted into the text area
     * @param heightPoints the printed height in points
     */
    record Figure(int number, byte[] image, FigureFormat format, String caption, double widthPoints,
                  double heightPoints) implements Block {
    }

    /**
     * A table.
     *
     * @param widths the columns' widths in twips (1/20 point); they add up to the text width
     */
    record Table(TableKind kind, int[] widths, List<Row> rows) implements Block {
    }

    enum TableKind {
        /** The form tables of part 一: label and value cells, merged as the form merges them. */
        FORM,
        /** A list with a header row, repeated on every page. */
        LIST
    }

    /** A row; a header row is repeated at the top of each page the table runs over. */
    record Row(List<Cell> cells, boolean header) {
    }

    /** A cell of a row. */
    sealed interface Cell {
        int columnSpan();
    }

    /**
     * A cell with content.
     *
     * @param rowSpan how many rows the cell covers; the rows below hold a {@link Merged} cell in its place
     * @param label   whether the cell is a label of the form (centred) rather than a value
     */
    record Content(List<Line> lines, int columnSpan, int rowSpan, Align align, boolean label) implements Cell {
    }

    /** The place of a cell covered by a {@link Content} cell above it with a row span. */
    record Merged(int columnSpan) implements Cell {
    }

    enum Align {
        LEFT, CENTER, RIGHT, BOTH
    }

    /** A line (paragraph) inside a cell; {@code align} {@code null} takes the cell's alignment. */
    record Line(List<Span> spans, Align align) {

        static Line of(String text) {
            return new Line(List.of(new Span(text, Box.NONE)), null);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    /** A run of text, or a checkbox followed by its label. */
    record Span(String text, Box box) {
    }

    enum Box {
        NONE, CHECKED, UNCHECKED
    }
}
