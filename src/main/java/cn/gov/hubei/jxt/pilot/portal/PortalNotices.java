package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;

import java.util.Optional;

/** The public notice the portal's home points to. */
public interface PortalNotices {

    /** The notice in its objection period now, else the next released one still to open; empty when none. */
    Optional<PublicNotice> current();
}
