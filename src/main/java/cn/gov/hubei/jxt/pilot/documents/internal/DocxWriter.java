package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.FigureFormat;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Align;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Box;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Cell;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Content;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Line;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Merged;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Row;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.Span;
import cn.gov.hubei.jxt.pilot.documents.internal.Block.TableKind;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes the laid-out 申报书 as .docx in the format 附件3 asks for: A4, body 3号仿宋 with single line spacing, level-1
 * headings 3号黑体, level-2 headings 3号楷体, with the page margins and the "— 1 —" page numbers of GB/T 9704.
 */
public final class DocxWriter {

    private final ZoneId zone;

    /** @param zone the zone in which the document's date is a calendar day (the clock's) */
    public DocxWriter(ZoneId zone) {
        this.zone = zone;
    }

    /** Latin letters and digits; the Chinese fonts' own Latin glyphs look poor next to Chinese in print. */
    static final String LATIN = "Times New Roman";
    static final String FANGSONG = "仿宋";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体";
    static final String SONGTI = "宋体";
    /** The checkboxes ☑ and □: 仿宋 has no ☑, and a run in a symbol font prints both alike. */
    static final String SYMBOLS = "Segoe UI Symbol";

    /** Half-points: 3号 16 pt, 4号 14 pt, 小四 12 pt, 一号 26 pt, 小初 36 pt. */
    static final int SIZE_3 = 32;
    static final int SIZE_4 = 28;
    static final int SIZE_SMALL_4 = 24;
    static final int SIZE_1 = 52;
    static final int SIZE_SMALL_0 = 72;

    static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/>
                  <w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>
                  <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr>
                  <w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>
                  <w:spacing w:before="0" w:after="0" w:line="416" w:lineRule="exact"/>
                  <w:jc w:val="both"/>
                </w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/><w:qFormat/>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading1">
                <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading2">
                <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="楷体"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading3">
                <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋"/><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Caption">
                <w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
              </w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
                  <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>
                </w:tblPr>
              </w:style>
            </w:styles>""";

    /**
     * The document's bytes.
     *
     * @param title   the document's title in its properties
     * @param author  the document's author in its properties (the applicant)
     * @param created the document's creation date in its properties; taken from the model, never the clock, so that
     *                the same model always gives the same bytes
     */
    public byte[] write(List<Block> blocks, String title, String author, LocalDate created) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            int partsBegun = 0;
            for (Block block : blocks) {
                if (block instanceof Block.Cover cover) {
                    cover(doc, cover);
                } else if (block instanceof Block.Heading heading) {
                    heading(doc, heading, heading.level() == 1 && partsBegun++ > 0);
                } else if (block instanceof Block.Text text) {
                    text(doc, text);
                } else if (block instanceof Block.Figure figure) {
                    figure(doc, figure);
                } else if (block instanceof Block.Table table) {
                    table(doc, table);
                }
            }
            CTSectPr body = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            page(body);
            // numbering starts at 1 on the first page after the cover, which is its own section without a footer
            body.addNewPgNumType().setStart(BigInteger.ONE);
            footer(doc);
            properties(doc, title, author, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.write(out);
            return ReproducibleZip.withTime(out.toByteArray(),
                    (created == null ? LocalDate.of(1980, 1, 1) : created).atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("the .docx could not be written", e);
        } catch (XmlException | InvalidFormatException e) {
            throw new IllegalStateException("the .docx could not be built", e);
        }
    }

    private void properties(XWPFDocument doc, String title, String author, LocalDate created) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        Date date = created == null ? new Date(0)
                : Date.from(created.atStartOfDay(zone).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
    }

    private static void page(CTSectPr section) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PageGeometry.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PageGeometry.PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(PageGeometry.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(PageGeometry.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(PageGeometry.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(PageGeometry.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(PageGeometry.twips(1.5)));
        margins.setFooter(BigInteger.valueOf(PageGeometry.FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    /** "— 1 —" centred, 4号 宋体 as GB/T 9704 prints page numbers, the number being a PAGE field. */
    static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "\u2014 ", SONGTI, SIZE_4, false);
        run(p, "", SONGTI, SIZE_4, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = run(p, "", SONGTI, SIZE_4, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, "", SONGTI, SIZE_4, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", SONGTI, SIZE_4, false);
        run(p, "", SONGTI, SIZE_4, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " \u2014", SONGTI, SIZE_4, false);
    }

    private void cover(XWPFDocument doc, Block.Cover cover) {
        if (cover.version() != null) {
            XWPFParagraph version = paragraph(doc, ParagraphAlignment.RIGHT);
            run(version, cover.version(), FANGSONG, SIZE_4, false);
        }

        XWPFParagraph line1 = paragraph(doc, ParagraphAlignment.CENTER);
        spacing(line1, 1800, 240);
        run(line1, cover.titleLine1(), HEITI, SIZE_1, false);
        XWPFParagraph line2 = paragraph(doc, ParagraphAlignment.CENTER);
        spacing(line2, 0, 1800);
        run(line2, cover.titleLine2(), HEITI, SIZE_SMALL_0, false);

        // the labelled lines: labels spread to one width (项 目 名 称), values on a rule, as on the printed form
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        int[] widths = {3400, 4800};
        tableFrame(table, widths, false);
        for (Block.CoverLine line : cover.lines()) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            height(row, 760);
            XWPFTableCell label = row.addNewTableCell();
            cellWidth(label, widths[0]);
            label.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
            XWPFParagraph lp = label.getParagraphs().get(0);
            lp.getCTP().addNewPPr().addNewJc().setVal(STJc.DISTRIBUTE);
            run(lp, line.label(), FANGSONG, SIZE_3, false);
            XWPFTableCell value = row.addNewTableCell();
            cellWidth(value, widths[1]);
            value.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
            CTTcBorders borders = tcPr(value).addNewTcBorders();
            border(borders.addNewBottom(), STBorder.SINGLE);
            XWPFParagraph vp = value.getParagraphs().get(0);
            vp.setAlignment(ParagraphAlignment.CENTER);
            run(vp, line.value(), FANGSONG, SIZE_3, false);
        }

        XWPFParagraph compiler = paragraph(doc, ParagraphAlignment.CENTER);
        // the spacings leave room for a project name of three lines before the cover would run over its page
        spacing(compiler, 2400, 0);
        run(compiler, cover.compiler(), KAITI, SIZE_3, false);
        // the cover is a section of its own: it carries no page number and the body's numbering starts at 1
        CTSectPr coverSection = pPr(compiler).addNewSectPr();
        page(coverSection);
    }

    private static void heading(XWPFDocument doc, Block.Heading heading, boolean newPage) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + heading.level());
        p.setAlignment(ParagraphAlignment.LEFT);
        keepNext(p);
        line(p, SIZE_3);
        if (newPage) {
            // each part of 附件3 begins a page, in the .docx as in the PDF
            pPr(p).addNewPageBreakBefore();
        }
        String font = switch (heading.level()) {
            case 1 -> HEITI;
            case 2 -> KAITI;
            default -> FANGSONG;
        };
        // GB/T 9704 indents headings by two characters like the body text
        firstLine(p);
        run(p, heading.text(), font, SIZE_3, heading.level() == 3);
    }

    private static void text(XWPFDocument doc, Block.Text text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        firstLine(p);
        line(p, text.style() == Block.TextStyle.PROMPT ? SIZE_4 : SIZE_3);
        switch (text.style()) {
            case BODY -> run(p, text.text(), FANGSONG, SIZE_3, false);
            case PROMPT -> run(p, text.text(), KAITI, SIZE_4, false);
            case NOTE -> run(p, text.text(), FANGSONG, SIZE_3, true);
            default -> throw new IllegalArgumentException(text.style().name());
        }
    }

    private static void figure(XWPFDocument doc, Block.Figure figure) throws IOException, InvalidFormatException {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
        keepNext(p);
        spacing(p, 120, 60);
        int type = figure.format() == FigureFormat.PNG ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        String name = "figure" + figure.number() + (figure.format() == FigureFormat.PNG ? ".png" : ".jpg");
        XWPFRun run = p.createRun();
        XWPFPicture picture;
        try (InputStream in = new ByteArrayInputStream(figure.image())) {
            picture = run.addPicture(in, type, name, Units.toEMU(figure.widthPoints()),
                    Units.toEMU(figure.heightPoints()));
        }
        // the caption doubles as the picture's alternative text for screen readers
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(figure.caption());
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(figure.caption());
        XWPFParagraph caption = paragraph(doc, ParagraphAlignment.CENTER);
        caption.setStyle("Caption");
        spacing(caption, 0, 120);
        line(caption, SIZE_4);
        run(caption, figure.caption(), FANGSONG, SIZE_4, false);
    }

    private static void table(XWPFDocument doc, Block.Table block) {
        boolean form = block.kind() == TableKind.FORM;
        int size = form ? SIZE_4 : SIZE_SMALL_4;
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        tableFrame(table, block.widths(), true);
        for (Row r : block.rows()) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            // every row is kept whole on one page; the header rows are repeated on each page the table runs over
            row.setCantSplitRow(true);
            if (r.header()) {
                row.setRepeatHeader(true);
            }
            if (form) {
                height(row, 560);
            }
            int column = 0;
            for (Cell c : r.cells()) {
                XWPFTableCell cell = row.addNewTableCell();
                int width = 0;
                for (int i = column; i < column + c.columnSpan(); i++) {
                    width += block.widths()[i];
                }
                column += c.columnSpan();
                cellWidth(cell, width);
                CTTcPr pr = tcPr(cell);
                if (c.columnSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(c.columnSpan()));
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                if (c instanceof Merged) {
                    pr.addNewVMerge(); // continues the merge begun above
                } else if (c instanceof Content content) {
                    if (content.rowSpan() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    lines(cell, content, r.header(), size);
                }
            }
        }
        // a paragraph after each table keeps two tables or a table and a heading apart, as Word would
        paragraph(doc, ParagraphAlignment.LEFT);
    }

    private static void lines(XWPFTableCell cell, Content content, boolean header, int size) {
        boolean first = true;
        for (Line line : content.lines()) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            p.setAlignment(alignment(line.align() == null ? content.align() : line.align()));
            line(p, size);
            String font = header ? HEITI : FANGSONG;
            for (Span span : line.spans()) {
                if (span.box() != Box.NONE) {
                    run(p, span.box() == Box.CHECKED ? "\u2611" : "\u25A1", SYMBOLS, size, false)
                            .getCTR().getRPr().getRFontsArray(0).setEastAsia(SYMBOLS);
                }
                if (!span.text().isEmpty()) {
                    run(p, span.text(), font, size, false);
                }
            }
        }
    }

    private static ParagraphAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case BOTH -> ParagraphAlignment.BOTH;
        };
    }

    static void tableFrame(XWPFTable table, int[] widths, boolean bordered) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        width.setW(BigInteger.valueOf(total));
        width.setType(STTblWidth.DXA);
        (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main
                .STJcTable.CENTER);
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders borders = pr.addNewTblBorders();
        STBorder.Enum style = bordered ? STBorder.SINGLE : STBorder.NONE;
        border(borders.addNewTop(), style);
        border(borders.addNewLeft(), style);
        border(borders.addNewBottom(), style);
        border(borders.addNewRight(), style);
        border(borders.addNewInsideH(), style);
        border(borders.addNewInsideV(), style);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    static void border(CTBorder border, STBorder.Enum style) {
        border.setVal(style);
        if (style != STBorder.NONE) {
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
    }

    static void height(XWPFTableRow row, int twips) {
        CTTrPr pr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        CTHeight height = pr.addNewTrHeight();
        height.setVal(BigInteger.valueOf(twips));
        height.setHRule(STHeightRule.AT_LEAST);
    }

    static void cellWidth(XWPFTableCell cell, int twips) {
        CTTcPr pr = tcPr(cell);
        var width = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }

    static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    static void spacing(XWPFParagraph p, int before, int after) {
        CTPPr pr = pPr(p);
        CTSpacing spacing = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    /** Exactly the line height of text of this size ({@link PageGeometry#line}), as the PDF sets it. */
    static void line(XWPFParagraph p, int halfPoints) {
        CTPPr pr = pPr(p);
        CTSpacing spacing = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(PageGeometry.line(halfPoints)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    /** A first-line indent of two characters, as Chinese body text is set. */
    static void firstLine(XWPFParagraph p) {
        CTPPr pr = pPr(p);
        CTInd ind = pr.isSetInd() ? pr.getInd() : pr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(640));
    }

    static void keepNext(XWPFParagraph p) {
        CTPPr pr = pPr(p);
        if (!pr.isSetKeepNext()) {
            pr.addNewKeepNext();
        }
    }

    /**
     * A run with explicit fonts and size: Latin in Times New Roman, Chinese in {@code eastAsia}. Set on every run
     * rather than only in the styles, so that a copy pasted into another document keeps its look.
     */
    static XWPFRun run(XWPFParagraph p, String text, String eastAsia, int halfPoints, boolean bold) {
        XWPFRun run = p.createRun();
        CTRPr pr = run.getCTR().addNewRPr();
        CTFonts fonts = pr.addNewRFonts();
        fonts.setAscii(eastAsia.equals(SYMBOLS) ? SYMBOLS : LATIN);
        fonts.setHAnsi(eastAsia.equals(SYMBOLS) ? SYMBOLS : LATIN);
        fonts.setCs(LATIN);
        fonts.setEastAsia(eastAsia);
        if (bold) {
            pr.addNewB();
            pr.addNewBCs();
        }
        pr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        pr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (!text.isEmpty()) {
            run.setText(text);
        }
        return run;
    }
}
