package org.pswcp.supervision;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.Architecture;

/** The rules of {@link Architecture}, on this module's main code, and this module's own. */
class ArchitectureTest {

    @Test
    void whatDayItIsComesFromTheOrganisationsCalendar() {
        Architecture.ONE_CALENDAR.check(Architecture.mainClasses("org.pswcp.supervision"));
    }

    /** Features depend on one another one way only, so that each can be read, tested and changed on its own. */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.pswcp.supervision.(*)..").should().beFreeOfCycles()
                .check(Architecture.mainClasses("org.pswcp.supervision"));
    }
}
