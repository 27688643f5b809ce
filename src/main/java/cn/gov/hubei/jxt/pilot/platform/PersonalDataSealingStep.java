package cn.gov.hubei.jxt.pilot.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.IntConsumer;

/**
 * A module's start-up step that seals its personal data at rest (docs/security.md §14): at every start, on every
 * node, idempotent; rows in plain text and rows under an older key (after a rotation) are sealed with the current
 * key by {@link PersonalDataSealing#reseal}. The module says what it seals and how the run is audited.
 */
public abstract class PersonalDataSealingStep implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataSealingStep.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate tx;

    protected PersonalDataSealingStep(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = reseal(cipher);
        if (sealed > 0) {
            log.info("{}: sealed {} rows with the key {}", getClass().getSimpleName(), sealed, cipher.currentKeyId());
        }
    }

    /**
     * Seals what is in plain text or under another key than the current key of {@code with}.
     *
     * @return how many rows were sealed (again)
     */
    public abstract int reseal(PersonalDataCipher with);

    /**
     * Seals the tables with {@code with}; when that changed rows (plus {@code otherRows} the module sealed itself),
     * {@code audit} records the run once, in its own transaction.
     *
     * @return all the rows sealed
     */
    protected int sealed(PersonalDataCipher with, int otherRows, IntConsumer audit, PersonalDataSealing... tables) {
        int rows = otherRows;
        for (PersonalDataSealing table : tables) {
            rows += table.reseal(jdbc, with);
        }
        if (rows > 0) {
            int total = rows;
            tx.executeWithoutResult(status -> audit.accept(total));
        }
        return rows;
    }
}
