package org.pswcp.assessment;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.Architecture;

/** The rules of {@link Architecture}, on this module's main code. */
class ArchitectureTest {

    @Test
    void whatDayItIsComesFromTheOrganisationsCalendar() {
        Architecture.ONE_CALENDAR.check(Architecture.mainClasses("org.pswcp.assessment"));
    }

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        slices().matching("org.pswcp.assessment.(*)..").should().beFreeOfCycles()
                .check(Architecture.mainClasses("org.pswcp.assessment"));
    }
}
