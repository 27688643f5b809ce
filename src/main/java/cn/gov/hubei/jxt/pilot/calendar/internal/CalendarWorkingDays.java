package cn.gov.hubei.jxt.pilot.calendar.internal;

import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@link WorkingDays} on the cached picture of the loaded years; each call works on one consistent picture. */
@Service
class CalendarWorkingDays implements WorkingDays {

    private final CalendarSnapshotCache cache;
    private final CalendarMessages messages;

    CalendarWorkingDays(CalendarSnapshotCache cache, CalendarMessages messages) {
        this.cache = cache;
        this.messages = messages;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return cache.current().isWorkingDay(date);
    }

    @Override
    public CalendarDay describe(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return cache.current().describe(date);
    }

    @Override
    public LocalDate nthWorkingDay(LocalDate start, int n) {
        return workingDays(start, n).get(n - 1);
    }

    @Override
    public List<LocalDate> workingDays(LocalDate start, int count) {
        Objects.requireNonNull(start, "start");
        if (count < 1) {
            throw new IllegalArgumentException(messages.text("calendar.error.count-too-small", count));
        }
        return cache.current().workingDays(start, count);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(messages.text("calendar.error.period-reversed", from, to));
        }
        return cache.current().workingDaysBetween(from, to);
    }

    @Override
    public Set<Integer> coveredYears() {
        return cache.current().coveredYears();
    }
}
