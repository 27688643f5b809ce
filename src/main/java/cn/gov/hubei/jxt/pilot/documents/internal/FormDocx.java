package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.FigureFormat;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link FormDocument} as .docx: A4 (lying when asked) with the margins and "— 1 —" page numbers of
 * GB/T 9704, the title in 黑体 (the stand-in for 小标宋 the module uses everywhere) 二号 or, for a table, 小二, the
 * lines under it 仿宋, headings 黑体 三号, text 仿宋 三号, ruled tables in 小四 or 五号 with the header repeated on each
 * page and no row split across pages.
 */
final class FormDocx {

    private final ZoneId zone;
    private final DocumentMessages messages;

    FormDocx(DocumentMessages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    byte[] write(FormDocument document) {
        FormLayout layout = new FormLayout(document);
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(DocxWriter.STYLES).getStyles());
            title(doc, layout, document);
            List<FormDocument.Part> parts = document.parts();
            for (int i = 0; i < parts.size(); i++) {
                FormDocument.Part part = parts.get(i);
                // lines to sign never stand alone on a page: the end of the table before them goes with them
                boolean signaturesNext = i + 1 < parts.size() && parts.get(i + 1) instanceof FormDocument.Signatures;
                if (part instanceof FormDocument.Heading heading) {
                    heading(doc, heading);
                } else if (part instanceof FormDocument.Paragraph paragraph) {
                    paragraph(doc, paragraph);
                } else if (part instanceof FormDocument.Fields fields) {
                    fields(doc, layout, fields, signaturesNext);
                } else if (part instanceof FormDocument.Grid grid) {
                    grid(doc, layout, grid, signaturesNext);
                } else if (part instanceof FormDocument.Figure figure) {
                    figure(doc, layout, figure);
                } else if (part instanceof FormDocument.Signatures signatures) {
                    signatures(doc, signatures);
                } else if (part instanceof FormDocument.Closing closing) {
                    closing(doc, closing);
                }
            }
            CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            page(section, layout);
            DocxWriter.footer(doc);
            properties(doc, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return ReproducibleZip.withTime(out.toByteArray(), document.created().atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("the .docx could not be written", e);
        } catch (XmlException | InvalidFormatException e) {
            throw new IllegalStateException("the .docx could not be built", e);
        }
    }

    private static void title(XWPFDocument doc, FormLayout layout, FormDocument document) {
        if (!document.parts().isEmpty() && document.parts().get(0) instanceof FormDocument.AttachmentLabel label) {
            // GB/T 9704-2012 §8: 附件 at the top left, 3号黑体, on the first line; the title on the third
            XWPFParagraph p = DocxWriter.paragraph(doc, ParagraphAlignment.LEFT);
            DocxWriter.line(p, FormLayout.SIZE_3);
            DocxWriter.spacing(p, 0, 560);
            DocxWriter.run(p, FormLayout.clean(label.text()), DocxWriter.HEITI, FormLayout.SIZE_3, false);
        }
        XWPFParagraph title = DocxWriter.paragraph(doc, ParagraphAlignment.CENTER);
        DocxWriter.spacing(title, 0, document.subtitles().isEmpty() ? 360 : 160);
        DocxWriter.line(title, layout.titleSize());
        for (String line : FormLayout.lines(document.title())) {
            if (title.getRuns().isEmpty()) {
                DocxWriter.run(title, line, DocxWriter.HEITI, layout.titleSize(), false);
            } else {
                DocxWriter.run(title, "", DocxWriter.HEITI, layout.titleSize(), false).addBreak();
                DocxWriter.run(title, line, DocxWriter.HEITI, layout.titleSize(), false);
            }
        }
        int n = 0;
        for (String subtitle : document.subtitles()) {
            XWPFParagraph p = DocxWriter.paragraph(doc, ParagraphAlignment.CENTER);
            DocxWriter.spacing(p, 0, ++n == document.subtitles().size() ? 240 : 0);
            DocxWriter.line(p, layout.subtitleSize());
            boolean first = true;
            for (String line : FormLayout.lines(subtitle)) {
                if (!first) {
                    DocxWriter.run(p, "", DocxWriter.FANGSONG, layout.subtitleSize(), false).addBreak();
                }
                first = false;
                DocxWriter.run(p, line, DocxWriter.FANGSONG, layout.subtitleSize(), false);
            }
        }
    }

    private static void heading(XWPFDocument doc, FormDocument.Heading heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.setAlignment(ParagraphAlignment.LEFT);
        DocxWriter.spacing(p, 120, 60);
        DocxWriter.line(p, FormLayout.SIZE_3);
        DocxWriter.keepNext(p);
        DocxWriter.firstLine(p);
        DocxWriter.run(p, String.join(" ", FormLayout.lines(heading.text())), DocxWriter.HEITI, FormLayout.SIZE_3,
                false);
    }

    private static void paragraph(XWPFDocument doc, FormDocument.Paragraph paragraph) {
        for (String text : FormLayout.paragraphs(paragraph.text())) {
            XWPFParagraph p = DocxWriter.paragraph(doc, ParagraphAlignment.BOTH);
            DocxWriter.firstLine(p);
            DocxWriter.line(p, FormLayout.SIZE_3);
            DocxWriter.run(p, text, DocxWriter.FANGSONG, FormLayout.SIZE_3, false);
        }
    }

    private static void fields(XWPFDocument doc, FormLayout layout, FormDocument.Fields fields,
                               boolean keepWithNext) {
        int[] widths = layout.fieldColumns();
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        DocxWriter.tableFrame(table, widths, true);
        for (FormDocument.Field field : fields.fields()) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            row.setCantSplitRow(true);
            DocxWriter.height(row, 560);
            cell(row, widths[0], field.label(), DocxWriter.HEITI, FormLayout.SIZE_SMALL_4, ParagraphAlignment.CENTER);
            cell(row, widths[1], field.value(), DocxWriter.FANGSONG, FormLayout.SIZE_SMALL_4,
                    ParagraphAlignment.LEFT);
        }
        end(doc, table, keepWithNext);
    }

    private static void grid(XWPFDocument doc, FormLayout layout, FormDocument.Grid grid, boolean keepWithNext) {
        int[] widths = layout.columns(grid);
        int size = FormLayout.gridSize(grid);
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        DocxWriter.tableFrame(table, widths, true);
        XWPFTableRow header = table.insertNewTableRow(0);
        // the header is repeated at the top of each page the table runs over; no row is split across two pages
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        DocxWriter.height(header, 420);
        for (int i = 0; i < widths.length; i++) {
            cell(header, widths[i], grid.header().get(i), DocxWriter.HEITI, size, ParagraphAlignment.CENTER);
        }
        for (List<String> values : grid.rows()) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            row.setCantSplitRow(true);
            DocxWriter.height(row, 400);
            for (int i = 0; i < widths.length; i++) {
                cell(row, widths[i], values.get(i), DocxWriter.FANGSONG, size,
                        grid.numeric().get(i) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        end(doc, table, keepWithNext);
    }

    /** A cell of text, each line of the text a paragraph of the cell. */
    private static void cell(XWPFTableRow row, int width, String text, String font, int size,
                             ParagraphAlignment align) {
        XWPFTableCell cell = row.addNewTableCell();
        DocxWriter.cellWidth(cell, width);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        boolean first = true;
        for (String line : FormLayout.lines(text)) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            p.setAlignment(align);
            DocxWriter.line(p, size);
            DocxWriter.run(p, line, font, size, false);
        }
    }

    /**
     * A paragraph after a table keeps it apart from what follows, as Word would; when {@code keepWithNext}, the
     * table's last two rows and that paragraph go onto the page of what follows.
     */
    private static void end(XWPFDocument doc, XWPFTable table, boolean keepWithNext) {
        XWPFParagraph p = DocxWriter.paragraph(doc, ParagraphAlignment.LEFT);
        DocxWriter.line(p, FormLayout.SIZE_SMALL_4);
        if (keepWithNext) {
            DocxWriter.keepNext(p);
            int rows = table.getNumberOfRows();
            for (int r = Math.max(0, rows - 2); r < rows; r++) {
                for (XWPFTableCell cell : table.getRow(r).getTableCells()) {
                    cell.getParagraphs().forEach(DocxWriter::keepNext);
                }
            }
        }
    }

    private static void figure(XWPFDocument doc, FormLayout layout, FormDocument.Figure figure)
            throws IOException, InvalidFormatException {
        FormLayout.FigureSize size = layout.figure(figure);
        String caption = FormLayout.clean(figure.caption());
        XWPFParagraph p = DocxWriter.paragraph(doc, ParagraphAlignment.CENTER);
        DocxWriter.keepNext(p);
        DocxWriter.spacing(p, 120, 60);
        boolean png = size.format() == FigureFormat.PNG;
        XWPFRun run = p.createRun();
        XWPFPicture picture;
        try (InputStream in = new ByteArrayInputStream(figure.image())) {
            picture = run.addPicture(in, png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
                    png ? "figure.png" : "figure.jpg", Units.toEMU(size.widthPoints()),
                    Units.toEMU(size.heightPoints()));
        }
        // the caption doubles as the picture's alternative text for screen readers
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(caption);
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(caption);
        if (!caption.isBlank()) {
            XWPFParagraph c = DocxWriter.paragraph(doc, ParagraphAlignment.CENTER);
            c.setStyle("Caption");
            DocxWriter.spacing(c, 0, 120);
            DocxWriter.line(c, FormLayout.SIZE_4);
            DocxWriter.run(c, caption, DocxWriter.FANGSONG, FormLayout.SIZE_4, false);
        }
    }

    private void signatures(XWPFDocument doc, FormDocument.Signatures signatures) {
        boolean first = true;
        for (String label : signatures.labels()) {
            XWPFParagraph p = DocxWriter.paragraph(doc, ParagraphAlignment.LEFT);
            // the lines to sign stay together, and on the page of what they sign
            DocxWriter.keepNext(p);
            DocxWriter.spacing(p, first ? 480 : 360, 0);
            first = false;
            DocxWriter.line(p, FormLayout.SIGNATURE_SIZE);
            for (String segment : FormLayout.ruleSegments(FormLayout.signature(messages, label,
                    signatures.withDate()))) {
                DocxWriter.run(p, segment, FormLayout.isRule(segment) ? DocxWriter.SONGTI : DocxWriter.FANGSONG,
                        FormLayout.SIGNATURE_SIZE, false);
            }
        }
    }

    /** The issuing body and the date, right-aligned two characters from the margin, after two blank lines. */
    private static void closing(XWPFDocument doc, FormDocument.Closing closing) {
        boolean first = true;
        for (String line : closing.lines()) {
            XWPFParagraph p = DocxWriter.paragraph(doc, ParagraphAlignment.RIGHT);
            DocxWriter.keepNext(p);
            DocxWriter.spacing(p, first ? 832 : 0, 0);
            first = false;
            p.setIndentationRight(640);
            DocxWriter.line(p, FormLayout.SIZE_3);
            DocxWriter.run(p, FormLayout.clean(line), DocxWriter.FANGSONG, FormLayout.SIZE_3, false);
        }
    }

    private static void page(CTSectPr section, FormLayout layout) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(layout.pageWidth()));
        size.setH(BigInteger.valueOf(layout.pageHeight()));
        size.setOrient(layout.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(PageGeometry.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(PageGeometry.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(PageGeometry.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(PageGeometry.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(PageGeometry.twips(1.5)));
        margins.setFooter(BigInteger.valueOf(PageGeometry.FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    private void properties(XWPFDocument doc, FormDocument document) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(FormLayout.clean(document.title()));
        core.setCreator(FormLayout.clean(document.author()));
        core.setLastModifiedByUser(FormLayout.clean(document.author()));
        Date date = Date.from(document.created().atStartOfDay(zone).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
    }
}
