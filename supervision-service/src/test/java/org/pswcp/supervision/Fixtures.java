package org.pswcp.supervision;

import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

final class Fixtures {

    private Fixtures() {
    }

    static String psw(String organisation, String workerId) {
        return Tokens.user("psw-" + workerId).roles(Roles.PSW).organisation(organisation).workerId(workerId)
                .bearer();
    }

    static String hr(String organisation) {
        return Tokens.user("hr-" + organisation).roles(Roles.HR).organisation(organisation).bearer();
    }

    static String newWorkerId() {
        return String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
    }

    static String workerJson(String team) {
        return "{\"role\":\"PSW\",\"team\":\"" + team + "\",\"startDate\":\"2025-04-01\"}";
    }
}
