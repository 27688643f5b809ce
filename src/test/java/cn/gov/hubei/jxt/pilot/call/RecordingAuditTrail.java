package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An audit trail that keeps what it is given, so the call tests can assert exactly which entries a change wrote.
 * Until the audit module provides the real trail, the application context needs it to start at all.
 */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    /** The entries about one call, oldest first. */
    public List<AuditRecord> forCall(long callId) {
        return records.stream()
                .filter(r -> "call".equals(r.targetType()) && String.valueOf(callId).equals(r.targetId()))
                .toList();
    }

    public List<String> actionsForCall(long callId) {
        return forCall(callId).stream().map(AuditRecord::action).toList();
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
