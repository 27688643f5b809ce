package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "认证")
class MeApiController {

    record Me(String username, String displayName, List<Role> roles, Long enterpriseId, String divisionCode) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the caller is: user name, roles and scope")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                user.enterpriseId().orElse(null), user.divisionCode().orElse(null));
    }
}
