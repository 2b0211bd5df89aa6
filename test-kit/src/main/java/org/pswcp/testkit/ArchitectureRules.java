package org.pswcp.testkit;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The rules of {@link Architecture} as tests, on one module's main code: each module's {@code ArchitectureTest} extends
 * this with its root package.
 */
public abstract class ArchitectureRules {

    private final String root;
    private final JavaClasses classes;

    protected ArchitectureRules(String root) {
        this.root = root;
        this.classes = Architecture.mainClasses(root);
    }

    @Test
    void whatDayItIsComesFromTheOrganisationsCalendar() {
        Architecture.ONE_CALENDAR.check(classes);
    }

    @Test
    void itUsesNoServicesClassesButItsOwn() {
        Architecture.standsAlone(root).check(classes);
    }

    @Test
    void itsPackagesHaveNoCycles() {
        Architecture.freeOfCycles(root).check(classes);
    }

    @Test
    void resourcesUseOnlyTheirOwnFeaturesRepositories() {
        Architecture.RESOURCES_KEEP_TO_THEIR_FEATURE.check(classes);
    }
}
