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

    IdentityEnterpriseDirectory(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public Optional<EnterpriseRef> find(long id) {
        return enterprises.find(id).map(IdentityEnterpriseDirectory::ref);
    }

    @Override
    public Optional<EnterpriseRef> findByCreditCode(String creditCode) {
        return enterprises.findByCreditCode(creditCode).map(IdentityEnterpriseDirectory::ref);
    }

    private static EnterpriseRef ref(Enterprise e) {
        return new EnterpriseRef(e.id(), e.creditCode(), e.name());
    }
}
