package cn.gov.hubei.jxt.pilot.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A form or table of the programme that prints (专家评分表, 评审汇总表, 现场核查表, and the documents of later stages):
 * a title, optional lines under it, and parts in order. {@link FormDocuments} renders it in the official format rules
 * (A4, GB/T 9704 margins, 小标宋/黑体 title, 仿宋 text, ruled tables with the header repeated on every page, rows not
 * split). Rendering reads nothing but the model; every text is already in Chinese.
 *
 * @param title       the document's title, e.g. 湖北省智能制造试点示范项目专家评分表
 * @param subtitles   lines under the title (e.g. 评审会：…  日期：…), may be empty
 * @param orientation portrait for forms, landscape for wide tables
 * @param parts       the content in order
 * @param author      the producer recorded in the file's properties (e.g. 湖北省经济和信息化厅)
 * @param created     the date recorded in the file's properties
 */
public record FormDocument(String title, List<String> subtitles, Orientation orientation, List<Part> parts,
                           String author, LocalDate created) {

    public FormDocument {
        Objects.requireNonNull(title, "title");
        subtitles = List.copyOf(subtitles);
        Objects.requireNonNull(orientation, "orientation");
        parts = List.copyOf(parts);
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i) instanceof AttachmentLabel) {
                throw new IllegalArgumentException("an attachment's label is the first part");
            }
        }
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
    }

    public enum Orientation { PORTRAIT, LANDSCAPE }

    /** One part of the content. */
    public sealed interface Part permits AttachmentLabel, Heading, Paragraph, Fields, Grid, Figure, Signatures, Closing {
    }

    /**
     * The label of an attachment (GB/T 9704-2012 §8): 「附件」, or 「附件1」… when there are several, printed on its own
     * line at the top left of the first page in 3号黑体, the title centred under it after one blank line. When present
     * it is the document's first part.
     */
    public record AttachmentLabel(String text) implements Part {
        public AttachmentLabel {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A heading of a part (黑体). */
    public record Heading(String text) implements Part {
    }

    /** A paragraph of running text (仿宋, first line indented two characters); line breaks are kept. */
    public record Paragraph(String text) implements Part {
    }

    /** A ruled two-column table of labels and values (label column 黑体, values 仿宋 and wrapped, line breaks kept). */
    public record Fields(List<Field> fields) implements Part {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label and its value; a {@code null} or blank value prints as an empty cell to fill by hand. */
    public record Field(String label, String value) {
    }

    /**
     * A ruled table: the header repeated on every page, rows never split across pages; in .xlsx one sheet per grid.
     *
     * @param name           the sheet's name in .xlsx (at most 31 characters), e.g. 汇总
     * @param header         the column headings
     * @param relativeWidths each column's share of the width (same length as the header)
     * @param numeric        which columns hold numbers (right-aligned; in .xlsx stored as numbers when they parse)
     * @param rows           the rows, each as long as the header ({@code null} prints as empty)
     */
    public record Grid(String name, List<String> header, List<Integer> relativeWidths, List<Boolean> numeric,
                       List<List<String>> rows) implements Part {
        public Grid {
            header = List.copyOf(header);
            relativeWidths = List.copyOf(relativeWidths);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
            int columns = header.size();
            if (relativeWidths.size() != columns || numeric.size() != columns
                    || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row, width and numeric flag matches the header");
            }
        }
    }

    /** A picture (JPEG or PNG) scaled to the text width with its caption under it. */
    public record Figure(byte[] image, String caption) implements Part {
    }

    /**
     * Lines to sign by hand: each label (e.g. 专家签名, 核查组组长签名) with a blank line, and 日期 when asked.
     */
    public record Signatures(List<String> labels, boolean withDate) implements Part {
        public Signatures {
            labels = List.copyOf(labels);
        }
    }

    /**
     * The sender's closing of an official notice (GB/T 9704): each line (the issuing body, then the date written out,
     * e.g. 湖北省经济和信息化厅 / 2026年12月4日) right-aligned in 仿宋 三号, set off from the text above by two blank lines.
     * A document with a closing is laid out as an official notice: its title stays 二号 even when it holds a grid.
     */
    public record Closing(List<String> lines) implements Part {
        public Closing {
            lines = List.copyOf(lines);
        }
    }
}
