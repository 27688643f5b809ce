package cn.gov.hubei.jxt.pilot.application;

import java.util.List;

/** Two versions compared field by field, in document order; {@link #changes()} holds only what differs. */
public record VersionComparison(long applicationId, int left, int right, List<FieldDifference> fields) {

    public List<FieldDifference> changes() {
        return fields.stream().filter(FieldDifference::changed).toList();
    }
}
