package cn.gov.hubei.jxt.pilot.calendar.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the loaded days in memory. Every load or replacement of a year increments the single row of
 * {@code calendar_revision} in the same transaction; {@link #current()} reads that number (one primary-key lookup)
 * and rebuilds the picture when it changed. So a year loaded on any node is seen by the next call on every node —
 * a time-based cache would leave a window in which a replaced year still gives the old answers.
 */
@Component
public class CalendarSnapshotCache {

    private final JdbcClient jdbc;
    private final CalendarMessages messages;
    private volatile CalendarSnapshot snapshot;

    CalendarSnapshotCache(JdbcClient jdbc, CalendarMessages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public CalendarSnapshot current() {
        long revision = readRevision();
        CalendarSnapshot known = snapshot;
        if (known != null && known.revision() == revision) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (known != null && known.revision() == revision) {
                return known;
            }
            CalendarSnapshot fresh = read();
            snapshot = fresh;
            return fresh;
        }
    }

    private long readRevision() {
        return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
    }

    /**
     * Reads the revision first and the days after it: the days are then at least as new as the revision they are
     * labelled with, and a load committed in between only causes one more rebuild on the next call.
     */
    private CalendarSnapshot read() {
        long revision = readRevision();
        Set<Integer> years = new HashSet<>(jdbc.sql("select year from calendar_year").query(Integer.class).list());
        Map<LocalDate, CalendarSnapshot.Listing> listings = new HashMap<>();
        jdbc.sql("select year, day, off_day, name from calendar_day order by day, year").query(rs -> {
            LocalDate day = rs.getObject("day", LocalDate.class);
            CalendarSnapshot.Listing listing = new CalendarSnapshot.Listing(rs.getBoolean("off_day"), rs.getString("name"));
            // Files that list the same date agree on whether it is off (the loader refuses otherwise); the name is
            // taken from the file of the date's own year when both list it.
            if (!listings.containsKey(day) || rs.getInt("year") == day.getYear()) {
                listings.put(day, listing);
            }
        });
        return new CalendarSnapshot(revision, years, listings, messages::notLoaded);
    }
}
