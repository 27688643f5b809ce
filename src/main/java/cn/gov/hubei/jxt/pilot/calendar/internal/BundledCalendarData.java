package cn.gov.hubei.jxt.pilot.calendar.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Loads on start the holiday files that ship with the product ({@code classpath:calendar/holiday-cn/NNNN.json},
 * from NateScarlet/holiday-cn) for every year not yet in the database — through {@link CalendarYearLoader}, the same
 * validating loader as the administrator's upload, one transaction per year. A year already loaded (also one the
 * administrator replaced) is left alone, so restarts and several nodes starting at once are harmless.
 */
@Component
public class BundledCalendarData implements ApplicationRunner {

    static final String LOCATION = "classpath:calendar/holiday-cn/*.json";
    private static final Pattern YEAR_FILE = Pattern.compile("\\d{4}\\.json");
    private static final Logger log = LoggerFactory.getLogger(BundledCalendarData.class);

    private final CalendarYearLoader loader;

    BundledCalendarData(CalendarYearLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadMissingYears();
    }

    /** @return the years loaded now */
    public List<Integer> loadMissingYears() {
        List<Integer> loaded = new ArrayList<>();
        for (Resource file : bundledFiles()) {
            String name = file.getFilename();
            try {
                CalendarYearLoader.Outcome outcome = loader.load(file.getContentAsByteArray(), name,
                        CalendarYearLoader.Origin.BUNDLED, CalendarYearLoader.Mode.SKIP_IF_LOADED,
                        CalendarYearLoader.SYSTEM_ACTOR);
                if (outcome.loaded()) {
                    loaded.add(outcome.year());
                    log.info("Working-day calendar: loaded {} from the bundled {} ({} days off, {} make-up working days)",
                            outcome.year(), name, outcome.holidayCount(), outcome.makeUpDayCount());
                }
            } catch (CalendarFileRejectedException e) {
                // Not fatal: a year without data is refused by every computation, never guessed, and the
                // administrator sees it missing on /admin/calendar. It happens only when an uploaded neighbouring
                // year contradicts the bundled file.
                log.error("Working-day calendar: the bundled {} was refused and NOT loaded: {}", name, e.problems());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled holiday file " + name, e);
            }
        }
        return loaded;
    }

    private static List<Resource> bundledFiles() {
        try {
            Resource[] all = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(all)
                    .filter(r -> r.getFilename() != null && YEAR_FILE.matcher(r.getFilename()).matches())
                    .sorted(Comparator.comparing(r -> Objects.requireNonNull(r.getFilename())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled holiday files at " + LOCATION, e);
        }
    }
}
