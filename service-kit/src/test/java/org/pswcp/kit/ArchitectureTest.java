package org.pswcp.kit;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.Architecture;

/** The rules of {@link Architecture}, on this module's main code. */
class ArchitectureTest {

    @Test
    void whatDayItIsComesFromTheOrganisationsCalendar() {
        Architecture.ONE_CALENDAR.check(Architecture.mainClasses("org.pswcp.kit"));
    }
}
