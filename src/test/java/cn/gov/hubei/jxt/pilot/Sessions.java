package cn.gov.hubei.jxt.pilot;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and are found by the {@code SESSION} cookie, as in a browser;
 * MockMvc tests carry that cookie from one request to the next.
 */
public final class Sessions {

    private Sessions() {
    }

    /** The session cookie a response set, or the one the request carried when the response kept the session. */
    public static Cookie of(MvcResult result) {
        Cookie set = result.getResponse().getCookie("SESSION");
        if (set != null) {
            return set;
        }
        Cookie[] sent = result.getRequest().getCookies();
        if (sent != null) {
            for (Cookie c : sent) {
                if (c.getName().equals("SESSION")) {
                    return c;
                }
            }
        }
        throw new AssertionError("the response set no session cookie");
    }
}
