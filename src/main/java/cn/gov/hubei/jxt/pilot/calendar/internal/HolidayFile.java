package cn.gov.hubei.jxt.pilot.calendar.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated holiday file in the holiday-cn format: one year's State Council notice(s) transcribed as the listed
 * dates. Ordinary weekends are not listed.
 *
 * @param year   the year of the notice (the file may also list a few days of the neighbouring years)
 * @param papers the links to the notice(s) on www.gov.cn
 * @param days   the listed dates, in file order
 */
public record HolidayFile(int year, List<String> papers, List<Listing> days) {

    /**
     * One listed date.
     *
     * @param offDay {@code true}: a day off (放假); {@code false}: a make-up working day (调休上班)
     * @param name   the holiday it belongs to, e.g. 春节
     */
    public record Listing(LocalDate date, boolean offDay, String name) {
    }

    public HolidayFile {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    public int holidayCount() {
        return (int) days.stream().filter(Listing::offDay).count();
    }

    public int makeUpDayCount() {
        return days.size() - holidayCount();
    }
}
