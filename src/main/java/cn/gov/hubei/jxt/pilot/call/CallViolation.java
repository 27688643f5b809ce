package cn.gov.hubei.jxt.pilot.call;

import org.springframework.context.MessageSourceResolvable;

import java.util.Arrays;
import java.util.List;

/**
 * A broken rule of a call's terms, tied to the field that breaks it. Resolve it with a {@code MessageSource} for the
 * text a person reads.
 *
 * @param field the {@link CallField#property()} of the term
 * @param code  the message key in {@code i18n/call*.properties}
 * @param args  the message arguments, already formatted as text (so that no number shows as "2,026")
 */
public record CallViolation(String field, String code, List<String> args) implements MessageSourceResolvable {

    public CallViolation {
        args = List.copyOf(args);
    }

    public static CallViolation of(CallField field, String code, Object... args) {
        return new CallViolation(field.property(), code, Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
