package cn.gov.hubei.jxt.pilot.decision;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a decision is about: the owning module, the aggregate type and its id, e.g. {@code review} /
 * {@code application} / 42. Module and type come from code, so a malformed one is a programming error.
 */
public record DecisionSubject(String module, String type, long id) {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public DecisionSubject {
        module = requireName("module", module);
        type = requireName("type", type);
    }

    public static DecisionSubject of(String module, String type, long id) {
        return new DecisionSubject(module, type, id);
    }

    static String requireName(String what, String value) {
        Objects.requireNonNull(value, what);
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("a decision's " + what + " is a short lower-case name such as review, "
                    + "not: " + value);
        }
        return value;
    }
}
