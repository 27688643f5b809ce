package cn.gov.hubei.jxt.pilot;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers inside a module (docs/architecture.md): {@code web/} controllers, the root package as the module's API,
 * {@code internal/} persistence and infrastructure; domain types without web, Thymeleaf or servlet imports; time only
 * from the injected {@link Clock}. Main code only. An exception is listed by class with its reason.
 */
@AnalyzeClasses(packages = "cn.gov.hubei.jxt.pilot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "cn.gov.hubei.jxt.pilot.";

    /** A class's module (first package below the root), and its layer there: web, internal or the API (root). */
    record Place(String module, String layer) {

        static Optional<Place> of(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith(ROOT)) {
                return Optional.empty();
            }
            String[] parts = name.substring(ROOT.length()).split("\\.");
            String layer = parts.length > 1 && (parts[1].equals("web") || parts[1].equals("internal")) ? parts[1] : "api";
            return Optional.of(new Place(parts[0], layer));
        }
    }

    /**
     * Classes of the root API that use their own module's {@code internal} package today, with the reason; nothing
     * else may.
     */
    static final Map<String, String> API_USING_OWN_INTERNAL = Map.of(
            ROOT + "documents.ApplicationDocuments", "a facade over the renderers in documents.internal",
            ROOT + "documents.SummaryTableDocuments", "a facade over the renderers in documents.internal",
            ROOT + "enterprise.Enterprises", "a service class in the root package over its internal stores",
            ROOT + "identity.UserAdministration", "a service class in the root package over its internal stores",
            ROOT + "identity.PasswordChanges", "a service class in the root package over its internal stores");

    /** Classes outside {@code web} packages that use servlet, Spring MVC or Thymeleaf types, with the reason. */
    static final Map<String, String> WEB_TYPES_OUTSIDE_WEB = Map.of(
            ROOT + "platform.RequestLogging", "the servlet filter that gives each request its id and log context",
            ROOT + "platform.DatabaseUnavailable", "the servlet filter that answers 503 while the database is away",
            ROOT + "identity.internal.BearerTokenFilter", "a Spring Security filter: the API's bearer tokens",
            ROOT + "identity.internal.PasswordChangeRequiredFilter",
            "a Spring Security filter: a forced password change before anything else",
            ROOT + "identity.internal.LoginHandlers", "Spring Security's login success and failure handlers",
            ROOT + "identity.internal.ProblemResponses",
            "problem+json answers of the security filter chain, written to the servlet response",
            ROOT + "identity.internal.AccountSessions", "ends an account's HTTP sessions (Spring Session)",
            ROOT + "audit.internal.AuditOrigin", "the client address and request id of the request being audited");

    private static final String PERMISSIONS = "the permission predicates take the caller's Authentication as the web "
            + "layer has it (CurrentUser.of(Authentication))";

    /** Classes outside {@code web} packages and the identity module that use Spring Security, with the reason. */
    static final Map<String, String> SECURITY_OUTSIDE_WEB = Map.of(
            ROOT + "platform.RequestLogging", "puts the signed-in user in the log context",
            ROOT + "audit.internal.AuditOrigin", "the signed-in user who acts, for the audit entry",
            ROOT + "audit.internal.AuditChainEndpoint", "the actuator endpoint is the audit administrator's only");

    /** Classes that name the zone rather than read it from the Clock, with the reason. */
    static final Map<String, String> ZONE_ID_OF = zoneIdOf();

    /** Classes that read the system clock rather than the injected one, with the reason. */
    static final Map<String, String> SYSTEM_CLOCK = Map.of(
            ROOT + "platform.EmbeddedPostgresLauncher", "waits for the database process: a real timeout, not a rule",
            ROOT + "files.internal.BlobDirectory", "compares with the file system's modification times");

    private static Map<String, String> zoneIdOf() {
        Map<String, String> exceptions = new java.util.TreeMap<>();
        exceptions.put(ROOT + "platform.ClockConfiguration", "the one place that names the zone: the Clock's");
        return exceptions;
    }

    @ArchTest
    static final ArchRule webPackagesAreUsedByNobodyButSpring = classes()
            .should(haveNoDependency("use another package's web classes (controllers and their forms are for Spring)",
                    (origin, target) -> target.layer().equals("web")
                            && !(origin.layer().equals("web") && origin.module().equals(target.module()))))
            .because("a module's web package holds its controllers, found and called by Spring only");

    @ArchTest
    static final ArchRule internalPackagesAreNotUsedFromAnotherModule = classes()
            .should(haveNoDependency("use another module's internal classes",
                    (origin, target) -> target.layer().equals("internal") && !origin.module().equals(target.module())))
            .because("other modules use a module through its root package (its API) or its events");

    @ArchTest
    static final ArchRule theApiDoesNotDependOnItsWebPackage = classes()
            .should(haveNoDependency("use its own module's web classes",
                    (origin, target) -> origin.layer().equals("api") && origin.module().equals(target.module())
                            && target.layer().equals("web")))
            .because("the root package is the module's API: the web layer calls it, not the reverse");

    @ArchTest
    static final ArchRule theApiDoesNotDependOnItsInternalPackage = classes()
            .that(notListedIn("API_USING_OWN_INTERNAL", API_USING_OWN_INTERNAL))
            .should(haveNoDependency("use its own module's internal classes",
                    (origin, target) -> origin.layer().equals("api") && origin.module().equals(target.module())
                            && target.layer().equals("internal")))
            .because("the root package is the module's API, which internal implements (interfaces, events, values)");

    @ArchTest
    static final ArchRule noServletMvcOrThymeleafOutsideWebPackages = noClasses()
            .that(are("outside web packages", ArchitectureTest::outsideWeb))
            .and(notListedIn("WEB_TYPES_OUTSIDE_WEB", WEB_TYPES_OUTSIDE_WEB))
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..",
                    "org.springframework.web.bind..", "org.springframework.ui..", "org.thymeleaf..")
            .because("domain types carry no web or Thymeleaf imports; controllers bind form records");

    @ArchTest
    static final ArchRule springSecurityOnlyInWebPackagesAndIdentity = noClasses()
            .that(are("outside web packages and the identity module",
                    type -> outsideWeb(type) && Place.of(type).map(p -> !p.module().equals("identity")).orElse(true)))
            .and(notListedIn("SECURITY_OUTSIDE_WEB", SECURITY_OUTSIDE_WEB))
            .and(are("not a module's permission predicates (" + PERMISSIONS + ")",
                    type -> !permissionPredicates(type)))
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security..")
            .because("who the caller is reaches a module's services as a CurrentUser, from its web layer");

    @ArchTest
    static final ArchRule noZoneIdOfInMainCode = noClasses()
            .that(notListedIn("ZONE_ID_OF", ZONE_ID_OF))
            .should().callMethod(java.time.ZoneId.class, "of", String.class)
            .because("the time zone comes from the injected Clock (clock.getZone())");

    @ArchTest
    static final ArchRule noTimeWithoutTheClock = noClasses()
            .that(notListedIn("SYSTEM_CLOCK", SYSTEM_CLOCK))
            .should().callMethodWhere(readsTheSystemClock())
            .because("every rule reads the injected Clock, which tests move: LocalDate.now(clock), clock.instant()");

    /** {@code now()} or {@code now(ZoneId)} of a java.time type: the system clock rather than the injected one. */
    private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("java.time.*.now() without a Clock", call ->
                call.getTargetOwner().getPackageName().equals("java.time")
                        && call.getName().equals("now")
                        && !call.getTarget().getRawParameterTypes().stream()
                        .map(JavaClass::getName).toList().equals(List.of(Clock.class.getName())));
    }

    private static boolean outsideWeb(JavaClass type) {
        return Place.of(type).map(p -> !p.layer().equals("web") && !p.module().equals("web")).orElse(true);
    }

    private static DescribedPredicate<JavaClass> notListedIn(String name, Map<String, String> exceptions) {
        return are("not listed in " + name, type -> !exceptions.containsKey(type.getName())
                && !exceptions.containsKey(type.getName().replaceAll("\\$.*", "")));
    }

    private static DescribedPredicate<JavaClass> are(String description, java.util.function.Predicate<JavaClass> test) {
        return DescribedPredicate.describe(description, test::test);
    }

    /** No dependency from a class of the project to another of the project for which {@code forbidden} holds. */
    private static ArchCondition<JavaClass> haveNoDependency(String description, BiPredicate<Place, Place> forbidden) {
        return new ArchCondition<>("not " + description) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<Place> origin = Place.of(type);
                if (origin.isEmpty()) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<Place> place = Place.of(target);
                    if (place.isPresent() && forbidden.test(origin.get(), place.get())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** A module's permission predicates: {@code <Module>Permissions} in the module's root package. */
    static boolean permissionPredicates(com.tngtech.archunit.core.domain.JavaClass type) {
        return type.getSimpleName().endsWith("Permissions")
                && Place.of(type).map(p -> type.getPackageName().equals(ROOT + p.module())).orElse(false);
    }
}
