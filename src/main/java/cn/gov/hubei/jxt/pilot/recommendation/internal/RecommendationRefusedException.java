package cn.gov.hubei.jxt.pilot.recommendation.internal;

import org.springframework.context.MessageSourceResolvable;

/**
 * An action of the recommender or the programme office that the list's state, the deadline, the quota or a rule does
 * not allow. The message (key in the recommendation bundle, with arguments) says why in words a person understands;
 * arguments that are message keys themselves are resolved first.
 */
public class RecommendationRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public RecommendationRefusedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
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
