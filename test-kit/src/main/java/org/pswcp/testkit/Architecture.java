package org.pswcp.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Rules every module's main code keeps, checked by its {@code ArchitectureTest} with ArchUnit. */
public final class Architecture {

    /**
     * One calendar: what day it is comes from the kit's {@code Today} (the organisation's time zone), never from the
     * server's default zone, so that two services never disagree on whether an agreement is active today.
     */
    public static final ArchRule ONE_CALENDAR = noClasses().that()
            .doNotHaveFullyQualifiedName("org.pswcp.kit.time.Today")
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(ZoneId.class, "systemDefault")
            .orShould().callMethod(TimeZone.class, "getDefault")
            .because("what day it is comes from org.pswcp.kit.time.Today, in the organisation's time zone");

    /** The root package of each service; the kit's is {@link #KIT}. */
    public static final List<String> SERVICES = List.of("org.pswcp.framework", "org.pswcp.assessment",
            "org.pswcp.supervision");

    public static final String KIT = "org.pswcp.kit";

    private Architecture() {
    }

    /**
     * Services share nothing but the kit: no class under {@code root} uses another service's classes (they talk only
     * through Kafka), and the kit uses none of any service's.
     */
    public static ArchRule standsAlone(String root) {
        String[] others = SERVICES.stream().filter(service -> !service.equals(root)).map(service -> service + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "..").should().dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("the services share only the kit and talk only through Kafka events");
    }

    /** The packages under {@code root} (one per feature) depend on each other one way only: no cycles. */
    public static ArchRule freeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("a feature that needs another's news reacts to its events rather than being called back");
    }

    /**
     * A resource reads and writes through its own feature's repositories and services: another feature's repository is
     * that feature's to use, behind its own service or view.
     */
    public static final ArchRule RESOURCES_KEEP_TO_THEIR_FEATURE = classes().that().haveSimpleNameEndingWith("Resource")
            .should(new ArchCondition<JavaClass>("use no repository of another feature") {

                @Override
                public void check(JavaClass resource, ConditionEvents events) {
                    for (Dependency dependency : resource.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.getSimpleName().endsWith("Repository") && !target.getPackageName().startsWith(KIT)
                                && !target.getPackageName().equals(resource.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            }).allowEmptyShould(true);

    /** The main (not test) classes of the packages under {@code root}, such as {@code org.pswcp.assessment}. */
    public static JavaClasses mainClasses(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(root);
    }
}
