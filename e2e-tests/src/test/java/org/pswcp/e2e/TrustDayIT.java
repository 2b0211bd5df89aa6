package org.pswcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Issue 17's "done means": a trust's day, played as R9A's systems play it against the running services. A dashboard
 * (the HR system's client) reads every service's change feed to its end; the nightly roster file adds a joiner, leaves
 * out a leaver and moves a worker to another team, and is applied after a dry run that says exactly that; the learning
 * system posts two completions, which the joiner's development plan shows as completed units while the area stays
 * unmet; a supervisor reads their team view; HR assesses the organisation on 9.1 and 9.2, rated as whole areas, and
 * another HR account signs it off. The dashboard then follows the feeds with long-polling and ends with exactly the
 * events the day caused: none missing, none twice, none of another organisation.
 *
 * <p>
 * The workers the day touches are this run's own (ids from the clock), so the test passes again on the same stack and
 * in any order with the other tests: the roster file is the organisation's whole roster as it stands, with the day's
 * three differences.
 */
class TrustDayIT {

    private static final String ORGANISATION = "R9A";
    /** R9A is in England: its calendar decides what "today" is for an end date. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    /**
     * Events the clock causes, not a caller: the hourly check announces an agreement that went a period without a
     * session. One may come during the day; it is still checked for its organisation and for duplicates.
     */
    private static final Set<String> CLOCK_DRIVEN = Set.of("org.pswcp.supervision.supervision-overdue.v1");

    private static final String WORKER_UPDATED = "org.pswcp.supervision.worker-updated.v1";
    private static final String LEARNING_RECORDED = "org.pswcp.assessment.learning-recorded.v1";
    private static final String SUBMITTED = "org.pswcp.assessment.submitted.v1";
    private static final String SIGNED_OFF = "org.pswcp.assessment.signed-off.v1";

    @Test
    void aTrustsDayEndsWithExactlyTheEventsItCausedOnEveryFeed() {
        String hrSystem = Stack.clientToken("hr-system-r9a", "hr-r9a-local-secret");
        String learningSystem = Stack.clientToken("learning-system-r9a", "learning-r9a-local-secret");
        String hana = Stack.userToken("hana.hr");
        String sam = Stack.userToken("sam.supervisor");
        String run = String.valueOf(System.currentTimeMillis());
        String joiner = run + "1";
        String leaver = run + "2";
        String mover = run + "3";
        // The shipped framework's publication: other tests publish frameworks of their own, newer ones.
        String published = Stack.as(hana, Stack.ASSESSMENT).get("/v1/framework-versions").then().statusCode(200)
                .extract().path("items.find { it.frameworkCode == 'mh-psw' && it.versionCode == '2020-10' }"
                        + ".versionId");

        // Yesterday: the leaver and the mover are on the roster (pushed one at a time, as before roster files).
        for (String worker : List.of(leaver, mover)) {
            Stack.as(hrSystem, Stack.SUPERVISION)
                    .body("{\"role\":\"PSW\",\"team\":\"Crisis team\",\"startDate\":\"2025-10-01\"}")
                    .put("/v1/workers/" + worker).then().statusCode(201);
        }

        // 1. The dashboard reads each feed to its end and keeps the cursors: what came before the day, yesterday's two
        // workers included, is not its news.
        Map<String, Feed> feeds = new LinkedHashMap<>();
        feeds.put("framework-service", new Feed(Stack.FRAMEWORK, hrSystem));
        feeds.put("assessment-service", new Feed(Stack.ASSESSMENT, hrSystem));
        feeds.put("supervision-service", new Feed(Stack.SUPERVISION, hrSystem));
        feeds.get("framework-service").drain(List.of());
        feeds.get("assessment-service").drain(List.of());
        feeds.get("supervision-service").drain(List.of(WORKER_UPDATED + " workers/" + leaver,
                WORKER_UPDATED + " workers/" + mover));

        // 2. The nightly roster file: the whole roster as it stands, with a joiner, without the leaver, the mover
        // moved.
        String csv = rosterFile(hrSystem, leaver, mover, joiner);
        JsonPath dryRun = Stack.as(hrSystem, Stack.SUPERVISION).contentType("text/csv").body(csv)
                .post("/v1/roster/imports").then().statusCode(202).header("Location", notNullValue())
                .extract().jsonPath();
        String rosterImport = dryRun.getString("id");
        JsonPath ready = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> rosterImport(hrSystem, rosterImport), i -> !List.of("PENDING", "VALIDATING")
                        .contains(i.getString("status")));
        assertThat(ready.getString("status")).isEqualTo("READY");
        assertThat(ready.getInt("errorCount")).isZero();
        assertThat(ready.getInt("counts.added")).isEqualTo(1);
        assertThat(ready.getInt("counts.changed")).isEqualTo(1);
        assertThat(ready.getInt("counts.ended")).isEqualTo(1);
        assertThat(ready.getInt("counts.unchanged")).isEqualTo(ready.getInt("rows") - 2);
        assertThat(ready.getList("changes", Map.class)).extracting(c -> c.get("workerId"), c -> c.get("change"),
                c -> c.get("fields")).containsExactlyInAnyOrder(
                        tuple(joiner, "ADDED", List.of()),
                        tuple(mover, "CHANGED", List.of("team")),
                        tuple(leaver, "ENDED", List.of("endDate")));
        Stack.as(hrSystem, Stack.SUPERVISION).post("/v1/roster/imports/" + rosterImport + "/apply").then()
                .statusCode(202).header("Location", notNullValue());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> rosterImport(hrSystem, rosterImport).getString("status"), "APPLIED"::equals);
        Stack.as(hrSystem, Stack.SUPERVISION).get("/v1/workers/" + leaver).then().statusCode(200)
                .body("endDate", equalTo(TODAY.toString()));
        Stack.as(hrSystem, Stack.SUPERVISION).get("/v1/workers/" + mover).then().statusCode(200)
                .body("team", equalTo("Early Intervention in Psychosis, North")).body("endDate", nullValue());
        Stack.as(hrSystem, Stack.SUPERVISION).get("/v1/workers/" + joiner).then().statusCode(200)
                .body("team", equalTo("Community Mental Health, East"));

        // 3. The learning system posts two completions for the joiner, once assessment-service has them on its roster:
        // the first two units of their plan. Completed units are no met competence: their areas stay goals.
        JsonPath plan = await().atMost(Duration.ofSeconds(30))
                .until(() -> developmentPlan(hana, joiner, published), p -> p != null);
        List<String> units = plan.getList("units.code", String.class).stream().limit(2).toList();
        assertThat(units).as("units of the joiner's plan").hasSize(2);
        List<String> areas = plan.getList("goals.findAll { g -> g.units.any { it.code in ['" + units.get(0) + "', '"
                + units.get(1) + "'] } }.area", String.class);
        assertThat(areas).as("areas those units teach").isNotEmpty();
        List<String> learningRecords = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            learningRecords.add(Stack.as(learningSystem, Stack.ASSESSMENT)
                    .body(Map.of("externalId", "LMS-" + run + "-" + i, "frameworkVersionId", published, "unitCode",
                            units.get(i), "completedOn", TODAY.minusDays(1 + i).toString(), "provider",
                            "North Demo Recovery College"))
                    .post("/v1/workers/" + joiner + "/learning-records").then().statusCode(201)
                    .body("status", equalTo("RECORDED")).extract().path("id"));
        }
        JsonPath completed = developmentPlan(hana, joiner, published);
        assertThat(completed.getList("completedUnits.unitCode", String.class))
                .containsExactlyInAnyOrderElementsOf(units);
        assertThat(completed.getList("completedUnits.learningRecordId", String.class))
                .containsExactlyInAnyOrderElementsOf(learningRecords);
        assertThat(completed.getList("units.findAll { it.completed != null }.code", String.class))
                .containsExactlyInAnyOrderElementsOf(units);
        assertThat(completed.getList("met", String.class)).doesNotContainAnyElementsOf(areas);
        for (String area : areas) {
            assertThat(completed.getString("goals.find { it.area == '" + area + "' }.status")).as(area)
                    .isEqualTo("NOT_ASSESSED");
        }

        // 4. sam, a senior PSW, reads the team view: alex and priya, whom sam supervises, in one response.
        Stack.as(sam, Stack.SUPERVISION).get("/v1/agenda").then().statusCode(200)
                .body("supervisorWorkerId", equalTo("10000010")).body("today", notNullValue())
                .body("supervisees.workerId", hasItems("10000001", "10000002"));

        // 5. hana assesses the organisation on 9.1 and 9.2, areas rated as a whole; the HR system signs it off.
        String organisational = Stack.as(hana, Stack.ASSESSMENT)
                .body("{\"kind\":\"ORGANISATIONAL\",\"frameworkVersionId\":\"" + published
                        + "\",\"scope\":[\"9.1\",\"9.2\"]}")
                .post("/v1/assessments").then().statusCode(201).body("kind", equalTo("ORGANISATIONAL"))
                .extract().path("id");
        Stack.as(hana, Stack.ASSESSMENT).body("{\"ratings\":[{\"areaCode\":\"9.1\",\"value\":2,"
                + "\"comment\":\"Peer roles recruited ad hoc\"},{\"areaCode\":\"9.2\",\"value\":3}]}")
                .put("/v1/assessments/" + organisational + "/ratings").then().statusCode(200);
        Stack.as(hana, Stack.ASSESSMENT).body("{\"title\":\"Supervision policy 2026\",\"kind\":\"DOCUMENT\","
                + "\"areaCodes\":[\"9.2\"]}").post("/v1/assessments/" + organisational + "/evidence").then()
                .statusCode(201);
        Stack.as(hana, Stack.ASSESSMENT).post("/v1/assessments/" + organisational + "/submission").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        Stack.as(hrSystem, Stack.ASSESSMENT).post("/v1/assessments/" + organisational + "/sign-off").then()
                .statusCode(200).body("status", equalTo("SIGNED_OFF"));
        JsonPath summary = Stack.as(hana, Stack.ASSESSMENT).queryParam("frameworkVersionId", published)
                .get("/v1/competence-summary").then().statusCode(200).extract().jsonPath();
        for (Map.Entry<String, Integer> rated : Map.of("9.1", 2, "9.2", 3).entrySet()) {
            String level = "organisationalAreas.find { it.area == '" + rated.getKey() + "' }";
            assertThat(summary.getString(level + ".assessmentId")).isEqualTo(organisational);
            assertThat(summary.getInt(level + ".level.value")).isEqualTo(rated.getValue());
        }

        // 6. The dashboard follows every feed, waiting for news, until the day's events are in; then reads on once
        // more to see that nothing else follows.
        Map<String, List<String>> expected = Map.of(
                "framework-service", List.of(),
                "assessment-service", List.of(
                        LEARNING_RECORDED + " learning-records/" + learningRecords.get(0),
                        LEARNING_RECORDED + " learning-records/" + learningRecords.get(1),
                        SUBMITTED + " assessments/" + organisational,
                        SIGNED_OFF + " assessments/" + organisational),
                "supervision-service", List.of(
                        WORKER_UPDATED + " workers/" + joiner,
                        WORKER_UPDATED + " workers/" + mover,
                        WORKER_UPDATED + " workers/" + leaver));
        await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                .untilAsserted(() -> expected.forEach((service, events) -> {
                    Feed feed = feeds.get(service);
                    if (!feed.dayEvents().containsAll(events)) {
                        feed.follow("5s");
                    }
                    assertThat(feed.dayEvents()).as(service).containsAll(events);
                }));
        feeds.values().forEach(feed -> feed.follow("2s"));

        feeds.forEach((service, feed) -> {
            assertThat(feed.dayEvents()).as("the day's events on %s's feed", service)
                    .containsExactlyInAnyOrderElementsOf(expected.get(service));
            assertThat(feed.ids()).as("event ids on %s's feed", service).doesNotHaveDuplicates();
            assertThat(feed.organisations()).as("organisations on %s's feed", service)
                    .allMatch(ORGANISATION::equals);
        });
        // A supervision event's data is what a single update's would be: the leaver ends today, nothing confidential.
        assertThat(feeds.get("supervision-service").data("workers/" + leaver)).containsEntry("endDate",
                TODAY.toString()).containsEntry("workerId", leaver);
    }

    /**
     * R9A's roster as a CSV file: every worker in post today exactly as the roster holds them, except the leaver (left
     * out), the mover (in another team) and the joiner (new).
     */
    private static String rosterFile(String hr, String leaver, String mover, String joiner) {
        // The roster comes a page at a time: the file must hold all of it, or a full import would end the rest.
        List<Map<String, String>> workers = new ArrayList<>();
        String cursor = null;
        do {
            var request = Stack.as(hr, Stack.SUPERVISION).queryParam("limit", 500);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/v1/workers")
                    .then().statusCode(200).extract().jsonPath();
            workers.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        StringBuilder csv = new StringBuilder("workerId,role,team,startDate,endDate\r\n");
        for (Map<String, String> worker : workers) {
            String endDate = worker.get("endDate");
            if (worker.get("workerId").equals(leaver) || endDate != null && !LocalDate.parse(endDate).isAfter(TODAY)) {
                continue; // an ended worker is not in the nightly file, and is not ended again
            }
            String team = worker.get("workerId").equals(mover)
                    ? "Early Intervention in Psychosis, North"
                    : worker.get("team");
            csv.append(String.join(",", worker.get("workerId"), worker.get("role"), quoted(team),
                    worker.get("startDate"), endDate == null ? "" : endDate)).append("\r\n");
        }
        csv.append(String.join(",", joiner, "PSW", quoted("Community Mental Health, East"), TODAY.toString(), ""))
                .append("\r\n");
        return csv.toString();
    }

    /** RFC 4180: a field in double quotes, its quotes doubled. */
    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static JsonPath rosterImport(String hr, String id) {
        return Stack.as(hr, Stack.SUPERVISION).get("/v1/roster/imports/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    /**
     * The worker's development plan as HR reads it; null while assessment-service has not learned the worker from
     * supervision.events (not found, or a 400 saying their role is not known yet).
     */
    private static JsonPath developmentPlan(String hr, String worker, String version) {
        var response = Stack.as(hr, Stack.ASSESSMENT).queryParam("frameworkVersionId", version)
                .get("/v1/workers/" + worker + "/development-plan");
        if (response.statusCode() == 404 || response.statusCode() == 400) {
            return null;
        }
        return response.then().statusCode(200).extract().jsonPath();
    }

    /**
     * A service's change feed as a dashboard follows it: from a kept cursor, every event once, its id remembered so
     * that one delivered again is dropped, as the README tells a system to do.
     */
    private static final class Feed {

        private final String baseUri;
        private final String token;
        private String cursor;
        private final List<Map<String, Object>> received = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final Set<String> applied = new HashSet<>();

        Feed(String baseUri, String token) {
            this.baseUri = baseUri;
            this.token = token;
        }

        /**
         * Reads to the end of what came before the day, and forgets it: the day starts after it. An event is in the
         * feed once the relay has published it, a moment after its change committed: so the feed is read until the
         * events of the day before (type and subject) are in and then nothing more comes for a second.
         */
        void drain(List<String> before) {
            Set<String> pending = new HashSet<>(before);
            Instant deadline = Instant.now().plusSeconds(60);
            List<Map<String, Object>> events;
            do {
                events = page(pending.isEmpty() ? "1s" : "5s");
                events.forEach(e -> pending.remove(e.get("type") + " " + e.get("subject")));
                assertThat(Instant.now()).as("%s's feed still lacks %s", baseUri, pending).isBefore(deadline);
            } while (!events.isEmpty() || !pending.isEmpty());
            received.clear();
            ids.clear();
        }

        /** Reads on until an answer is empty; the first read waits up to {@code wait} for an event. */
        void follow(String wait) {
            List<Map<String, Object>> events = page(wait);
            while (!events.isEmpty()) {
                events = page("0s");
            }
        }

        private List<Map<String, Object>> page(String wait) {
            var request = Stack.as(token, baseUri).queryParam("limit", 100).queryParam("wait", wait);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> events = page.getList("items");
            for (Map<String, Object> event : events) {
                String id = (String) event.get("id");
                ids.add(id);
                if (applied.add(id)) {
                    received.add(event);
                }
            }
            cursor = page.getString("cursor");
            return events;
        }

        /** The day's events, as "type subject", without those the clock causes. */
        List<String> dayEvents() {
            return received.stream().filter(e -> !CLOCK_DRIVEN.contains(e.get("type")))
                    .map(e -> e.get("type") + " " + e.get("subject")).toList();
        }

        /** Every id delivered since the day began, repeats included. */
        List<String> ids() {
            return ids;
        }

        Set<Object> organisations() {
            return received.stream().map(e -> e.get("organisation")).collect(Collectors.toSet());
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> data(String subject) {
            return received.stream().filter(e -> subject.equals(e.get("subject"))).findFirst()
                    .map(e -> (Map<String, Object>) e.get("data")).orElseThrow();
        }
    }
}
