package cn.gov.hubei.jxt.pilot.calendar.web;

import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries.Entry;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;
import cn.gov.hubei.jxt.pilot.calendar.CalendarIntegrationTest;
import cn.gov.hubei.jxt.pilot.calendar.HolidayFileJson;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static cn.gov.hubei.jxt.pilot.calendar.HolidayFileJson.aHolidayFile;
import static cn.gov.hubei.jxt.pilot.calendar.HolidayFileJson.withRawYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system administrator's calendar page. Each test uploads its own year (2031 onwards), so that the tests do not
 * depend on each other; none touches 2018 or 2027, whose absence other tests rely on.
 */
@CalendarIntegrationTest
class CalendarAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "sysadmin", roles = "SYSTEM_ADMIN")
    void listsTheBundledYearsWithTheirNoticesAndCounts() throws Exception {
        String page = mvc.perform(get("/admin/calendar"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String row2024 = between(page, "<tr data-year=\"2024\">", "</tr>");
        assertThat(row2024)
                .contains("href=\"https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm\"")
                .contains("<td class=\"text-end\">28</td>")
                .contains("<td class=\"text-end\">8</td>")
                .contains("随产品提供")
                .contains(">system</td>");
        assertThat(page).contains("已载入的年度：2019–2026");
    }

    @Test
    @WithMockUser(username = "sysadmin", roles = "SYSTEM_ADMIN")
    void showsAYearsHolidaysByDateWithWeekdayAndAMonthGrid() throws Exception {
        String page = mvc.perform(get("/admin/calendar/2024"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("2024 年节假日安排");
        assertThat(between(page, "<tr data-date=\"2024-10-01\">", "</tr>"))
                .contains("<td>2024-10-01</td>", "<td>星期二</td>", "<td>放假</td>", "国庆节");
        assertThat(between(page, "<tr data-date=\"2024-09-29\">", "</tr>"))
                .contains("<td>星期日</td>", "<td>调休上班</td>", "国庆节");
        assertThat(page)
                .contains("data-date=\"2024-09-29\" data-kind=\"MAKE_UP\" title=\"国庆节\"")
                .contains("data-date=\"2024-10-07\" data-kind=\"OFF\" title=\"国庆节\"")
                .contains("data-date=\"2024-10-08\" data-kind=\"WORKING\"")
                .contains("data-date=\"2024-10-19\" data-kind=\"WEEKEND\"");
    }

    @Test
    @WithMockUser(username = "sysadmin", roles = "SYSTEM_ADMIN")
    void offersTheOriginalFileForDownload() throws Exception {
        mvc.perform(get("/admin/calendar/2020/file"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"2020.json\"; filename*=UTF-8''2020.json"))
                .andExpect(content().bytes(java.nio.file.Files.readAllBytes(
                        java.nio.file.Path.of("src/main/resources/calendar/holiday-cn/2020.json"))));
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void aYearNotLoadedIsNotFound() throws Exception {
        mvc.perform(get("/admin/calendar/2027")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void isForbiddenForAnOfficer() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar/2024")).andExpect(status().isForbidden());
        mvc.perform(upload(aHolidayFile(2099).off("2099-01-01", "元旦").bytes())).andExpect(status().isForbidden());
        assertThat(workingDays.coveredYears()).doesNotContain(2099);
        assertThat(loadsAudited(2099)).isEmpty();
    }

    @Test
    void asksAnonymousVisitorsToLogIn() throws Exception {
        mvc.perform(get("/admin/calendar"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "admin-2031", roles = "SYSTEM_ADMIN")
    void loadsAValidYearAuditsItAndUsesItAtOnce() throws Exception {
        byte[] file = aHolidayFile(2031)
                .paper("https://www.gov.cn/zhengce/zhengceku/203011/content_2031.htm")
                .off("2031-01-01", "元旦")
                .makeUp("2031-01-04", "元旦")
                .off("2031-10-01", "国庆节").off("2031-10-02", "国庆节").off("2031-10-03", "国庆节")
                .makeUp("2031-10-11", "国庆节")
                .bytes();

        var result = mvc.perform(upload(file, "2031.json"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar/2031"))
                .andReturn();

        assertThat(workingDays.coveredYears()).contains(2031);
        assertThat(workingDays.describe(LocalDate.of(2031, 1, 4)))
                .isEqualTo(new CalendarDay(LocalDate.of(2031, 1, 4), true, "元旦"));
        assertThat(workingDays.nthWorkingDay(LocalDate.of(2031, 9, 30), 2)).isEqualTo(LocalDate.of(2031, 10, 6));

        List<Entry> entries = loadsAudited(2031);
        assertThat(entries).hasSize(1);
        Entry entry = entries.get(0);
        assertThat(entry.actor()).as("the audit trail fills in the logged-in user").isEqualTo("admin-2031");
        assertThat(entry.role()).isEqualTo("SYSTEM_ADMIN");
        assertThat(entry.clientAddress()).isEqualTo("127.0.0.1");
        assertThat(entry.targetType()).isEqualTo("calendar_year");
        assertThat(entry.targetId()).isEqualTo("2031");
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(entry.details()).isEqualTo(Map.of(
                "year", 2031,
                "origin", "UPLOADED",
                "fileName", "2031.json",
                "papers", List.of("https://www.gov.cn/zhengce/zhengceku/203011/content_test.htm",
                        "https://www.gov.cn/zhengce/zhengceku/203011/content_2031.htm"),
                "holidayCount", 4,
                "makeUpDayCount", 2,
                "checksumSha256", sha256(file),
                "checksumSm3", sm3(file),
                "replaced", false));
        assertThat(jdbc.sql("select loaded_by from calendar_year where year = 2031").query(String.class).single())
                .isEqualTo("admin-2031");

        // follow the redirect as a browser does: the flash message waits in the (database) session
        String page = mvc.perform(get("/admin/calendar/2031").cookie(result.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(between(page, "data-notice>", "</div>")).isEqualTo("已载入 2031 年的节假日安排：放假 4 天，调休上班 2 天。");
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesAnUploadWithoutAFile() throws Exception {
        assertRefused(new byte[0], "请选择要载入的节假日安排文件。");
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesMalformedJson() throws Exception {
        assertRefused("{\"year\": 2032,\n \"days\": [}".getBytes(), "文件不是格式正确的 JSON：第 2 行第 11 列附近有错误（也可能是同一字段出现了两次）。");
        assertThat(workingDays.coveredYears()).doesNotContain(2032);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesAMissingOrInvalidYear() throws Exception {
        assertRefused(aHolidayFile(2033).off("2033-01-01", "元旦").withoutYear().bytes(), "文件缺少年份字段“year”。");
        assertRefused(withRawYear("\"2033\"").off("2033-01-01", "元旦").bytes(), "年份字段“year”必须是整数，文件中为 &quot;2033&quot;。");
        assertRefused(aHolidayFile(1999).off("1999-01-01", "元旦").bytes(), "年份 1999 不在 2000 至 2100 年之间。");
        assertRefused(aHolidayFile(2101).off("2101-01-01", "元旦").bytes(), "年份 2101 不在 2000 至 2100 年之间。");
        assertThat(workingDays.coveredYears()).doesNotContain(2033, 1999, 2101);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesDaysWithoutNameOrWithABadDateOrOffDayFlag() throws Exception {
        byte[] file = aHolidayFile(2034)
                .off("2034-01-01", "元旦")
                .day("{\"date\": \"2034-01-02\", \"isOffDay\": true}")
                .off("2034-02-30", "春节")
                .day("{\"name\": \"春节\", \"date\": \"2034-02-20\", \"isOffDay\": \"yes\"}")
                .bytes();
        assertRefused(file,
                "“days”的第 2 项缺少节日名称“name”。",
                "“days”的第 3 项的日期“2034-02-30”不是有效的 ISO 日期（格式为 YYYY-MM-DD，例如 2027-01-01）。",
                "“days”的第 4 项的“isOffDay”必须是 true（放假）或 false（调休上班）。");
        assertThat(workingDays.coveredYears()).doesNotContain(2034);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesADateOutsideTheYearAndItsNeighbours() throws Exception {
        assertRefused(aHolidayFile(2035).off("2035-01-01", "元旦").off("2037-01-01", "元旦").bytes(),
                "“days”的第 2 项的日期 2037-01-01 不在 2034 至 2036 年之间。");
        assertThat(workingDays.coveredYears()).doesNotContain(2035);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesADateListedTwice() throws Exception {
        assertRefused(aHolidayFile(2036).off("2036-01-01", "元旦").makeUp("2036-01-01", "元旦").bytes(),
                "日期 2036-01-01 在文件中出现了不止一次。");
        assertThat(workingDays.coveredYears()).doesNotContain(2036);
        assertThat(loadsAudited(2036)).as("a refused file changes nothing, so nothing is audited").isEmpty();
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesAFileWithoutADayOffInItsOwnYear() throws Exception {
        assertRefused(aHolidayFile(2037).off("2036-12-31", "元旦").makeUp("2037-01-03", "元旦").bytes(),
                "文件中没有 2037 年本年度的放假日，请确认选择了正确的年度文件。");
        assertThat(workingDays.coveredYears()).doesNotContain(2037);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void refusesADayThatContradictsALoadedNeighbouringYearAndAcceptsOneThatAgrees() throws Exception {
        mvc.perform(upload(aHolidayFile(2041).off("2041-01-01", "元旦").off("2041-12-31", "元旦").bytes()))
                .andExpect(status().is3xxRedirection());

        assertRefused(aHolidayFile(2042).makeUp("2041-12-31", "元旦").off("2042-01-01", "元旦").bytes(),
                "日期 2041-12-31 在本文件中为调休上班日，但在已载入的 2041 年安排中为放假日，两者不一致。");
        assertThat(workingDays.coveredYears()).doesNotContain(2042);

        mvc.perform(upload(aHolidayFile(2042).off("2041-12-31", "元旦节").off("2042-01-01", "元旦").bytes()))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.coveredYears()).contains(2041, 2042);
        // both list 2041-12-31: the name comes from the file of the date's own year
        assertThat(workingDays.describe(LocalDate.of(2041, 12, 31)))
                .isEqualTo(new CalendarDay(LocalDate.of(2041, 12, 31), false, "元旦"));
    }

    @Test
    @WithMockUser(username = "admin-2045", roles = "SYSTEM_ADMIN")
    void refusesAYearAlreadyLoadedUnlessReplaceIsTicked() throws Exception {
        mvc.perform(upload(aHolidayFile(2045).off("2045-01-01", "元旦").off("2045-01-02", "元旦").bytes()))
                .andExpect(status().is3xxRedirection());
        byte[] correction = aHolidayFile(2045).off("2045-01-01", "元旦").makeUp("2045-01-07", "元旦").bytes();

        assertRefused(correction, "2045 年的节假日安排已经载入。如需用本文件替换，请勾选“替换已载入的该年度安排”。");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2045, 1, 2))).isFalse();

        mvc.perform(upload(correction).param("replace", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar/2045"));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2045, 1, 2))).as("the old day off is gone").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2045, 1, 7))).as("the new make-up Saturday").isTrue();
        assertThat(jdbc.sql("select count(*) from calendar_day where year = 2045").query(Integer.class).single())
                .isEqualTo(2);
        List<Entry> entries = loadsAudited(2045);
        assertThat(entries).extracting(e -> e.details().get("replaced")).containsExactly(false, true);
        assertThat(entries).extracting(Entry::actor).containsExactly("admin-2045", "admin-2045");
        assertThat(entries.get(0).details()).containsEntry("holidayCount", 2).containsEntry("makeUpDayCount", 0);
        assertThat(entries.get(1).details()).containsEntry("holidayCount", 1).containsEntry("makeUpDayCount", 1)
                .containsEntry("checksumSha256", sha256(correction));
    }

    private void assertRefused(byte[] file, String... messages) throws Exception {
        String page = mvc.perform(upload(file))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String besideField = between(page, "id=\"file-error\">", "</div>");
        assertThat(besideField).contains(messages);
        assertThat(besideField.split("<br */?>")).hasSize(messages.length);
        assertThat(between(page, "data-error-summary>", "</div>")).contains(messages);
        assertThat(page).contains("class=\"form-control is-invalid\"");
    }

    private static MockMultipartHttpServletRequestBuilder upload(byte[] file) {
        // an empty part is what a browser sends when no file was chosen
        return upload(file, file.length == 0 ? "" : "holidays.json");
    }

    private static MockMultipartHttpServletRequestBuilder upload(byte[] file, String fileName) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/admin/calendar")
                .file(new MockMultipartFile("file", fileName, "application/json", file))
                .with(csrf());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' in the page", start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }

    private List<Entry> loadsAudited(int year) {
        return new AuditEntries(jdbc).withAction("calendar.year-loaded", "calendar_year", year);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String sm3(byte[] content) {
        SM3Digest digest = new SM3Digest();
        digest.update(content, 0, content.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
