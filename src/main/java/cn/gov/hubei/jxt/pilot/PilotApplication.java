package cn.gov.hubei.jxt.pilot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulith;

/**
 * 湖北省智能制造试点示范项目管理系统. Each top-level package is a business module; {@code shared} holds value types
 * used by all of them. The scheduled jobs run unless {@code app.scheduling.enabled=false} (platform).
 */
@Modulith(sharedModules = "shared")
@SpringBootApplication
public class PilotApplication {

    public static void main(String[] args) {
        SpringApplication.run(PilotApplication.class, args);
    }
}
