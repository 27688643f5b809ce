package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.EnterpriseDirectory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The enterprises, as identity's account administration looks them up. */
@Component
class IdentityEnterpriseDirectory implements EnterpriseDirectory {

    private final Enterprises enterprises;
    private final RegistrationStore registrations;

    IdentityEnterpriseDirectory(Enterprises enterprises, RegistrationStore registrations) {
        this.enterprises = enterprises;
        this.registrations = registrations;
    }

    @Override
    public Optional<EnterpriseRef> find(long id) {
        return enterprises.find(id).map(IdentityEnterpriseDirectory::ref);
    }

    @Override
    public Optional<EnterpriseRef> findByCreditCode(String creditCode) {
        return enterprises.findByCreditCode(creditCode).map(IdentityEnterpriseDirectory::ref);
    }

    @Override
    public Optional<RegistrationHold> registrationHold(long userId) {
        return registrations.findByUser(userId).flatMap(r -> {
            if (r.status() == RegistrationStatus.REJECTED) {
                return Optional.of(RegistrationHold.REJECTED);
            }
            if (!r.emailConfirmed()) {
                return Optional.of(RegistrationHold.EMAIL_UNCONFIRMED);
            }
            if (r.status() == RegistrationStatus.PENDING) {
                return Optional.of(RegistrationHold.AWAITING_REVIEW);
            }
            return Optional.empty();
        });
    }

    private static EnterpriseRef ref(Enterprise e) {
        return new EnterpriseRef(e.id(), e.creditCode(), e.name());
    }
}
