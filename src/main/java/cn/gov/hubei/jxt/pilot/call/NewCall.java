package cn.gov.hubei.jxt.pilot.call;

import java.time.Instant;

/** The terms of a call to be created as a draft. */
public record NewCall(Integer year, String title, String notice, Instant filingOpensAt, Instant filingClosesAt,
                      Instant recommendationDeadline, Integer recommendationQuota, Integer maxProjectsPerEnterprise,
                      String elementConditionVersion) implements CallTerms {
}
