package cn.gov.hubei.jxt.pilot.enterprise.internal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Arrays;

/**
 * One broken rule beside the field it concerns: a message code and its arguments, resolved by whoever shows it (a
 * page puts it next to the field, the API into {@code errors}). An argument may itself be resolvable, e.g. the label
 * of the field.
 *
 * @param field the form and JSON field name, or {@code null} for the whole form
 */
public record Violation(String field, String code, Object... arguments) implements MessageSourceResolvable {

    /** Numbers become text here: MessageFormat would print a count like 1000 with a grouping separator. */
    public static Violation of(String field, String code, Object... arguments) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return new Violation(field, code, args);
    }

    /** The label of a field as an argument, resolved from {@code key} when the message is. */
    public static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[]{key}, key);
    }

    @Override
    public String[] getCodes() {
        return new String[]{code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }

    @Override
    public String toString() {
        return field + ": " + code + Arrays.toString(arguments);
    }
}
