package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/** A submitted, immutable version of an application (第 n 版). */
public record FrozenVersion(long applicationId, int number, Instant submittedAt, String submittedBy,
                            ApplicationSnapshot snapshot) {
}
