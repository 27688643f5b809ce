package cn.gov.hubei.jxt.pilot.application;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something the reviewers should notice but that does not block submission: an element condition self-assessed as
 * not or partly met, or a figure that misses the call's threshold.
 */
public record SectionFlag(String field, String code, Object[] arguments) implements MessageSourceResolvable {

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
