package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.FigureFormat;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link FormDocument} as XHTML with a print style sheet for the PDF renderer, in the sizes and faces of its
 * .docx ({@link FormDocx}): A4 upright or lying with the margins of GB/T 9704 and "— 1 —" page numbers, the title in
 * 小标宋 when such a font is configured, else 黑体, text in 仿宋, ruled tables whose header is repeated on every page
 * and whose rows are not split. Every text is escaped; figures travel inside as data URIs.
 */
final class FormXhtml {

    /**
     * {@code %1$s} body, {@code %2$s} title and headings, {@code %3$s} page number font lists; {@code %4$s} the page
     * size; then the sizes in points: title, subtitle.
     */
    private static final String CSS = """
            @page {
              size: %4$s;
              margin: 3.7cm 2.6cm 3.5cm 2.8cm;
              @bottom-center {
                content: "\\2014\\00A0" counter(page) "\\00A0\\2014";
                font-family: %3$s;
                font-size: 14pt;
                vertical-align: top;
                padding-top: 0.7cm;
              }
            }
            body { font-family: %1$s; font-size: 16pt; line-height: 20.8pt; margin: 0; orphans: 1; widows: 1; }
            h1.title { font-family: %11$s; font-size: %5$.1fpt; line-height: %6$.1fpt; font-weight: normal;
                       text-align: center; margin: 0 0 %9$.1fpt 0; }
            p.subtitle { font-size: %7$.1fpt; line-height: %8$.1fpt; text-align: center; text-indent: 0; margin: 0; }
            p.subtitle.last { margin-bottom: 12pt; }
            p.attachment { font-family: %2$s; font-size: 16pt; line-height: 20.8pt; text-indent: 0; text-align: left;
                           margin: 0 0 20.8pt 0; }
            h2 { font-family: %2$s; font-size: 16pt; line-height: 20.8pt; font-weight: normal; margin: 6pt 0 3pt 0;
                 text-indent: 2em; page-break-after: avoid; }
            p { margin: 0; text-indent: 2em; text-align: justify; word-wrap: break-word; }
            div.figure { text-align: center; margin: 6pt 0 3pt 0; page-break-inside: avoid; page-break-after: avoid; }
            div.figure img { display: block; margin: 0 auto; }
            p.caption { text-indent: 0; text-align: center; font-size: 14pt; line-height: 18.2pt; margin-bottom: 6pt; }
            table.grid { border-collapse: collapse; table-layout: fixed; width: 100%%; margin: 0 0 15.6pt 0;
                         -fs-table-paginate: paginate; }
            table.grid td, table.grid th { border: 0.5pt solid #000; padding: 1pt 4pt; vertical-align: middle;
                         word-wrap: break-word; overflow-wrap: break-word; font-weight: normal; }
            table.grid th { font-family: %2$s; text-align: center; }
            table.s12 td, table.s12 th { font-size: 12pt; line-height: 15.6pt; }
            table.s10 td, table.s10 th { font-size: 10.5pt; line-height: 13.7pt; }
            table.fields td { height: 24pt; }
            table.fields td.label { font-family: %2$s; text-align: center; }
            td.l { text-align: left; } td.r { text-align: right; }
            div.line { text-indent: 0; }
            p.sign { text-indent: 0; text-align: left; font-size: 14pt; line-height: 18.2pt; margin-top: 18pt;
                     page-break-inside: avoid; }
            p.sign.first { margin-top: 24pt; }
            span.rule { font-family: %10$s; }
            div.signatures { page-break-before: avoid; page-break-inside: avoid; }
            div.closing { margin-top: 41.6pt; page-break-inside: avoid; }
            div.closing p { text-indent: 0; text-align: right; margin-right: 2em; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            """;

    private final DocumentMessages messages;

    FormXhtml(DocumentMessages messages) {
        this.messages = messages;
    }

    String write(FormDocument document, PdfWriter.Families fonts) {
        FormLayout layout = new FormLayout(document);
        String heiti = fonts.list(CjkFonts.Role.HEITI, CjkFonts.Role.SONGTI, CjkFonts.Role.FANGSONG,
                CjkFonts.Role.KAITI);
        String body = fonts.list(CjkFonts.Role.FANGSONG, CjkFonts.Role.SONGTI, CjkFonts.Role.KAITI,
                CjkFonts.Role.HEITI);
        String titleFont = fonts.list(CjkFonts.Role.XIAOBIAOSONG, CjkFonts.Role.HEITI, CjkFonts.Role.SONGTI,
                CjkFonts.Role.FANGSONG, CjkFonts.Role.KAITI);
        String pageNumber = fonts.list(CjkFonts.Role.SONGTI, CjkFonts.Role.FANGSONG, CjkFonts.Role.HEITI,
                CjkFonts.Role.KAITI);
        double title = layout.titleSize() / 2.0;
        double subtitle = layout.subtitleSize() / 2.0;
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(document.title())).append("</title><style>")
                .append(String.format(Locale.ROOT, CSS, body, heiti, pageNumber,
                        layout.landscape() ? "29.7cm 21cm" : "21cm 29.7cm", title, title * 1.3, subtitle,
                        subtitle * 1.3, document.subtitles().isEmpty() ? 18.0 : 8.0, pageNumber,
                        titleFont))
                .append("</style></head><body>");
        if (!document.parts().isEmpty() && document.parts().get(0) instanceof FormDocument.AttachmentLabel label) {
            // GB/T 9704-2012 §8: 附件 at the top left, 3号黑体, on the first line; the title on the third
            html.append("<p class=\"attachment\">").append(escape(label.text())).append("</p>");
        }
        html.append("<h1 class=\"title\">").append(lines(document.title(), "<br/>")).append("</h1>");
        int n = 0;
        for (String line : document.subtitles()) {
            html.append("<p class=\"subtitle").append(++n == document.subtitles().size() ? " last" : "")
                    .append("\">").append(lines(line, "<br/>")).append("</p>");
        }
        for (FormDocument.Part part : document.parts()) {
            if (part instanceof FormDocument.Heading heading) {
                html.append("<h2>").append(escape(String.join(" ", FormLayout.lines(heading.text())))).append("</h2>");
            } else if (part instanceof FormDocument.Paragraph paragraph) {
                for (String text : FormLayout.paragraphs(paragraph.text())) {
                    html.append("<p>").append(escape(text)).append("</p>");
                }
            } else if (part instanceof FormDocument.Fields fields) {
                fields(html, layout, fields);
            } else if (part instanceof FormDocument.Grid grid) {
                grid(html, layout, grid);
            } else if (part instanceof FormDocument.Figure figure) {
                figure(html, layout, figure);
            } else if (part instanceof FormDocument.Signatures signatures) {
                boolean first = true;
                html.append("<div class=\"signatures\">");
                for (String label : signatures.labels()) {
                    html.append("<p class=\"sign").append(first ? " first" : "").append("\">")
                            .append(signature(FormLayout.signature(messages, label, signatures.withDate())))
                            .append("</p>");
                    first = false;
                }
                html.append("</div>");
            } else if (part instanceof FormDocument.Closing closing) {
                html.append("<div class=\"closing\">");
                for (String line : closing.lines()) {
                    html.append("<p>").append(escape(line)).append("</p>");
                }
                html.append("</div>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void fields(StringBuilder html, FormLayout layout, FormDocument.Fields fields) {
        html.append("<table class=\"grid fields s12\">");
        columns(html, layout.fieldColumns());
        html.append("<tbody>");
        for (FormDocument.Field field : fields.fields()) {
            html.append("<tr><td class=\"label\">").append(lines(field.label(), null)).append("</td><td class=\"l\">")
                    .append(lines(field.value(), null)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void grid(StringBuilder html, FormLayout layout, FormDocument.Grid grid) {
        html.append("<table class=\"grid ").append(FormLayout.gridSize(grid) == FormLayout.SIZE_5 ? "s10" : "s12")
                .append("\">");
        columns(html, layout.columns(grid));
        html.append("<thead><tr>");
        for (String heading : grid.header()) {
            html.append("<th>").append(lines(heading, null)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : grid.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append("<td class=\"").append(grid.numeric().get(i) ? "r" : "l").append("\">")
                        .append(lines(row.get(i), null)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void columns(StringBuilder html, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        html.append("<colgroup>");
        for (int w : widths) {
            html.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.3f", 100.0 * w / total))
                    .append("%\"/>");
        }
        html.append("</colgroup>");
    }

    private static void figure(StringBuilder html, FormLayout layout, FormDocument.Figure figure) {
        FormLayout.FigureSize size = layout.figure(figure);
        String mime = size.format() == FigureFormat.PNG ? "image/png" : "image/jpeg";
        String caption = FormLayout.clean(figure.caption());
        html.append("<div class=\"figure\"><img src=\"data:").append(mime).append(";base64,")
                .append(Base64.getEncoder().encodeToString(figure.image()))
                .append("\" style=\"width:").append(points(size.widthPoints())).append("pt;height:")
                .append(points(size.heightPoints())).append("pt\" alt=\"").append(escape(caption))
                .append("\"/></div>");
        if (!caption.isBlank()) {
            html.append("<p class=\"caption\">").append(escape(caption)).append("</p>");
        }
    }

    /**
     * The lines of a text, escaped; joined by {@code separator}, or each in a block of its own when it is
     * {@code null} (an empty line keeps its height).
     */
    private static String lines(String text, String separator) {
        List<String> lines = FormLayout.lines(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (separator != null) {
                if (i > 0) {
                    out.append(separator);
                }
                out.append(escape(lines.get(i)));
            } else {
                out.append("<div class=\"line\">")
                        .append(lines.get(i).isEmpty() ? "&#160;" : escape(lines.get(i))).append("</div>");
            }
        }
        return out.toString();
    }

    /** A line to sign, its rules in 宋体 (see {@link FormLayout#ruleSegments}). */
    private static String signature(String line) {
        StringBuilder out = new StringBuilder();
        for (String segment : FormLayout.ruleSegments(line)) {
            if (FormLayout.isRule(segment)) {
                out.append("<span class=\"rule\">").append(escape(segment)).append("</span>");
            } else {
                out.append(escape(segment));
            }
        }
        return out.toString();
    }

    private static String points(double points) {
        return String.format(Locale.ROOT, "%.1f", points);
    }

    private static String escape(String text) {
        return XhtmlWriter.escape(FormLayout.clean(text));
    }
}
