package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The pool's spreadsheet on the real database: a good file imports every row; a file with bad rows imports nothing
 * and names every problem by row and column; "the valid rows" imports exactly those; hostile files (NUL bytes, huge
 * cells, another kind of file, another header) are refused; the template imports nothing and an export reads back.
 */
@IntegrationTest
class ExpertImportTest {

    static final List<String> HEADER = List.of("姓名", "工作单位", "单位统一社会信用代码", "所属集团", "职称/职务",
            "专业领域", "熟悉行业", "所在地区", "联系电话", "电子邮箱");

    @Autowired ExpertImports imports;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static List<String> row(String name, String employer, String code, String modes, String industries,
                            String division) {
        return List.of(name, employer, code, "", "教授", modes, industries, division, "13800000000", "");
    }

    static byte[] workbook(List<String> header, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("专家");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    if (!all.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(all.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The file with a NUL byte where NUL-HERE stood: written as OOXML's escape _x0000_ in the shared strings, as a
     * crafted file carries it (POI itself writes a control character as "?").
     */
    static byte[] escaped(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("NUL-HERE", "_x0000_")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    ExpertImportReport load(byte[] file, boolean validRowsOnly) {
        return imports.importWorkbook("专家.xlsx", new ByteArrayInputStream(file), validRowsOnly, OFFICER);
    }

    long count() {
        return jdbc.sql("select count(*) from expert").query(Long.class).single();
    }

    @Test
    void aGoodFileImportsEveryRowWithNamesReadAsCodes() throws IOException {
        String a = uniqueName("甲");
        String b = uniqueName("乙");
        ExpertImportReport report = load(workbook(HEADER, List.of(
                row(a, "华中科技大学", "", "离散型智能制造、网络协同制造", "汽车，电子信息", "武汉市"),
                row(b, "三峡大学", "", "PROCESS", "", "湖北省外"),
                List.of(), // an empty row is skipped
                row("【示例】张明", "某大学", "", "离散型智能制造", "", "武汉市"))), false);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).extracting(ExpertImportReport.Imported::row).containsExactly(2, 3);
        assertThat(report.imported()).extracting(ExpertImportReport.Imported::name).containsExactly(a, b);
        Expert first = experts.find(report.imported().get(0).expertId()).orElseThrow();
        assertThat(first.modeCodes()).containsExactlyInAnyOrder("DISCRETE", "NETWORKED");
        assertThat(first.industryCodes()).containsExactlyInAnyOrder("AUTOMOTIVE", "ELECTRONIC_INFORMATION");
        assertThat(first.divisionCode()).isEqualTo("420100");
        Expert second = experts.find(report.imported().get(1).expertId()).orElseThrow();
        assertThat(second.modeCodes()).containsExactly("PROCESS");
        assertThat(second.divisionCode()).isNull();
        assertThat(pool.details(second.id(), OFFICER).orElseThrow().phone()).isEqualTo("13800000000");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'expert.imported' and target_id = :id")
                .param("id", String.valueOf(report.fileId())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryProblemByRowUnlessTheValidRowsAreAskedFor() throws IOException {
        String good = uniqueName("丙");
        String twice = uniqueName("丁");
        String existing = uniqueName("戊");
        pool.register(Pool.expert(existing, "武汉大学"), OFFICER);
        byte[] file = workbook(HEADER, List.of(
                row(good, "武汉理工大学", "", "离散型智能制造", "", "宜昌市"),                         // row 2
                row("", "湖北大学", "", "离散型智能制造", "", ""),                                    // row 3
                row(uniqueName("己"), "某企业", "91420100MA4KX1234X", "离散型智能制造", "", ""),        // row 4
                row(uniqueName("庚"), "某研究院", "", "飞行制造", "航天", "火星"),                      // row 5
                row(twice, "湖北工业大学", "", "PROCESS", "", ""),                                   // row 6
                row(twice, "湖北工业大学 ", "", "PROCESS", "", ""),                                  // row 7
                row(existing, "武汉大学", "", "PROCESS", "", "")));                                 // row 8
        long before = count();

        ExpertImportReport refused = load(file, false);

        assertThat(refused.refused()).isTrue();
        assertThat(refused.imported()).isEmpty();
        assertThat(count()).isEqualTo(before);
        assertThat(refused.rows()).isEqualTo(7);
        assertThat(refused.badRows()).isEqualTo(5);
        assertThat(refused.badRowText()).isEqualTo("3、4、5、7、8");
        assertThat(refused.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.code() + " "
                + p.arguments()).containsExactly(
                "3 name expert.name.required []",
                "4 employerCreditCode expert.employerCreditCode.invalid [91420100MA4KX1234X]",
                "5 modeCodes expert.import.mode.unknown [飞行制造]",
                "5 industryCodes expert.import.industry.unknown [航天]",
                "5 divisionCode expert.import.division.unknown [火星]",
                "7 name expert.import.duplicate-in-file [" + twice + ", 6]",
                "8 name expert.duplicate [" + existing + ", 武汉大学]");

        ExpertImportReport partly = load(file, true);

        assertThat(partly.imported()).extracting(ExpertImportReport.Imported::row).containsExactly(2, 6);
        assertThat(partly.imported()).extracting(ExpertImportReport.Imported::name).containsExactly(good, twice);
        assertThat(partly.badRows()).isEqualTo(5);
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void nulBytesAndHugeCellsAreProblemsOfTheirRows() throws IOException {
        String name = uniqueName("辛");
        ExpertImportReport report = load(escaped(workbook(HEADER, List.of(
                row(name + "NUL-HERE", "某大学", "", "离散型智能制造", "", ""),
                row(uniqueName("壬"), "某" + "大".repeat(1000) + "学", "", "离散型智能制造", "", "")))), false);

        assertThat(report.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.code()).containsExactly(
                "2 name expert.import.control-characters",
                "3 employerName expert.import.cell-too-long");
        assertThat(report.imported()).isEmpty();
    }

    @Test
    void anotherKindOfFileOrAnotherHeaderIsRefusedWhole() throws IOException {
        assertThatThrownBy(() -> load(Filing.PDF, true))
                .isInstanceOfSatisfying(ExpertRefusedException.class,
                        e -> assertThat(e.code()).startsWith("files.rejected."));
        assertThatThrownBy(() -> load("姓名,工作单位\n张三,某大学\n".getBytes(), true))
                .isInstanceOfSatisfying(ExpertRefusedException.class,
                        e -> assertThat(e.code()).startsWith("files.rejected."));
        List<String> header = new ArrayList<>(HEADER);
        header.set(1, "单位");
        assertThatThrownBy(() -> load(workbook(header, List.of()), true))
                .isInstanceOfSatisfying(ExpertRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("expert.import.header"));
    }

    @Test
    void theTemplateImportsNothingAndAnExportReadsBackInTheSameColumns() throws Exception {
        byte[] template = imports.template(OFFICER);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).startsWith("【示例】");
            assertThat(workbook.getSheetAt(0).getDataValidations()).hasSize(1);
        }
        ExpertImportReport fromTemplate = load(template, false);
        assertThat(fromTemplate.rows()).isZero();
        assertThat(fromTemplate.imported()).isEmpty();

        String marker = uniqueName("导出");
        pool.register(new NewExpert(marker + "甲", "华中科技大学", null, null, "教授", java.util.Set.of("DISCRETE"),
                java.util.Set.of("FOOD"), "420500", "027-1234567", "a@example.cn"), OFFICER);
        pool.register(new NewExpert(marker + "乙", "湖北省机械工业设计院", null, null, "高级工程师",
                java.util.Set.of("REMOTE_OM", "PROCESS"), java.util.Set.of(), null, null, null), OFFICER);
        byte[] export = imports.export(new ExpertFilter(null, null, null, null, marker, 0, 0), OFFICER);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> first = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> first.add(cell.getStringCellValue()));
            assertThat(first).containsExactly(marker + "甲", "华中科技大学", "", "", "教授", "离散型智能制造", "食品",
                    "宜昌市", "027-1234567", "a@example.cn");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("流程型智能制造、远程运维服务");
        }
        // the export reads back: every row as the same experts, so each one is a duplicate and nothing else
        ExpertImportReport again = load(export, false);
        assertThat(again.rows()).isEqualTo(2);
        assertThat(again.problems()).extracting(ExpertImportReport.RowProblem::code)
                .containsExactly("expert.duplicate", "expert.duplicate");
    }

    @Test
    void thePageShowsTheRowNumbersOfTheProblemsAndTheSummary() throws Exception {
        String username = "officer-import-" + System.nanoTime();
        byte[] file = workbook(HEADER, List.of(row("", "某大学", "", "离散型智能制造", "", "")));
        String page = mvc.perform(multipart("/experts/import").file(new MockMultipartFile("file", "专家.xlsx",
                        "application/octet-stream", file)).with(csrf())
                        .with(cn.gov.hubei.jxt.pilot.People.as(username, cn.gov.hubei.jxt.pilot.identity.Role.OFFICER)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("第 2 行有错误，未导入任何专家").contains("请填写姓名。");
        assertThat(mvc.perform(get("/experts/template")
                        .with(cn.gov.hubei.jxt.pilot.People.as(username, cn.gov.hubei.jxt.pilot.identity.Role.OFFICER)))
                .andReturn().getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
