package cn.gov.hubei.jxt.pilot.calendar;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the audit records of the calendar's tests so that they can be asserted. The audit module's own trail is not
 * on this branch yet (the context cannot start without an {@link AuditTrail}); {@code @Primary} keeps the tests on
 * this recorder once it is.
 */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    public List<AuditRecord> records(String action, String targetId) {
        return records.stream()
                .filter(r -> r.action().equals(action) && targetId.equals(r.targetId()))
                .toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        RecordingAuditTrail recordingAuditTrail() {
            return new RecordingAuditTrail();
        }
    }
}
