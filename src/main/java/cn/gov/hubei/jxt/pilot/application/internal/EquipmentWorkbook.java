package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.EquipmentCategory;
import cn.gov.hubei.jxt.pilot.application.EquipmentOrigin;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Equipment;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The key equipment and software list (六 相关附件 1) as an .xlsx: a template with the six columns and drop-down
 * lists for category and origin, the export of a draft's list, and the import of a filled sheet. Categories and
 * origins are written as their Chinese names and read back from names or codes.
 */
@Component
public class EquipmentWorkbook {

    /** At most this many data rows are read; a key-equipment list is tens of rows, not thousands. */
    static final int MAX_ROWS = 2000;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String[] HEADERS = {"name", "category", "brand", "supplier", "origin", "quantity"};

    private final MessageSource messages;

    EquipmentWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** The rows read from a sheet, or the reason nothing could be read. */
    public record Import(List<Equipment> rows, String problemKey) {
    }

    public byte[] write(List<Equipment> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("application.xlsx.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(text("application.xlsx.header." + HEADERS[i]));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 22 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Equipment e = rows.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(nullToEmpty(e.name()));
                row.createCell(1).setCellValue(label(EquipmentCategory.of(e.category()), e.category()));
                row.createCell(2).setCellValue(nullToEmpty(e.brand()));
                row.createCell(3).setCellValue(nullToEmpty(e.supplier()));
                row.createCell(4).setCellValue(label(EquipmentOrigin.of(e.origin()), e.origin()));
                row.createCell(5).setCellValue(nullToEmpty(e.quantity()));
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            addList(sheet, helper, 1, labels(EquipmentCategory.values()));
            addList(sheet, helper, 4, labels(EquipmentOrigin.values()));
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Import read(InputStream content) {
        List<Equipment> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(content)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(ZH);
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
            for (int r = 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] v = new String[HEADERS.length];
                for (int c = 0; c < HEADERS.length; c++) {
                    Cell cell = row.getCell(c);
                    v[c] = cell == null ? null : formatter.formatCellValue(cell).strip();
                }
                Equipment e = new Equipment(v[0], code(v[1], EquipmentCategory.values(), EquipmentCategory::name),
                        v[2], v[3], code(v[4], EquipmentOrigin.values(), EquipmentOrigin::name), v[5]);
                if (Arrays.stream(v).anyMatch(s -> s != null && !s.isEmpty())) {
                    rows.add(e);
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new Import(rows, "application.xlsx.too-many-rows");
            }
            return new Import(rows, null);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not an .xlsx workbook in many ways; to the person it is one problem
            return new Import(List.of(), "application.xlsx.unreadable");
        }
    }

    private <E extends Enum<E>> String code(String value, E[] values, Function<E, String> name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (E e : values) {
            if (value.equals(name.apply(e)) || value.equals(text("application.code." + e.getDeclaringClass()
                    .getSimpleName() + "." + e.name()))) {
                return e.name();
            }
        }
        return value;
    }

    private void addList(Sheet sheet, DataValidationHelper helper, int column, String[] options) {
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(options),
                new CellRangeAddressList(1, MAX_ROWS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private <E extends Enum<E>> String[] labels(E[] values) {
        return Arrays.stream(values).map(e -> text("application.code." + e.getDeclaringClass().getSimpleName() + "."
                + e.name())).toArray(String[]::new);
    }

    private <E extends Enum<E>> String label(E value, String raw) {
        return value == null ? nullToEmpty(raw)
                : text("application.code." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, ZH);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
