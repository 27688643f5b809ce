package cn.gov.hubei.jxt.pilot.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Runs each step of the demo loader once per database. The step's marker row ({@code demo_data_step}) is written in
 * the same transaction as what the step creates: a step that fails leaves neither, and is tried again at the next
 * start; a step that succeeded is never run again, so nothing is looked up by name and re-created after people
 * renamed or removed it. A failure is logged and never stops the application: demo data is a convenience.
 */
@Component
class DemoSteps {

    private static final Logger log = LoggerFactory.getLogger(DemoSteps.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoSteps(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return whether the step ran now (false: it had run before, or it failed) */
    boolean load(String step, Runnable body) {
        try {
            Boolean ran = tx.execute(status -> {
                // The insert claims the step: a second node starting at the same time waits on the row and then
                // finds it taken.
                int claimed = jdbc.sql("insert into demo_data_step (step, loaded_at) values (:step, :at) "
                                + "on conflict (step) do nothing")
                        .param("step", step).param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                        .update();
                if (claimed == 0) {
                    return false;
                }
                body.run();
                return true;
            });
            return Boolean.TRUE.equals(ran);
        } catch (RuntimeException e) {
            log.error("Demo data: the step '{}' could not be loaded and is left out; the system runs without it "
                    + "and tries again at the next start", step, e);
            return false;
        }
    }

    boolean loaded(String step) {
        return jdbc.sql("select count(*) from demo_data_step where step = :step").param("step", step)
                .query(Integer.class).single() > 0;
    }
}
