package cn.gov.hubei.jxt.pilot.calendar.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries.Entry;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;
import cn.gov.hubei.jxt.pilot.calendar.CalendarIntegrationTest;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.gov.hubei.jxt.pilot.calendar.HolidayFileJson.aHolidayFile;
import static org.assertj.core.api.Assertions.assertThat;

/** Loading years: the bundled files on start, several nodes at once, and caches on every node. */
@CalendarIntegrationTest
class CalendarLoadingTest {

    @Autowired
    BundledCalendarData bundled;
    @Autowired
    CalendarYearLoader loader;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;

    private List<Entry> loadsAudited(int year) {
        return new AuditEntries(jdbc).withAction(CalendarYearLoader.AUDIT_ACTION, CalendarYearLoader.AUDIT_TARGET, year);
    }

    @Test
    void loadsAMissingBundledYearOnStartAuditedAsSystemAndOnlyOnce() throws Exception {
        // as if 2019 had never been loaded (restored by the load under test)
        jdbc.sql("delete from calendar_year where year = 2019").update();
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
        assertThat(workingDays.coveredYears()).doesNotContain(2019);
        List<Entry> auditedBefore = loadsAudited(2019);
        // start-up runs outside any request: no mock request of the test framework may lend it a client address
        RequestContextHolder.resetRequestAttributes();

        assertThat(bundled.loadMissingYears()).containsExactly(2019);
        assertThat(bundled.loadMissingYears()).as("a second start loads nothing").isEmpty();

        assertThat(workingDays.describe(LocalDate.of(2019, 2, 2)))
                .isEqualTo(new CalendarDay(LocalDate.of(2019, 2, 2), true, "春节"));
        List<Entry> entries = loadsAudited(2019);
        assertThat(entries).hasSize(auditedBefore.size() + 1).startsWith(auditedBefore.toArray(Entry[]::new));
        Entry entry = entries.get(entries.size() - 1);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.role()).isNull();
        assertThat(entry.clientAddress()).isNull();
        assertThat(entry.targetType()).isEqualTo("calendar_year");
        assertThat(entry.targetId()).isEqualTo("2019");
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        byte[] file = Files.readAllBytes(Path.of("src/main/resources/calendar/holiday-cn/2019.json"));
        assertThat(entry.details()).isEqualTo(Map.of(
                "year", 2019,
                "origin", "BUNDLED",
                "fileName", "2019.json",
                "papers", List.of("http://www.gov.cn/zhengce/zhengceku/2018-12/06/content_5346276.htm",
                        "http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm"),
                "holidayCount", 24,
                "makeUpDayCount", 7,
                "checksumSha256", Checksums.sha256(file),
                "checksumSm3", Checksums.sm3(file),
                "replaced", false));
        assertThat(jdbc.sql("select loaded_by || '/' || origin from calendar_year where year = 2019")
                .query(String.class).single()).isEqualTo("system/BUNDLED");
    }

    @Test
    void nodesStartingAtOnceLoadAYearOnlyOnce() throws Exception {
        byte[] file = aHolidayFile(2071).off("2071-01-01", "元旦").makeUp("2071-01-03", "元旦").bytes();
        int nodes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CalendarYearLoader.Outcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                Callable<CalendarYearLoader.Outcome> startUp = () -> {
                    start.await();
                    return loader.load(file, "2071.json", CalendarYearLoader.Origin.BUNDLED,
                            CalendarYearLoader.Mode.SKIP_IF_LOADED, CalendarYearLoader.SYSTEM_ACTOR);
                };
                outcomes.add(pool.submit(startUp));
            }
            start.countDown();
            int loaded = 0;
            for (Future<CalendarYearLoader.Outcome> outcome : outcomes) {
                loaded += outcome.get(60, TimeUnit.SECONDS).loaded() ? 1 : 0;
            }
            assertThat(loaded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from calendar_day where year = 2071").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(loadsAudited(2071)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.details()).containsEntry("origin", "BUNDLED").containsEntry("fileName", "2071.json")
                    .containsEntry("holidayCount", 1).containsEntry("makeUpDayCount", 1);
        });
        assertThat(workingDays.isWorkingDay(LocalDate.of(2071, 1, 3))).isTrue();
    }

    @Test
    void aYearLoadedByAnotherNodeIsSeenByTheNextCall() {
        assertThat(workingDays.coveredYears()).doesNotContain(2072);

        // what another node's load leaves in the shared database
        jdbc.sql("""
                insert into calendar_year (year, origin, file_name, holiday_count, make_up_day_count, checksum_sha256,
                                           checksum_sm3, content, loaded_at, loaded_by)
                values (2072, 'UPLOADED', '2072.json', 1, 0, repeat('0', 64), repeat('0', 64), '\\x7b7d'::bytea,
                        now(), 'other-node-admin')""").update();
        jdbc.sql("insert into calendar_day (year, day, off_day, name) values (2072, date '2072-01-01', true, '元旦')")
                .update();
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();

        assertThat(workingDays.coveredYears()).contains(2072);
        assertThat(workingDays.describe(LocalDate.of(2072, 1, 1)))
                .isEqualTo(new CalendarDay(LocalDate.of(2072, 1, 1), false, "元旦"));
    }
}
