package cn.gov.hubei.jxt.pilot.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Arrays;
import java.util.Objects;

/**
 * One problem with what a person entered, beside the field it concerns: the one vocabulary of every module for
 * "this field breaks this rule". A page puts the resolved message next to the field; the API lists it under
 * {@code errors} as {@code {field, message}}.
 *
 * @param field     the form's and the JSON's property path (e.g. {@code milestones[1].end}); {@code null} for the
 *                  whole form
 * @param severity  whether it blocks: {@link Severity#MISSING} (something required is not there yet),
 *                  {@link Severity#INVALID} (a value breaks a rule), {@link Severity#FLAG} (worth a reviewer's
 *                  attention, never blocking)
 * @param code      a message key of the module's bundle
 * @param arguments the message arguments; numbers are kept as text so that no year shows as "2,026"; an argument may
 *                  itself be a {@link MessageSourceResolvable} (a field label), resolved with the message
 */
public record FieldProblem(String field, Severity severity, String code, Object[] arguments)
        implements MessageSourceResolvable {

    public enum Severity {
        /** Something required is missing: the work is in progress, not wrong. */
        MISSING,
        /** A value breaks a rule: refused until corrected. */
        INVALID,
        /** Not a fault: something the reviewers should notice (a condition self-assessed as not met, a threshold). */
        FLAG
    }

    public FieldProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        arguments = arguments == null ? new Object[0] : textual(arguments);
    }

    /** A value breaks a rule. */
    public static FieldProblem invalid(String field, String code, Object... arguments) {
        return new FieldProblem(field, Severity.INVALID, code, arguments);
    }

    /** Something required is missing. */
    public static FieldProblem missing(String field, String code, Object... arguments) {
        return new FieldProblem(field, Severity.MISSING, code, arguments);
    }

    /** Something worth noticing that blocks nothing. */
    public static FieldProblem flag(String field, String code, Object... arguments) {
        return new FieldProblem(field, Severity.FLAG, code, arguments);
    }

    /** The label of a field as an argument, resolved from {@code key} when the message is. */
    public static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[]{key}, key);
    }

    public boolean blocks() {
        return severity != Severity.FLAG;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[]{code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem p && Objects.equals(field, p.field) && severity == p.severity
                && code.equals(p.code) && Arrays.equals(arguments, p.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, severity, code, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return field + ": " + severity + " " + code + Arrays.toString(arguments);
    }

    private static Object[] textual(Object[] arguments) {
        Object[] copy = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            copy[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return copy;
    }
}
