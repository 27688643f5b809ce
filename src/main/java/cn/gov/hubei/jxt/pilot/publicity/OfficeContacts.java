package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

/** The office's contact on notices: read by the drafting of a notice, set by the office ({@code /publicity/contact}). */
public interface OfficeContacts {

    /** The contact as set, or the defaults of the messages while the office has not set it. */
    OfficeContact current();

    /**
     * Sets the contact: every field required, the telephone a Chinese fixed-line (区号-号码, optional extension) or
     * mobile number, the e-mail an address; audited. A stale {@code version} (another tab, a double click that
     * already saved) is refused.
     *
     * @throws PublicityRejectedException with the fields' problems, changing nothing
     * @throws PublicityRefusedException  not the office ({@code publicity.not-officer}) or stale ({@code publicity.contact.stale})
     */
    OfficeContact save(OfficeContact changes, long version, CurrentUser officer);
}
