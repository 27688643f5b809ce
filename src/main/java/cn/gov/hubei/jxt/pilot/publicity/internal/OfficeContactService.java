package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContact;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContacts;
import cn.gov.hubei.jxt.pilot.publicity.PublicityPermissions;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRefusedException;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRejectedException;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Sets the office's contact on notices: guard → validation beside each field → conditional write → audit. */
@Service
class OfficeContactService implements OfficeContacts {

    static final int MAX_EMAIL = 120;
    /**
     * A fixed-line number with its area code (027-87654321, 0717-6543210, optional extension -801) or a mobile number
     * (13912345678); several numbers are separated by 、 or a comma.
     */
    static final Pattern TELEPHONE = Pattern.compile(
            "(?:0\\d{2,3}-\\d{7,8}(?:-\\d{1,6})?|1[3-9]\\d{9})(?:[、,，](?:0\\d{2,3}-\\d{7,8}(?:-\\d{1,6})?|1[3-9]\\d{9}))*");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private final OfficeContactRepository repository;
    private final NoticeTexts texts;
    private final PublicityPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    OfficeContactService(OfficeContactRepository repository, NoticeTexts texts, PublicityPermissions permissions,
                         AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.texts = texts;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public OfficeContact current() {
        return texts.contact();
    }

    @Override
    @Transactional
    public OfficeContact save(OfficeContact changes, long version, CurrentUser officer) {
        if (!permissions.canSetContact(officer)) {
            throw new PublicityRefusedException("publicity.not-officer");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String publisher = NoticeDraftService.required(problems, "publisher", changes.publisher(), NoticeDraftService.MAX_PUBLISHER);
        String telephone = NoticeDraftService.required(problems, "contactTelephone", changes.contactTelephone(),
                NoticeDraftService.MAX_TELEPHONE);
        if (telephone != null && !TELEPHONE.matcher(telephone).matches()) {
            problems.add(FieldProblem.invalid("contactTelephone", "publicity.contact.telephone.invalid"));
        }
        String address = NoticeDraftService.required(problems, "contactAddress", changes.contactAddress(), NoticeDraftService.MAX_ADDRESS);
        String email = NoticeDraftService.required(problems, "objectionEmail", changes.objectionEmail(), MAX_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.invalid("objectionEmail", "publicity.contact.email.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new PublicityRejectedException(problems);
        }
        OfficeContact before = texts.contact();
        OfficeContact after = new OfficeContact(publisher, telephone, address, email, version);
        if (before.version() == version && same(before, after)) {
            return before;
        }
        if (!repository.save(after, version, officer.username(), clock.instant())) {
            throw new PublicityRefusedException("publicity.contact.stale");
        }
        audit.record(AuditRecord.of("publicity.contact").target("publicity_contact", 1)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("publisher", publisher)
                .detail("contactTelephone", telephone)
                .detail("contactAddress", address)
                .detail("objectionEmail", email)
                .build());
        return texts.contact();
    }

    private static boolean same(OfficeContact a, OfficeContact b) {
        return a.publisher().equals(b.publisher()) && a.contactTelephone().equals(b.contactTelephone())
                && a.contactAddress().equals(b.contactAddress()) && a.objectionEmail().equals(b.objectionEmail());
    }
}
