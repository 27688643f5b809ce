package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.FigureFormat;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Align;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Box;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Cell;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Content;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Line;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Row;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Span;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.TableKind;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes the laid-out 申报书 as XHTML with a print style sheet for the PDF renderer: A4 with the margins of
 * GB/T 9704, the sizes and faces of 附件3 (body 3号仿宋, level-1 headings 黑体, level-2 headings 楷体), page numbers
 * "— 1 —" from the first page after the cover. Every text is escaped; figures travel inside as data URIs.
 */
final class XhtmlWriter {

    /**
     * The style sheet; {@code %s} placeholders take the font-family lists of the body, level-1 and level-2 headings
     * and the page number, built from the fonts installed.
     */
    private static final String CSS = """
            @page {
              size: 21cm 29.7cm;
              margin: 3.7cm 2.6cm 3.5cm 2.8cm;
              @bottom-center {
                content: "\\2014\\00A0" counter(page) "\\00A0\\2014";
                font-family: %4$s;
                font-size: 14pt;
                vertical-align: top;
                padding-top: 0.7cm;
              }
            }
            @page cover {
              @bottom-center { content: none; }
            }
            body { font-family: %1$s; font-size: 16pt; line-height: 20.8pt; margin: 0; orphans: 1; widows: 1; }
            .cover { page: cover; page-break-after: always; position: relative; height: 22cm; }
            .version { text-align: right; font-size: 14pt; }
            .title1 { font-family: %2$s; font-size: 26pt; text-align: center; margin-top: 2.2cm; }
            .title2 { font-family: %2$s; font-size: 36pt; text-align: center; margin-top: 0.3cm; margin-bottom: 2.4cm; }
            table.cover-lines { margin: 0 auto; border-collapse: collapse; width: 14.5cm; }
            table.cover-lines td { padding: 0.25cm 0.1cm 0.05cm 0.1cm; vertical-align: bottom; }
            table.cover-lines td.label { width: %5$.1fpt; padding-right: 0; text-align: left; white-space: nowrap; }
            table.cover-lines td.value { border-bottom: 0.75pt solid #000; text-align: center; }
            .compiler { font-family: %3$s; text-align: center; position: absolute; bottom: 1.2cm; left: 0; right: 0; }
            .content { -fs-page-sequence: start; }
            h1, h2, h3 { font-size: 16pt; line-height: 20.8pt; font-weight: normal; margin: 0; text-indent: 2em;
                         page-break-after: avoid; }
            h1 { font-family: %2$s; }
            h1.part { page-break-before: always; }
            h2 { font-family: %3$s; }
            h3 { font-weight: bold; }
            p { margin: 0; text-indent: 2em; text-align: justify; word-wrap: break-word; }
            p.prompt { font-family: %3$s; font-size: 14pt; line-height: 18.2pt; }
            p.note { font-weight: bold; }
            div.figure { text-align: center; margin: 6pt 0 3pt 0; page-break-inside: avoid; page-break-after: avoid; }
            div.figure img { display: block; margin: 0 auto; }
            p.caption { text-indent: 0; text-align: center; font-size: 14pt; line-height: 18.2pt; margin-bottom: 6pt; }
            table.grid { border-collapse: collapse; table-layout: fixed; width: 100%%; margin: 0 0 20.8pt 0;
                         -fs-table-paginate: paginate; }
            table.grid td, table.grid th { border: 0.5pt solid #000; padding: 0 4pt;
                         vertical-align: middle; word-wrap: break-word; font-weight: normal; }
            table.form td { font-size: 14pt; line-height: 18.2pt; height: 28pt; }
            table.list td, table.list th { font-size: 12pt; line-height: 15.6pt; }
            table.grid th { font-family: %2$s; text-align: center; }
            .l { text-align: left; } .c { text-align: center; } .r { text-align: right; } .j { text-align: justify; }
            div.line { text-indent: 0; }
            span.box { display: inline-block; width: 0.72em; height: 0.72em; border: 0.75pt solid #000;
                       line-height: 0.72em; text-align: center; font-size: 0.95em; margin-right: 0.08em; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            """;

    /** Width of the cover's labels in points, over which each label is spread (项    目    名    称). */
    private static final double COVER_LABEL_WIDTH = 152;
    private static final double COVER_FONT_SIZE = 16;

    String write(List<Block> blocks, String title, FontFamilies fonts) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(title)).append("</title><style>")
                .append(String.format(Locale.ROOT, CSS, fonts.body(), fonts.heading1(), fonts.heading2(),
                        fonts.pageNumber(), COVER_LABEL_WIDTH))
                .append("</style></head><body>");
        boolean contentOpen = false;
        int partsBegun = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Cover cover) {
                cover(html, cover);
                continue;
            }
            if (!contentOpen) {
                html.append("<div class=\"content\">");
                contentOpen = true;
            }
            if (block instanceof Block.Heading heading) {
                int level = Math.min(heading.level(), 3);
                // each part of 附件3 after the first begins a page, as in the .docx
                boolean newPage = level == 1 && partsBegun++ > 0;
                html.append("<h").append(level).append(newPage ? " class=\"part\">" : ">").append(text(heading.text()))
                        .append("</h").append(level).append('>');
            } else if (block instanceof Block.Text text) {
                String css = switch (text.style()) {
                    case BODY -> "";
                    case PROMPT -> " class=\"prompt\"";
                    case NOTE -> " class=\"note\"";
                };
                html.append("<p").append(css).append('>').append(text(text.text())).append("</p>");
            } else if (block instanceof Block.Figure figure) {
                figure(html, figure);
            } else if (block instanceof Block.Table table) {
                table(html, table);
            }
        }
        if (contentOpen) {
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static void cover(StringBuilder html, Block.Cover cover) {
        html.append("<div class=\"cover\">");
        if (cover.version() != null) {
            html.append("<div class=\"version\">").append(escape(cover.version())).append("</div>");
        }
        html.append("<div class=\"title1\">").append(escape(cover.titleLine1())).append("</div>")
                .append("<div class=\"title2\">").append(escape(cover.titleLine2())).append("</div>")
                .append("<table class=\"cover-lines\">");
        for (Block.CoverLine line : cover.lines()) {
            String label = line.label();
            // spread the label's characters over the label width, as the printed form spaces them out
            int characters = label.codePointCount(0, label.length());
            double spacing = characters < 2 ? 0
                    : Math.max(0, (COVER_LABEL_WIDTH - 4 - characters * COVER_FONT_SIZE) / (characters - 1));
            int last = label.offsetByCodePoints(label.length(), -1);
            html.append("<tr><td class=\"label\"><span style=\"letter-spacing:")
                    .append(points(spacing)).append("pt\">").append(escape(label.substring(0, last)))
                    .append("</span>").append(escape(label.substring(last))).append("</td>")
                    .append("<td class=\"value\">").append(escape(line.value())).append("</td></tr>");
        }
        html.append("</table><div class=\"compiler\">").append(escape(cover.compiler())).append("</div></div>");
    }

    private static void figure(StringBuilder html, Block.Figure figure) {
        String mime = figure.format() == FigureFormat.PNG ? "image/png" : "image/jpeg";
        html.append("<div class=\"figure\"><img src=\"data:").append(mime).append(";base64,")
                .append(Base64.getEncoder().encodeToString(figure.image()))
                .append("\" style=\"width:").append(points(figure.widthPoints())).append("pt;height:")
                .append(points(figure.heightPoints())).append("pt\" alt=\"").append(escape(figure.caption()))
                .append("\"/></div><p class=\"caption\">").append(text(figure.caption())).append("</p>");
    }

    private static void table(StringBuilder html, Block.Table table) {
        boolean form = table.kind() == TableKind.FORM;
        int total = 0;
        for (int w : table.widths()) {
            total += w;
        }
        html.append("<table class=\"grid ").append(form ? "form" : "list").append("\"><colgroup>");
        for (int w : table.widths()) {
            html.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.3f", 100.0 * w / total))
                    .append("%\"/>");
        }
        html.append("</colgroup>");
        boolean headOpen = false;
        boolean bodyOpen = false;
        for (Row row : table.rows()) {
            if (row.header() && !headOpen && !bodyOpen) {
                html.append("<thead>");
                headOpen = true;
            } else if (!row.header() && !bodyOpen) {
                if (headOpen) {
                    html.append("</thead>");
                }
                html.append("<tbody>");
                bodyOpen = true;
            }
            html.append("<tr>");
            for (Cell cell : row.cells()) {
                if (cell instanceof Content content) {
                    cell(html, content, row.header());
                }
                // a Merged cell is covered by the rowspan of the cell above it: nothing to write
            }
            html.append("</tr>");
        }
        if (headOpen && !bodyOpen) {
            html.append("</thead>");
        }
        if (bodyOpen) {
            html.append("</tbody>");
        }
        html.append("</table>");
    }

    private static void cell(StringBuilder html, Content content, boolean header) {
        String tag = header ? "th" : "td";
        html.append('<').append(tag);
        if (content.columnSpan() > 1) {
            html.append(" colspan=\"").append(content.columnSpan()).append('"');
        }
        if (content.rowSpan() > 1) {
            html.append(" rowspan=\"").append(content.rowSpan()).append('"');
        }
        html.append(" class=\"").append(align(content.align())).append(content.label() ? " label" : "")
                .append("\">");
        for (Line line : content.lines()) {
            html.append("<div class=\"line");
            if (line.align() != null) {
                html.append(' ').append(align(line.align()));
            }
            html.append("\">");
            if (line.spans().stream().allMatch(s -> s.text().isEmpty() && s.box() == Box.NONE)) {
                html.append("&#160;");
            }
            for (Span span : line.spans()) {
                if (span.box() == Box.CHECKED) {
                    html.append("<span class=\"box\">\u2713</span>");
                } else if (span.box() == Box.UNCHECKED) {
                    html.append("<span class=\"box\">&#160;</span>");
                }
                html.append(text(span.text()));
            }
            html.append("</div>");
        }
        html.append("</").append(tag).append('>');
    }

    private static String text(String text) {
        return escape(text);
    }

    private static String align(Align align) {
        return switch (align) {
            case LEFT -> "l";
            case CENTER -> "c";
            case RIGHT -> "r";
            case BOTH -> "j";
        };
    }

    private static String points(double points) {
        return String.format(Locale.ROOT, "%.1f", points);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** CSS font-family lists (already quoted) for the parts of the document. */
    record FontFamilies(String body, String heading1, String heading2, String pageNumber) {
    }
}
