package org.pswcp.supervision;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.Architecture;

import com.tngtech.archunit.core.domain.JavaClasses;

/** The rules of {@link Architecture}, on this module's main code. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = Architecture.mainClasses("org.pswcp.supervision");

    @Test
    void whatDayItIsComesFromTheOrganisationsCalendar() {
        Architecture.ONE_CALENDAR.check(CLASSES);
    }

    @Test
    void itUsesNoServicesClassesButItsOwn() {
        Architecture.standsAlone("org.pswcp.supervision").check(CLASSES);
    }

    @Test
    void itsPackagesHaveNoCycles() {
        Architecture.freeOfCycles("org.pswcp.supervision").check(CLASSES);
    }

    @Test
    void resourcesUseOnlyTheirOwnFeaturesRepositories() {
        Architecture.RESOURCES_KEEP_TO_THEIR_FEATURE.check(CLASSES);
    }
}
