package cn.gov.hubei.jxt.pilot.calendar.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one way a year's holiday arrangement enters the database — for the files bundled with the product at start-up
 * and for the administrator's upload alike: validate the file, check it against the years already loaded, store it,
 * audit it, and tell the caches (through {@code calendar_revision}).
 *
 * <p>Each load is one transaction that first locks the single {@code calendar_revision} row. Loads therefore run one
 * after another across all nodes: two nodes starting at once cannot both load a year, and two files for
 * neighbouring years cannot each pass the agreement check without seeing the other.
 */
@Service
public class CalendarYearLoader {

    public static final String AUDIT_ACTION = "calendar.year-loaded";
    public static final String AUDIT_TARGET = "calendar_year";
    public static final String SYSTEM_ACTOR = "system";

    /** Where a file came from. */
    public enum Origin { BUNDLED, UPLOADED }

    /** What to do when the file's year is already loaded. */
    public enum Mode {
        /** Leave the loaded year as it is (start-up loading of the bundled files). */
        SKIP_IF_LOADED,
        /** Refuse the file (an upload without "replace"). */
        REFUSE_IF_LOADED,
        /** Replace the loaded year in the same transaction (an upload with "replace"). */
        REPLACE
    }

    /**
     * @param loaded   whether the file was stored ({@code false}: the year was already loaded and left alone)
     * @param replaced whether an earlier file of the year was replaced
     */
    public record Outcome(int year, boolean loaded, boolean replaced, int holidayCount, int makeUpDayCount) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditTrail audit;
    private final Clock clock;
    private final HolidayFileParser parser = new HolidayFileParser();

    CalendarYearLoader(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param content  the file's bytes, stored verbatim so that its checksum can be verified later
     * @param fileName the file's name as uploaded or bundled
     * @param actor    who loads it ({@value #SYSTEM_ACTOR} for the start-up load)
     * @throws CalendarFileRejectedException with every reason when the file is refused; nothing is stored then
     */
    @Transactional
    public Outcome load(byte[] content, String fileName, Origin origin, Mode mode, String actor) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(actor, "actor");
        HolidayFile file = parser.parse(content);
        int year = file.year();

        lockCalendar();
        boolean alreadyLoaded = jdbc.sql("select count(*) from calendar_year where year = :year")
                .param("year", year).query(Integer.class).single() > 0;
        if (alreadyLoaded && mode == Mode.SKIP_IF_LOADED) {
            return new Outcome(year, false, false, 0, 0);
        }
        if (alreadyLoaded && mode == Mode.REFUSE_IF_LOADED) {
            throw new CalendarFileRejectedException(FileProblem.of("calendar.file.year.already-loaded", year));
        }
        List<FileProblem> conflicts = conflictsWithOtherYears(file);
        if (!conflicts.isEmpty()) {
            throw new CalendarFileRejectedException(conflicts);
        }
        if (alreadyLoaded) {
            // calendar_day and calendar_paper rows go with it (on delete cascade)
            jdbc.sql("delete from calendar_year where year = :year").param("year", year).update();
        }

        String sha256 = Checksums.sha256(content);
        String sm3 = Checksums.sm3(content);
        String name = fileName == null || fileName.isBlank() ? year + ".json" : fileName.strip();
        int inserted = jdbc.sql("""
                        insert into calendar_year (year, origin, file_name, holiday_count, make_up_day_count,
                                                   checksum_sha256, checksum_sm3, content, loaded_at, loaded_by)
                        values (:year, :origin, :fileName, :holidays, :makeUpDays, :sha256, :sm3, :content,
                                :loadedAt, :loadedBy)
                        on conflict (year) do nothing""")
                .param("year", year)
                .param("origin", origin.name())
                .param("fileName", truncate(name, 255))
                .param("holidays", file.holidayCount())
                .param("makeUpDays", file.makeUpDayCount())
                .param("sha256", sha256)
                .param("sm3", sm3)
                .param("content", content)
                .param("loadedAt", OffsetDateTime.now(clock))
                .param("loadedBy", truncate(actor, 100))
                .update();
        if (inserted == 0) {
            // Unreachable while every load takes the lock above; kept so that a load which bypassed it cannot
            // silently merge two files of one year.
            if (mode == Mode.SKIP_IF_LOADED) {
                return new Outcome(year, false, false, 0, 0);
            }
            throw new CalendarFileRejectedException(FileProblem.of("calendar.file.year.already-loaded", year));
        }
        List<Object[]> papers = new ArrayList<>();
        for (int i = 0; i < file.papers().size(); i++) {
            papers.add(new Object[] {year, i + 1, file.papers().get(i)});
        }
        jdbcTemplate.batchUpdate("insert into calendar_paper (year, ordinal, url) values (?, ?, ?)", papers);
        jdbcTemplate.batchUpdate("insert into calendar_day (year, day, off_day, name) values (?, ?, ?, ?)",
                file.days().stream()
                        .map(d -> new Object[] {year, d.date(), d.offDay(), d.name()})
                        .toList());
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();

        AuditRecord.Builder entry = AuditRecord.of(AUDIT_ACTION)
                .target(AUDIT_TARGET, year)
                .detail("year", year)
                .detail("origin", origin.name())
                .detail("fileName", name)
                .detail("papers", file.papers())
                .detail("holidayCount", file.holidayCount())
                .detail("makeUpDayCount", file.makeUpDayCount())
                .detail("checksumSha256", sha256)
                .detail("checksumSm3", sm3)
                .detail("replaced", alreadyLoaded);
        if (SYSTEM_ACTOR.equals(actor)) {
            entry.actor(SYSTEM_ACTOR, null);
        }
        audit.record(entry.build());
        return new Outcome(year, true, alreadyLoaded, file.holidayCount(), file.makeUpDayCount());
    }

    private void lockCalendar() {
        jdbc.sql("select revision from calendar_revision where id = 1 for update").query(Long.class).single();
    }

    /** A date listed by this file and by another loaded year's file must be off in both or working in both. */
    private List<FileProblem> conflictsWithOtherYears(HolidayFile file) {
        if (file.days().isEmpty()) {
            return List.of();
        }
        Map<LocalDate, HolidayFile.Listing> mine = new HashMap<>();
        file.days().forEach(d -> mine.put(d.date(), d));
        LocalDate first = file.days().stream().map(HolidayFile.Listing::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = file.days().stream().map(HolidayFile.Listing::date).max(Comparator.naturalOrder()).orElseThrow();
        List<FileProblem> conflicts = new ArrayList<>();
        jdbc.sql("""
                        select year, day, off_day from calendar_day
                        where day between :first and :last and year <> :year
                        order by day, year""")
                .param("first", first)
                .param("last", last)
                .param("year", file.year())
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    HolidayFile.Listing listing = mine.get(day);
                    boolean theirsOff = rs.getBoolean("off_day");
                    if (listing != null && listing.offDay() != theirsOff) {
                        conflicts.add(FileProblem.of(listing.offDay()
                                        ? "calendar.file.day.conflict.off-here" : "calendar.file.day.conflict.working-here",
                                day, rs.getInt("year")));
                    }
                });
        return conflicts;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
