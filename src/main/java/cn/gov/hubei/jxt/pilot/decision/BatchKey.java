package cn.gov.hubei.jxt.pilot.decision;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A release batch, named by the module that owns it: e.g. {@code review} / {@code call-12} for the review result of
 * one call. All decisions recorded with the same key are released together. Names come from code.
 */
public record BatchKey(String module, String name) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    public BatchKey {
        module = DecisionSubject.requireName("batch module", module);
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a batch name is a short lower-case code such as call-12, not: " + name);
        }
    }

    public static BatchKey of(String module, String name) {
        return new BatchKey(module, name);
    }

    @Override
    public String toString() {
        return module + "/" + name;
    }
}
