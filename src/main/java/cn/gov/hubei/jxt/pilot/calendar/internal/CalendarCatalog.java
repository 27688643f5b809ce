package cn.gov.hubei.jxt.pilot.calendar.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the administrator's pages show about the loaded years: a read model over the calendar tables. */
@Component
public class CalendarCatalog {

    /**
     * A loaded year.
     *
     * @param loadedAt when it was loaded, in the application's time zone (Asia/Shanghai)
     */
    public record LoadedYear(int year, String origin, String fileName, List<String> papers, int holidayCount,
                             int makeUpDayCount, String checksumSha256, String checksumSm3, LocalDateTime loadedAt,
                             String loadedBy) {
    }

    /** A date as listed in one year's file. */
    public record ListedDay(LocalDate date, boolean offDay, String name) {
    }

    /** A stored file, as it was loaded. */
    public record StoredFile(String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarCatalog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every loaded year, the latest first. */
    public List<LoadedYear> loadedYears() {
        Map<Integer, List<String>> papers = new LinkedHashMap<>();
        jdbc.sql("select year, url from calendar_paper order by year, ordinal").query(rs -> {
            papers.computeIfAbsent(rs.getInt("year"), y -> new ArrayList<>()).add(rs.getString("url"));
        });
        return jdbc.sql("""
                        select year, origin, file_name, holiday_count, make_up_day_count, checksum_sha256, checksum_sm3,
                               loaded_at, loaded_by
                        from calendar_year order by year desc""")
                .query((rs, n) -> new LoadedYear(rs.getInt("year"), rs.getString("origin"), rs.getString("file_name"),
                        List.copyOf(papers.getOrDefault(rs.getInt("year"), List.of())),
                        rs.getInt("holiday_count"), rs.getInt("make_up_day_count"),
                        rs.getString("checksum_sha256").strip(), rs.getString("checksum_sm3").strip(),
                        rs.getObject("loaded_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDateTime(),
                        rs.getString("loaded_by")))
                .list();
    }

    public Optional<LoadedYear> loadedYear(int year) {
        return loadedYears().stream().filter(y -> y.year() == year).findFirst();
    }

    /** The dates that one year's file lists (including any of the neighbouring years), by date. */
    public List<ListedDay> listedDays(int year) {
        return jdbc.sql("select day, off_day, name from calendar_day where year = :year order by day")
                .param("year", year)
                .query((rs, n) -> new ListedDay(rs.getObject("day", LocalDate.class), rs.getBoolean("off_day"),
                        rs.getString("name")))
                .list();
    }

    public Optional<StoredFile> storedFile(int year) {
        return jdbc.sql("select file_name, content from calendar_year where year = :year")
                .param("year", year)
                .query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }
}
