package cn.gov.hubei.jxt.pilot.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names the objects of one type that entries point at ({@code AuditRecord.target(type, id)}), so that the audit
 * administrator reads "账号 zhangsan（张三）" instead of "user_account 10". A module that owns a type provides a bean;
 * the audit module calls it only when showing entries, so it still depends on no other module. An id that no longer
 * resolves (or a type without a bean) is shown as its type's name and the id.
 */
public interface AuditTargetNames {

    /** The object type, as given to {@code AuditRecord.Builder.target}. */
    String targetType();

    /** The names of those of {@code ids} that exist, by id. */
    Map<String, String> names(Collection<String> ids);
}
