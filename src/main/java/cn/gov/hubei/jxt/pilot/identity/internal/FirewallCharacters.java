package cn.gov.hubei.jxt.pilot.identity.internal;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} allows in header names, header values and parameter
 * names, checked by a loop over the code points instead of its regular expressions. Same rule, same answers: a name
 * may hold any assigned code point that is not a control character ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}), a
 * header value also a tab ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}). The firewall checks every header
 * each time it is read; with the regular expressions that was about a tenth of the processor time of an autosave,
 * whose bearer token, content type, {@code If-Match} and accepted types are read several times each
 * (docs/benchmarks.md, sixth round). {@code FirewallCharactersTest} compares both on every code point.
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** The firewall of every request: Spring Security's defaults, with these checks. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::isName);
        firewall.setAllowedHeaderValues(FirewallCharacters::isHeaderValue);
        firewall.setAllowedParameterNames(FirewallCharacters::isName);
        return firewall;
    }

    /** Every code point assigned and none a control character. */
    static boolean isName(String s) {
        return allowed(s, false);
    }

    /** Every code point assigned and none a control character but the tab. */
    static boolean isHeaderValue(String s) {
        return allowed(s, true);
    }

    private static boolean allowed(String s, boolean tab) {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII: assigned, not a control
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && cp == '\t'))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
