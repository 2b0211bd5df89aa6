package org.pswcp.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

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

    private Architecture() {
    }

    /** The main (not test) classes of the packages under {@code root}, such as {@code org.pswcp.assessment}. */
    public static JavaClasses mainClasses(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(root);
    }
}
