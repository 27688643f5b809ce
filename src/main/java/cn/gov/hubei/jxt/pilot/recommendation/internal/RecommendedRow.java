package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.ListStatus;

/** A recommended application of the call with its division and its rank inside the division's list. */
public record RecommendedRow(String divisionCode, String divisionName, ListStatus listStatus, RankedEntry entry,
                             ApplicationStatus status) {
}
