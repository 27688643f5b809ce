package cn.gov.hubei.jxt.pilot.calendar.internal;

import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The working-day rules over an immutable picture of the loaded years. Pure: no database, no Spring; the
 * {@link CalendarSnapshotCache} builds a new one whenever a year is loaded.
 */
public final class CalendarSnapshot {

    /** A listed date: off ({@code offDay}) or a make-up working day, and the holiday it belongs to. */
    public record Listing(boolean offDay, String name) {
    }

    private final long revision;
    private final SortedSet<Integer> coveredYears;
    private final Map<LocalDate, Listing> listings;
    private final IntFunction<CalendarNotLoadedException> notLoaded;

    /**
     * @param revision     the database revision this picture was read at
     * @param coveredYears the years whose file is loaded
     * @param listings     every listed date of every loaded file (files agree where they overlap)
     * @param notLoaded    makes the refusal for a year without data
     */
    public CalendarSnapshot(long revision, Set<Integer> coveredYears, Map<LocalDate, Listing> listings,
                            IntFunction<CalendarNotLoadedException> notLoaded) {
        this.revision = revision;
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
        this.listings = Map.copyOf(listings);
        this.notLoaded = notLoaded;
    }

    public long revision() {
        return revision;
    }

    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        Listing listing = listings.get(date);
        if (listing != null) {
            return !listing.offDay();
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    public CalendarDay describe(LocalDate date) {
        boolean working = isWorkingDay(date);
        Listing listing = listings.get(date);
        return new CalendarDay(date, working, listing == null ? null : listing.name());
    }

    public LocalDate nthWorkingDay(LocalDate start, int n) {
        List<LocalDate> days = workingDays(start, n);
        return days.get(days.size() - 1);
    }

    public List<LocalDate> workingDays(LocalDate start, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        List<LocalDate> days = new ArrayList<>(count);
        // Terminates: every step moves one day forward, and isWorkingDay refuses the first date beyond the covered years.
        for (LocalDate date = start; days.size() < count; date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days.add(date);
            }
        }
        return List.copyOf(days);
    }

    /** Both ends inclusive. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        // Check every year first, so that a long period is refused before any counting.
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!covers(year)) {
                throw notLoaded.apply(year);
            }
        }
        int count = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date.getYear())) {
            throw notLoaded.apply(date.getYear());
        }
    }
}
