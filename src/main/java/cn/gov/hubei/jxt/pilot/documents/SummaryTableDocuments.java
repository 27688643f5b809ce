package cn.gov.hubei.jxt.pilot.documents;

import cn.gov.hubei.jxt.pilot.documents.internal.DocumentMessages;
import cn.gov.hubei.jxt.pilot.documents.internal.SummaryTableDocx;
import cn.gov.hubei.jxt.pilot.documents.internal.SummaryTableXlsx;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The summary table (汇总表, 附件2) as a Word document and as an Excel workbook, laid out like the template: the
 * title, the line "推荐单位（盖章）：…", the six columns 序号 / 项目名称 / 企业名称 / 联系人 / 联系方式 / 备注, at least
 * the template's 15 rows (empty ones to fill by hand) and every row beyond them, and the note on the order.
 * Rendering reads nothing but the model. Thread-safe.
 */
import java.time.Clock;

@Component
public class SummaryTableDocuments {

    /** The rows the printed template has; a shorter list is padded with empty rows, a longer one is printed whole. */
    public static final int TEMPLATE_ROWS = 15;

    private final SummaryTableDocx docx;
    private final SummaryTableXlsx xlsx;

    public SummaryTableDocuments(MessageSource messages, Clock clock) {
        DocumentMessages texts = new DocumentMessages(messages);
        this.docx = new SummaryTableDocx(texts, TEMPLATE_ROWS, clock.getZone());
        this.xlsx = new SummaryTableXlsx(texts, TEMPLATE_ROWS);
    }

    /** The table as .docx (Office Open XML): A4 landscape, 黑体 title and header, 仿宋 text, ruled table. */
    public byte[] docx(SummaryTable table) {
        return docx.write(table);
    }

    /** The table as .xlsx: one sheet set up to print on A4 landscape, one page wide, header repeated. */
    public byte[] xlsx(SummaryTable table) {
        return xlsx.write(table);
    }
}
