package cn.gov.hubei.jxt.pilot.platform;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * For demo data only: runs a piece of work on this thread as of a past instant, so that a demo year long gone (the
 * 2025 call, its notice and its designation) is written through the stages' own services with their dates, every rule
 * applied unchanged (filing windows, deadlines, the notice's period on the calendar, objections inside the period,
 * the publication after the end day). The application's clock ({@link ClockConfiguration}) and the tests' clock answer
 * the pinned instant on this thread and the running time everywhere else. Never used by pages, the API or jobs.
 */
public final class PastTime {

    private static final ThreadLocal<Instant> PINNED = new ThreadLocal<>();

    private PastTime() {
    }

    /** Runs {@code work} with this thread's clock standing at {@code at}; the pin is removed afterwards. */
    public static <T> T at(Instant at, Supplier<T> work) {
        Instant before = PINNED.get();
        PINNED.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                PINNED.remove();
            } else {
                PINNED.set(before);
            }
        }
    }

    /** {@link #at(Instant, Supplier)} for work without a result. */
    public static void run(Instant at, Runnable work) {
        at(at, () -> {
            work.run();
            return null;
        });
    }

    /** The instant this thread is pinned at, or {@code null} when it runs with the clock. */
    public static Instant pinned() {
        return PINNED.get();
    }
}
