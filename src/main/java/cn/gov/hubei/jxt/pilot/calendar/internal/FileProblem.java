package cn.gov.hubei.jxt.pilot.calendar.internal;

import org.springframework.context.MessageSourceResolvable;

import java.util.List;

/**
 * One reason why a holiday file is refused: a message code of {@code i18n/calendar} and its arguments. Arguments
 * are text, so that years and dates are shown as written rather than formatted as numbers ("2,027").
 */
public record FileProblem(String code, List<String> arguments) implements MessageSourceResolvable {

    public FileProblem {
        arguments = List.copyOf(arguments);
    }

    public static FileProblem of(String code, Object... arguments) {
        return new FileProblem(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}
