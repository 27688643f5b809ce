package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.expert.CompanyGroup;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.ExpertFilter;
import cn.gov.hubei.jxt.pilot.expert.ExpertImportReport;
import cn.gov.hubei.jxt.pilot.expert.ExpertImports;
import cn.gov.hubei.jxt.pilot.expert.ExpertPermissions;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.expert.NewExpert;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.Industry;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The pool as a spreadsheet: template, import (row by row) and export, in the columns of {@link Columns}. */
@Service
class ImportService implements ExpertImports {

    /** The spreadsheet's words are the programme's: Chinese, whatever the officer's browser asks for. */
    static final Locale SHEET_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** Several modes or industries in one cell: separated by 、 , ， ; ； or white space. */
    static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；\\s]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final ExpertPool pool;
    private final ExpertRepository repository;
    private final GroupRepository groups;
    private final ExpertRules rules;
    private final ExpertPermissions permissions;
    private final ReferenceCatalog reference;
    private final FileStore files;
    private final AuditTrail audit;
    private final MessageSource messages;

    ImportService(ExpertPool pool, ExpertRepository repository, GroupRepository groups, ExpertRules rules,
                  ExpertPermissions permissions, ReferenceCatalog reference, FileStore files, AuditTrail audit,
                  MessageSource messages) {
        this.pool = pool;
        this.repository = repository;
        this.groups = groups;
        this.rules = rules;
        this.permissions = permissions;
        this.reference = reference;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
    }

    // ------------------------------------------------------------------------------------------------ template

    @Override
    @Transactional(readOnly = true)
    public byte[] template(CurrentUser by) {
        requireOfficer(by);
        List<ManufacturingMode> modes = reference.modes();
        List<Industry> industries = reference.industries();
        String example = Columns.EXAMPLE_MARK + text("expert.template.example.name");
        List<String> exampleRow = List.of(example, text("expert.template.example.employer"), "",
                "", text("expert.template.example.title"),
                modes.get(0).name() + "、" + modes.get(2).name(), industries.get(0).name(),
                reference.divisions().get(0).name(), "027-87654321", "example@example.cn");
        return workbook(List.of(exampleRow));
    }

    // -------------------------------------------------------------------------------------------------- export

    @Override
    @Transactional(readOnly = true)
    public byte[] export(ExpertFilter filter, CurrentUser by) {
        requireOfficer(by);
        Map<String, String> modeNames = reference.modes().stream()
                .collect(Collectors.toMap(ManufacturingMode::code, ManufacturingMode::name, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        Map<String, String> industryNames = reference.industries().stream()
                .collect(Collectors.toMap(Industry::code, Industry::name, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        Map<String, String> divisionNames = reference.divisions().stream()
                .collect(Collectors.toMap(Division::code, Division::name));
        List<List<String>> rows = new ArrayList<>();
        for (ExpertDetails d : repository.list(filter.unpaged())) {
            Expert e = d.expert();
            rows.add(List.of(e.name(), e.employerName(), blank(e.employerCreditCode()), blank(e.employerGroup()),
                    e.title(), joined(modeNames, e.modeCodes()), joined(industryNames, e.industryCodes()),
                    e.divisionCode() == null ? "" : divisionNames.getOrDefault(e.divisionCode(), e.divisionCode()),
                    blank(d.phone()), blank(d.email())));
        }
        audit.record(AuditRecord.of("expert.exported").target("expert", "pool")
                .actor(by.username(), Role.OFFICER.name()).detail("rows", rows.size()).build());
        return workbook(rows);
    }

    private static String joined(Map<String, String> names, Set<String> codes) {
        return names.entrySet().stream().filter(x -> codes.contains(x.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining("、"));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** The sheet of experts (header, rows) and the sheet of the allowed values, with the region's list. */
    private byte[] workbook(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("expert.template.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<Columns> columns = Columns.all();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(text(columns.get(c).headerKey()));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 1 ? 36 : c == 5 || c == 6 ? 30 : 18) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c, CellType.STRING).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);

            Sheet lists = workbook.createSheet(text("expert.template.lists"));
            Row listHeader = lists.createRow(0);
            listHeader.createCell(0).setCellValue(text("expert.column.modeCodes"));
            listHeader.createCell(1).setCellValue(text("expert.column.industryCodes"));
            listHeader.createCell(2).setCellValue(text("expert.column.divisionCode"));
            List<String> modes = reference.modes().stream().map(ManufacturingMode::name).toList();
            List<String> industries = reference.industries().stream().map(Industry::name).toList();
            List<String> divisions = new ArrayList<>(reference.divisions().stream().map(Division::name).toList());
            divisions.add(text("expert.template.outside-province"));
            int longest = Math.max(modes.size(), Math.max(industries.size(), divisions.size()));
            for (int i = 0; i < longest; i++) {
                Row row = lists.createRow(i + 1);
                if (i < modes.size()) row.createCell(0).setCellValue(modes.get(i));
                if (i < industries.size()) row.createCell(1).setCellValue(industries.get(i));
                if (i < divisions.size()) row.createCell(2).setCellValue(divisions.get(i));
            }
            Row note = lists.createRow(longest + 2);
            note.createCell(0).setCellValue(text("expert.template.note"));
            for (int c = 0; c < 3; c++) {
                lists.setColumnWidth(c, 26 * 256);
            }

            // the region: one of the list, offered as a drop-down
            DataValidationHelper helper = sheet.getDataValidationHelper();
            String listRange = "'" + text("expert.template.lists") + "'!$C$2:$C$" + (divisions.size() + 1);
            DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listRange),
                    new CellRangeAddressList(1, MAX_ROWS, Columns.DIVISION.ordinal(), Columns.DIVISION.ordinal()));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // -------------------------------------------------------------------------------------------------- import

    /** One data row as read, with its problems. */
    private record Parsed(int row, NewExpert expert, List<FieldProblem> problems) {
    }

    @Override
    @Transactional
    public ExpertImportReport importWorkbook(String fileName, InputStream content, boolean validRowsOnly,
                                             CurrentUser by) {
        requireOfficer(by);
        StoredFile stored;
        try {
            stored = files.store(fileName == null ? "experts.xlsx" : fileName, content, Set.of(FileKind.XLSX),
                    by.username());
        } catch (FileRejectedException e) {
            throw new ExpertRefusedException(e.messageKey(), e.arguments());
        }
        List<Parsed> parsed = parse(files.read(stored.id()));

        List<ExpertImportReport.RowProblem> problems = new ArrayList<>();
        parsed.forEach(p -> p.problems().forEach(f -> problems.add(ExpertImportReport.RowProblem.of(p.row(), f))));
        List<ExpertImportReport.Imported> imported = new ArrayList<>();
        if (problems.isEmpty() || validRowsOnly) {
            for (Parsed p : parsed) {
                if (p.problems().isEmpty()) {
                    ExpertDetails saved = pool.register(p.expert(), by);
                    imported.add(new ExpertImportReport.Imported(p.row(), saved.id(), saved.expert().name()));
                }
            }
        }
        ExpertImportReport report = new ExpertImportReport(stored.id(), stored.name(), parsed.size(), imported,
                problems, validRowsOnly);
        audit.record(AuditRecord.of(report.refused() ? "expert.import-refused" : "expert.imported")
                .target("expert_import", stored.id()).actor(by.username(), Role.OFFICER.name())
                .detail("rows", parsed.size()).detail("imported", imported.size())
                .detail("badRows", report.badRows()).detail("validRowsOnly", validRowsOnly).build());
        return report;
    }

    private List<Parsed> parse(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ExpertRefusedException("expert.import.no-sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            requireHeader(sheet.getRow(0));
            if (sheet.getLastRowNum() > MAX_ROWS + 1 && countRows(sheet) > MAX_ROWS) {
                throw new ExpertRefusedException("expert.import.too-many-rows", String.valueOf(MAX_ROWS));
            }
            ExpertRules.Codes codes = rules.codes();
            Map<String, String> modes = lookup(reference.modes().stream()
                    .collect(Collectors.toMap(ManufacturingMode::name, ManufacturingMode::code)), codes.modes());
            Map<String, String> industries = lookup(reference.industries().stream()
                    .collect(Collectors.toMap(Industry::name, Industry::code)), codes.industries());
            Map<String, String> divisions = lookup(reference.divisions().stream()
                    .collect(Collectors.toMap(Division::name, Division::code)), codes.divisions());
            String outside = text("expert.template.outside-province");
            Map<String, CompanyGroup> groupByKey = new HashMap<>();
            groups.all().forEach(g -> groupByKey.put(Names.key(g.name()), g));
            DataFormatter formatter = new DataFormatter(SHEET_LOCALE);
            Map<String, Integer> seen = new HashMap<>();
            List<Parsed> parsed = new ArrayList<>();
            int count = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<FieldProblem> problems = new ArrayList<>();
                String[] values = new String[Columns.values().length];
                boolean empty = true;
                for (Columns column : Columns.values()) {
                    String value = value(row, column, formatter, problems);
                    values[column.ordinal()] = value;
                    empty &= value == null;
                }
                if (empty || values[0] != null && values[0].startsWith(Columns.EXAMPLE_MARK)) {
                    continue;
                }
                if (++count > MAX_ROWS) {
                    throw new ExpertRefusedException("expert.import.too-many-rows", String.valueOf(MAX_ROWS));
                }
                Set<String> modeCodes = codes(values[Columns.MODES.ordinal()], modes, "modeCodes",
                        "expert.import.mode.unknown", problems);
                Set<String> industryCodes = codes(values[Columns.INDUSTRIES.ordinal()], industries, "industryCodes",
                        "expert.import.industry.unknown", problems);
                String divisionText = values[Columns.DIVISION.ordinal()];
                String division = null;
                if (divisionText != null && !divisionText.equals(outside)) {
                    division = divisions.get(divisionText);
                    if (division == null) {
                        problems.add(FieldProblem.invalid("divisionCode", "expert.import.division.unknown",
                                divisionText));
                    }
                }
                NewExpert expert = new NewExpert(values[0], values[1], values[2], values[3], values[4], modeCodes,
                        industryCodes, division, values[8], values[9]);
                NewExpert normalised = ExpertService.normalised(expert);
                for (FieldProblem p : rules.check(normalised, codes,
                        name -> Optional.ofNullable(groupByKey.get(Names.key(name))))) {
                    // a cell already told about (unreadable, unknown names) is not told again as missing
                    if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                        problems.add(p);
                    }
                }
                if (normalised.name() != null && normalised.employerName() != null) {
                    String key = normalised.name() + "\u0000" + Names.key(normalised.employerName());
                    Integer first = seen.putIfAbsent(key, r + 1);
                    if (first != null) {
                        problems.add(FieldProblem.invalid("name", "expert.import.duplicate-in-file",
                                normalised.name(), String.valueOf(first)));
                    } else if (repository.duplicate(normalised.name(), Names.key(normalised.employerName()), null)
                            .isPresent()) {
                        problems.add(FieldProblem.invalid("name", "expert.duplicate", normalised.name(),
                                normalised.employerName()));
                    }
                }
                parsed.add(new Parsed(r + 1, normalised, problems));
            }
            return parsed;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExpertRefusedException refused) {
                throw refused;
            }
            throw new ExpertRefusedException("expert.import.unreadable");
        }
    }

    private void requireHeader(Row header) {
        List<String> expected = Columns.all().stream().map(c -> text(c.headerKey())).toList();
        List<String> found = new ArrayList<>();
        for (int c = 0; c < expected.size(); c++) {
            Cell cell = header == null ? null : header.getCell(c);
            found.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip());
        }
        if (!found.equals(expected)) {
            throw new ExpertRefusedException("expert.import.header", String.join("、", expected));
        }
    }

    private static int countRows(Sheet sheet) {
        int rows = 0;
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getPhysicalNumberOfCells() > 0) {
                rows++;
            }
        }
        return rows;
    }

    /** The cell as text: stripped, {@code null} when empty; a formula, control characters or length are problems. */
    private static String value(Row row, Columns column, DataFormatter formatter, List<FieldProblem> problems) {
        Cell cell = row == null ? null : row.getCell(column.ordinal());
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(FieldProblem.invalid(column.field(), "expert.import.formula"));
            return null;
        }
        String raw = formatter.formatCellValue(cell);
        if (CONTROL.matcher(raw).find()) {
            problems.add(FieldProblem.invalid(column.field(), "expert.import.control-characters"));
            return null;
        }
        String value = raw.strip();
        if (value.length() > MAX_CELL) {
            problems.add(FieldProblem.invalid(column.field(), "expert.import.cell-too-long",
                    String.valueOf(MAX_CELL)));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** Names (and codes, in any case) to codes. */
    private static Map<String, String> lookup(Map<String, String> byName, Set<String> codes) {
        Map<String, String> map = new HashMap<>(byName);
        codes.forEach(c -> map.put(c, c));
        codes.forEach(c -> map.put(c.toLowerCase(Locale.ROOT), c));
        return map;
    }

    private static Set<String> codes(String cell, Map<String, String> lookup, String field, String unknownKey,
                                     List<FieldProblem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        if (cell == null) {
            return codes;
        }
        for (String token : LIST_SEPARATOR.split(cell)) {
            if (token.isEmpty()) {
                continue;
            }
            String code = lookup.get(token);
            if (code == null) {
                problems.add(FieldProblem.invalid(field, unknownKey, token));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private void requireOfficer(CurrentUser by) {
        if (!permissions.canManage(by)) {
            throw new ExpertRefusedException("expert.not-officer");
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, SHEET_LOCALE);
    }
}
