package cn.gov.hubei.jxt.pilot.application;

import org.springframework.context.MessageSourceResolvable;

/**
 * A broken rule of a section, beside the field it concerns ({@code field} is the form's property path, e.g.
 * {@code milestones[1].end}). {@code code} is a message key of the application bundle.
 */
public record SectionProblem(String field, Severity severity, String code, Object[] arguments)
        implements MessageSourceResolvable {

    public enum Severity {
        /** Something required is missing: the section is in progress. */
        INCOMPLETE,
        /** A value breaks a rule: the section has a problem. */
        INVALID
    }

    public static SectionProblem missing(String field, String code, Object... arguments) {
        return new SectionProblem(field, Severity.INCOMPLETE, code, arguments);
    }

    public static SectionProblem invalid(String field, String code, Object... arguments) {
        return new SectionProblem(field, Severity.INVALID, code, arguments);
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
}
