package org.pswcp.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.pswcp.testkit.Problems;

import io.restassured.response.Response;

/**
 * A role × endpoint table, as the access tests write it: a header line {@code caller organisation <endpoint>...}, then
 * a line per caller with the expected outcome per endpoint: a status, and for a list {@code 200+} (it shows the
 * resource) or {@code 200-} (it does not).
 */
final class AccessMatrix {

    private static final Map<Integer, String> SLUGS = Map.of(400, "validation-failed", 401, "unauthenticated", 403,
            "forbidden", 404, "not-found");

    private AccessMatrix() {
    }

    /** One argument set per cell: endpoint, caller, organisation, expected outcome. */
    static Stream<Arguments> cells(String matrix) {
        String[] header = matrix.lines().findFirst().orElseThrow().trim().split("\\s+");
        List<String> endpoints = List.of(header).subList(2, header.length);
        List<Arguments> cells = new ArrayList<>();
        for (String row : matrix.lines().skip(1).toList()) {
            String[] cell = row.trim().split("\\s+");
            for (int i = 0; i < endpoints.size(); i++) {
                cells.add(arguments(endpoints.get(i), cell[0], cell[1], cell[i + 2]));
            }
        }
        return cells.stream();
    }

    /** The expected status, as a problem of the status's type when it is an error. */
    static int assertStatus(Response response, String expected, String cell) {
        int status = Integer.parseInt(expected.substring(0, 3));
        assertThat(response.statusCode()).as(cell).isEqualTo(status);
        if (status >= 400) {
            response.then().spec(Problems.problem(status, SLUGS.get(status)));
        }
        return status;
    }

    /** For a list cell ({@code 200+} or {@code 200-}): whether the listed ids are exactly the one shown, or none. */
    static void assertListed(List<String> listed, String shown, String expected, String cell) {
        if (expected.endsWith("+") || expected.endsWith("-")) {
            assertThat(listed).as(cell).isEqualTo(expected.endsWith("+") ? List.of(shown) : List.of());
        }
    }
}
