package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rate;
import static org.pswcp.assessment.Fixtures.rateArea;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The stored area levels (area_attainment), which HR's competence summary counts, stay what the ratings make. Over a
 * varied trust (re-assessments that lower and raise a level, an area rated as a whole, direct observations, outcomes
 * not signed off or of the wrong kind, a worker assessed but not on the roster, a clinician on it, two sign-offs of one
 * worker at the same moment, and a worker whose records are destroyed), the levels are rebuilt from scratch from the
 * ratings, through each worker's competence profile as HR reads it (computed afresh from the signed-off ratings, never
 * from the stored levels), and compared with the stored rows; the summary is computed from the same profiles and
 * compared with the one the service serves.
 */
@QuarkusTest
class AttainmentProjectionTest {

    private static final String ORG = "RP1";
    private static final List<String> INDIVIDUAL_AREAS = List.of("1.1", "1.2", "7.1");

    @Inject
    DataSource db;

    @Test
    void theStoredLevelsAndTheSummaryAreWhatTheRatingsMake() {
        UUID version = Fixtures.publishedVersionWithAreasRatedAsWhole();
        String s1 = Fixtures.newWorkerId();
        String s2 = Fixtures.newWorkerId();
        String sup1 = Fixtures.supervisor(ORG, s1);
        String sup2 = Fixtures.supervisor(ORG, s2);
        String clinician = Fixtures.newWorkerId();
        Fixtures.worker(db, ORG, clinician, "CLINICAL_SUPERVISOR");
        List<String> roster = new ArrayList<>();
        List<String> everyone = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String w = Fixtures.newWorkerId();
            everyone.add(w);
            if (i != 6) { // the seventh is assessed, but not (or no longer) on the roster
                Fixtures.worker(db, ORG, w, i % 3 == 0 ? "SENIOR_PSW" : "PSW");
                roster.add(w);
            }
            Fixtures.agreement(db, ORG, s1, w);
            Fixtures.agreement(db, ORG, s2, w);
        }
        String w0 = everyone.get(0), w1 = everyone.get(1), w2 = everyone.get(2);
        String w4 = everyone.get(4), w5 = everyone.get(5), w6 = everyone.get(6), w7 = everyone.get(7);

        // w0: 1.1 met (3 and 4), then re-assessed lower: developing at 2.
        signedOff(sup1, sup2, "SUPERVISOR", version, w0, id -> rate(sup1, id, "1.1.1.1", 3).statusCode(200));
        signedOff(sup2, sup1, "SUPERVISOR", version, w0, id -> rate(sup2, id, "1.1.1.2", 4).statusCode(200));
        signedOff(sup1, sup2, "DIRECT_OBSERVATION", version, w0, id -> rate(sup1, id, "1.1.1.1", 2).statusCode(200));
        // w1: 1.2 met by an observation; a self-assessment signed off and a supervisor's only submitted count nothing.
        signedOff(sup1, sup2, "DIRECT_OBSERVATION", version, w1, id -> rate(sup1, id, "1.2.1", 4).statusCode(200));
        String self = Fixtures.start(Fixtures.psw(ORG, w1), "SELF", version, null, null);
        rate(Fixtures.psw(ORG, w1), self, "1.1.1.1", 4).statusCode(200);
        post(Fixtures.psw(ORG, w1), "/v1/assessments/" + self + "/submission").statusCode(200);
        post(sup1, "/v1/assessments/" + self + "/sign-off").statusCode(200);
        String unsigned = Fixtures.start(sup1, "SUPERVISOR", version, w1, null);
        rate(sup1, unsigned, "1.1.1.1", 4).statusCode(200);
        rate(sup1, unsigned, "1.1.1.2", 4).statusCode(200);
        post(sup1, "/v1/assessments/" + unsigned + "/submission").statusCode(200);
        // w2: the area rated as a whole, met, then re-assessed: developing; then raised again in 1.1 by halves.
        signedOff(sup1, sup2, "SUPERVISOR", version, w2, id -> rateArea(sup1, id, "7.1", 3).statusCode(200));
        signedOff(sup2, sup1, "SUPERVISOR", version, w2, id -> rateArea(sup2, id, "7.1", 1).statusCode(200));
        signedOff(sup1, sup2, "SUPERVISOR", version, w2, id -> {
            rate(sup1, id, "1.1.1.1", 1).statusCode(200);
            rate(sup1, id, "1.2.1", 3).statusCode(200);
        });
        signedOff(sup2, sup1, "SUPERVISOR", version, w2, id -> {
            rate(sup2, id, "1.1.1.1", 4).statusCode(200);
            rate(sup2, id, "1.1.1.2", 3).statusCode(200);
        });
        // w3: on the roster, never assessed. w4: a supervisor's assessment returned, never signed off.
        String returned = Fixtures.start(sup1, "SUPERVISOR", version, w4, null);
        rate(sup1, returned, "1.2.1", 4).statusCode(200);
        post(sup1, "/v1/assessments/" + returned + "/submission").statusCode(200);
        as(sup2).body("{\"reason\":\"Add evidence\"}").post("/v1/assessments/" + returned + "/return").then()
                .statusCode(200);
        // w5: two assessments of one area signed off at the same moment: the area's level must see both.
        String a = submitted(sup1, "SUPERVISOR", version, w5, id -> rate(sup1, id, "1.1.1.1", 3).statusCode(200));
        String b = submitted(sup2, "SUPERVISOR", version, w5, id -> rate(sup2, id, "1.1.1.2", 4).statusCode(200));
        CompletableFuture<Integer> first = CompletableFuture
                .supplyAsync(() -> Fixtures.as(sup2).post("/v1/assessments/" + a + "/sign-off").statusCode());
        CompletableFuture<Integer> second = CompletableFuture
                .supplyAsync(() -> Fixtures.as(sup1).post("/v1/assessments/" + b + "/sign-off").statusCode());
        assertThat(List.of(first.join(), second.join())).containsExactly(200, 200);
        // w6: assessed, not on the roster. w7: assessed, and then their records are destroyed.
        signedOff(sup1, sup2, "SUPERVISOR", version, w6, id -> rate(sup1, id, "1.2.1", 2).statusCode(200));
        signedOff(sup1, sup2, "SUPERVISOR", version, w7, id -> {
            rate(sup1, id, "1.2.1", 3).statusCode(200);
            rate(sup1, id, "1.1.1.1", 2).statusCode(200);
        });

        Map<String, Map<String, Level>> rebuilt = rebuiltFromRatings(everyone, version);
        assertThat(stored(version)).isEqualTo(withoutUnassessed(rebuilt));
        assertThat(rebuilt.get(w5).get("1.1")).isEqualTo(new Level("MET", 3));
        assertThat(rebuilt.get(w0).get("1.1")).isEqualTo(new Level("DEVELOPING", 2));
        assertThat(rebuilt.get(w2).get("7.1")).isEqualTo(new Level("DEVELOPING", 1));
        assertThat(rebuilt.get(w2).get("1.1")).isEqualTo(new Level("MET", 3));
        String served = summary(version);
        assertSummary(served, expectedSummary(rebuilt, roster, version));
        // Everyone is counted once: on the roster, or assessed (w6), or both; the clinician is not.
        assertThat(JsonPath.from(served).getLong("workers")).isEqualTo(everyone.size());

        // w7's records are destroyed: their rows go, and the summary keeps its totals.
        ProducerRecord<String, String> destruction = CloudEvents.event(Events.SUPERVISION_TOPIC, w7,
                Events.WORKER_RECORDS_DESTROYED, ORG, EventContracts.valid(Events.WORKER_RECORDS_DESTROYED,
                        "{\"workerId\":\"" + w7 + "\",\"organisation\":\"" + ORG
                                + "\",\"destroyedAt\":\"2026-12-05T10:00:00Z\",\"decisionId\":\"" + UUID.randomUUID()
                                + "\"}"));
        CloudEvents.send(destruction);
        Fixtures.awaitRows(db, "select count(*) from kit.inbox_event where event_id = ?", 1,
                new String(destruction.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
        assertThat(new Db(db).count("select count(*) from area_attainment where organisation = ? and worker_id = ?",
                ORG, w7)).isZero();
        List<String> remaining = everyone.stream().filter(w -> !w.equals(w7)).toList();
        assertThat(stored(version)).isEqualTo(withoutUnassessed(rebuiltFromRatings(remaining, version)));
        assertThat(summary(version)).isEqualTo(served);
    }

    /** The level of an area: its status, and the lowest rated value (null when not assessed). */
    record Level(String status, Integer value) {
    }

    /** Starts an assessment by {@code author}, rates it, submits it; {@code signer} signs it off. */
    private static void signedOff(String author, String signer, String kind, UUID version, String worker,
            Consumer<String> ratings) {
        String id = submitted(author, kind, version, worker, ratings);
        post(signer, "/v1/assessments/" + id + "/sign-off").statusCode(200);
    }

    private static String submitted(String author, String kind, UUID version, String worker,
            Consumer<String> ratings) {
        String id = Fixtures.start(author, kind, version, worker, null);
        ratings.accept(id);
        post(author, "/v1/assessments/" + id + "/submission").statusCode(200);
        return id;
    }

    /**
     * Each worker's level in each individual area, made afresh from their signed-off ratings: their competence profile
     * as HR reads it.
     */
    private static Map<String, Map<String, Level>> rebuiltFromRatings(List<String> workers, UUID version) {
        Map<String, Map<String, Level>> levels = new TreeMap<>();
        for (String worker : workers) {
            JsonPath profile = as(Fixtures.hr(ORG)).get("/v1/workers/" + worker + "/competence-profile"
                    + "?frameworkVersionId=" + version).then().statusCode(200).extract().jsonPath();
            Map<String, Level> areas = new TreeMap<>();
            for (Map<String, Object> area : profile.<Map<String, Object>> getList("areas")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> level = (Map<String, Object>) area.get("level");
                areas.put((String) area.get("code"), new Level((String) area.get("status"),
                        level == null ? null : ((Number) level.get("value")).intValue()));
            }
            assertThat(areas.keySet()).containsExactlyElementsOf(INDIVIDUAL_AREAS);
            levels.put(worker, areas);
        }
        return levels;
    }

    /** What the store should hold: a row for each area a worker has been assessed in. */
    private static Map<String, Map<String, Level>> withoutUnassessed(Map<String, Map<String, Level>> levels) {
        Map<String, Map<String, Level>> held = new TreeMap<>();
        levels.forEach((worker, areas) -> areas.forEach((area, level) -> {
            if (!"NOT_ASSESSED".equals(level.status())) {
                held.computeIfAbsent(worker, w -> new TreeMap<>()).put(area, level);
            }
        }));
        return held;
    }

    /** The stored levels of the organisation's workers in the version's individual areas. */
    private Map<String, Map<String, Level>> stored(UUID version) {
        Map<String, Map<String, Level>> held = new TreeMap<>();
        for (Object[] row : new Db(db).rows("select worker_id, area_code, status, level_value from area_attainment"
                + " where organisation = ? and framework_version_id = ?", ORG, version)) {
            if (INDIVIDUAL_AREAS.contains((String) row[1])) {
                held.computeIfAbsent((String) row[0], w -> new TreeMap<>()).put((String) row[1],
                        new Level((String) row[2], row[3] == null ? null : ((Number) row[3]).intValue()));
            }
        }
        return held;
    }

    private static String summary(UUID version) {
        return as(Fixtures.hr(ORG)).get("/v1/competence-summary?frameworkVersionId=" + version).then().statusCode(200)
                .extract().asString();
    }

    /**
     * HR's summary as the ratings make it: every worker on the roster (clinicians aside) or with a signed-off outcome,
     * counted by their status in each area.
     */
    private static Map<String, Object> expectedSummary(Map<String, Map<String, Level>> levels, List<String> roster,
            UUID version) {
        Map<String, long[]> counts = new TreeMap<>();
        INDIVIDUAL_AREAS.forEach(a -> counts.put(a, new long[3]));
        long workers = 0;
        for (var worker : levels.entrySet()) {
            boolean assessed = worker.getValue().values().stream().anyMatch(l -> l.value() != null);
            if (!assessed && !roster.contains(worker.getKey())) {
                continue;
            }
            workers++;
            worker.getValue().forEach((area, level) -> counts.get(area)[switch (level.status()) {
                case "MET" -> 0;
                case "DEVELOPING" -> 1;
                default -> 2;
            }]++);
        }
        Map<String, Object> expected = new HashMap<>();
        expected.put("workers", workers);
        expected.put("counts", counts);
        return expected;
    }

    private static void assertSummary(String served, Map<String, Object> expected) {
        JsonPath summary = JsonPath.from(served);
        assertThat(summary.getLong("workers")).isEqualTo(expected.get("workers"));
        @SuppressWarnings("unchecked")
        Map<String, long[]> counts = (Map<String, long[]>) expected.get("counts");
        Map<String, long[]> servedCounts = new TreeMap<>();
        for (Map<String, Object> area : summary.<Map<String, Object>> getList("areas")) {
            servedCounts.put((String) area.get("area"), new long[]{((Number) area.get("met")).longValue(),
                    ((Number) area.get("developing")).longValue(), ((Number) area.get("notAssessed")).longValue()});
        }
        assertThat(servedCounts).containsOnlyKeys(counts.keySet());
        counts.forEach((area, count) -> assertThat(servedCounts.get(area)).as(area).containsExactly(count));
    }
}
