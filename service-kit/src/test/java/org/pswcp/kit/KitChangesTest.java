package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.destruction.KitRecords;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutboxPurges;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.sample.SampleService;
import org.pswcp.testkit.Db;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The change feed over HTTP ({@code GET /v1/changes}) as the kit's sample application serves it. Each test follows the
 * feed of an organisation of its own, so what other tests publish does not show in it.
 */
@QuarkusTest
class KitChangesTest {

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    KitRecords kitRecords;

    @Inject
    OutboxPurges purges;

    @Test
    void followerReadsEveryEventOnceInPublicationOrderPageByPage() {
        String org = newOrganisation();
        List<UUID> samples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            samples.add(created(org, Samples.uniqueTitle()));
        }
        awaitPublished(samples);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        List<Integer> pageSizes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonPath page = changes(org, cursor, "limit=2");
            pageSizes.add(page.getList("items").size());
            seen.addAll(page.getList("items.data.sampleId"));
            cursor = page.getString("cursor");
        }
        assertThat(pageSizes).containsExactly(2, 2, 1, 0);
        assertThat(seen).containsExactlyElementsOf(samples.stream().map(UUID::toString).toList());
        assertThat(changes(org, cursor, "").getString("cursor")).as("an empty answer keeps the cursor")
                .isEqualTo(cursor);

        JsonPath first = changes(org, null, "limit=1");
        UUID sample = samples.get(0);
        Object eventId = db().single("select id from kit.outbox_event where subject = ?", "samples/" + sample);
        assertThat(first.getString("items[0].specversion")).isEqualTo("1.0");
        assertThat(first.getString("items[0].id")).isEqualTo(eventId.toString());
        assertThat(first.getString("items[0].type")).isEqualTo(SampleService.CREATED);
        assertThat(first.getString("items[0].source")).isEqualTo("urn:pswcp:kit-test");
        assertThat(first.getString("items[0].subject")).isEqualTo("samples/" + sample);
        assertThat(first.getString("items[0].dataref")).isEqualTo("/samples/" + sample);
        assertThat(first.getString("items[0].organisation")).isEqualTo(org);
        assertThat(first.getString("items[0].datacontenttype")).isEqualTo("application/json");
        assertThat(Instant.parse(first.getString("items[0].time"))).isBefore(Instant.now());
        assertThat(first.getString("items[0].data.sampleId")).isEqualTo(sample.toString());
    }

    @Test
    void anotherOrganisationsEventsNeverAppear() {
        String org = newOrganisation();
        String other = newOrganisation();
        UUID theirs = created(other, Samples.uniqueTitle());
        UUID ours = created(org, Samples.uniqueTitle());
        awaitPublished(List.of(theirs, ours));

        assertThat(changes(org, null, "").getList("items.data.sampleId", String.class))
                .containsExactly(ours.toString());
        assertThat(changes(other, null, "").getList("items.data.sampleId", String.class))
                .containsExactly(theirs.toString());
    }

    @Test
    void eventsNotYetPublishedDoNotAppear() throws Exception {
        String org = newOrganisation();
        UUID held = UUID.randomUUID();
        // Written, but its next attempt is a day away: the relay leaves it unpublished.
        db().update("insert into kit.outbox_event (id, topic, event_key, type, source, subject, organisation, payload,"
                + " created_at, next_attempt_at) values (?, ?, ?, ?, 'urn:pswcp:kit-test', ?, ?, ?, now(),"
                + " now() + interval '1 day')", held, Samples.TOPIC, held.toString(), SampleService.CREATED,
                "samples/" + held, org, "{\"sampleId\":\"" + held + "\",\"title\":\"held\"}");
        UUID sent = created(org, Samples.uniqueTitle());
        awaitPublished(List.of(sent));

        assertThat(changes(org, null, "").getList("items.data.sampleId", String.class))
                .containsExactly(sent.toString());
        db().update("delete from kit.outbox_event where id = ?", held);
    }

    @Test
    void eventsOfDestroyedRecordsNeverAppear() throws Exception {
        String org = newOrganisation();
        UUID forgotten = created(org, Samples.uniqueTitle());
        UUID kept = created(org, Samples.uniqueTitle());
        awaitPublished(List.of(forgotten, kept));

        QuarkusTransaction.requiringNew()
                .run(() -> kitRecords.forget(org, forgotten.toString(), List.of(), Instant.now()));
        db().update("delete from sample_record where id = ?", forgotten); // as a destruction would

        assertThat(changes(org, null, "").getList("items.data.sampleId", String.class))
                .containsExactly(kept.toString());
    }

    @Test
    void transactionThatCommitsLateIsNotSkipped() throws Exception {
        String org = newOrganisation();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        UUID earlySample = UUID.randomUUID();
        UUID lateSample = UUID.randomUUID();
        for (UUID sample : List.of(earlySample, lateSample)) {
            db().update("insert into sample_record (id, organisation, title, quantity) values (?, ?, 'concurrent', 1)",
                    sample, org);
        }
        CompletableFuture<UUID> early = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    UUID id = outbox.record(sampleEvent(org, earlySample));
                    recorded.countDown();
                    assertThat(commit.await(20, TimeUnit.SECONDS)).isTrue();
                    return id;
                }));
        assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
        UUID second = QuarkusTransaction.requiringNew().call(() -> outbox.record(sampleEvent(org, lateSample)));

        // The event recorded second commits first, and the follower reads past it.
        JsonPath before = await().atMost(Duration.ofSeconds(10)).until(() -> changes(org, null, ""),
                page -> !page.getList("items").isEmpty());
        assertThat(before.getList("items.id", String.class)).containsExactly(second.toString());

        commit.countDown();
        UUID first = early.get(10, TimeUnit.SECONDS);
        assertThat(first).as("ids are taken before commit: the late one has the smaller id").isLessThan(second);
        JsonPath after = changes(org, before.getString("cursor"), "wait=10s");
        assertThat(after.getList("items.id", String.class)).containsExactly(first.toString());
    }

    @Test
    void longPollAnswersAsSoonAsAnEventIsPublished() throws Exception {
        String org = newOrganisation();
        String cursor = changes(org, null, "").getString("cursor");
        CompletableFuture<JsonPath> poll = CompletableFuture.supplyAsync(() -> changes(org, cursor, "wait=30s"));
        Thread.sleep(500); // the poll is waiting (an event before it would be answered at once all the same)

        UUID sample = created(org, Samples.uniqueTitle());

        JsonPath answer = poll.get(10, TimeUnit.SECONDS); // well before the 30 s wait ends
        assertThat(answer.getList("items.data.sampleId", String.class)).containsExactly(sample.toString());
        assertThat(answer.getString("cursor")).isNotEqualTo(cursor);
    }

    @Test
    void pollThatGivesUpLeavesTheOthersWaiting() throws Exception {
        String org = newOrganisation();
        String cursor = changes(org, null, "").getString("cursor");
        CompletableFuture<JsonPath> patient = CompletableFuture.supplyAsync(() -> changes(org, cursor, "wait=20s"));
        JsonPath impatient = changes(org, cursor, "wait=1s");
        assertThat(impatient.getList("items")).isEmpty();

        UUID sample = created(org, Samples.uniqueTitle());

        assertThat(patient.get(10, TimeUnit.SECONDS).getList("items.data.sampleId", String.class))
                .containsExactly(sample.toString());
        assertThat(changes(org, cursor, "wait=10s").getList("items.data.sampleId", String.class))
                .containsExactly(sample.toString());
    }

    @Test
    void longPollWithNothingNewAnswersEmptyWithTheSameCursor() {
        String org = newOrganisation();
        String cursor = changes(org, null, "").getString("cursor");
        long started = System.nanoTime();

        JsonPath answer = changes(org, cursor, "wait=1s");

        assertThat(answer.getList("items")).isEmpty();
        assertThat(answer.getString("cursor")).isEqualTo(cursor);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void cursorOlderThanTheEventsKeptIsGoneAndTheFeedStartsAgainWithoutIt() throws Exception {
        String org = newOrganisation();
        UUID read = created(org, Samples.uniqueTitle());
        awaitPublished(List.of(read));
        String cursor = changes(org, null, "").getString("cursor");
        UUID missed = created(org, Samples.uniqueTitle());
        awaitPublished(List.of(missed));
        db().update("update kit.outbox_event set published_at = now() - interval '30 days' where organisation = ?",
                org);

        assertThat(purges.purge(Duration.ofDays(14))).isGreaterThanOrEqualTo(2);
        db().update("delete from sample_record where organisation = ?", org); // their events are gone: so are they

        given().header("Authorization", Samples.hr(org)).queryParam("after", cursor).get("/v1/changes").then()
                .spec(problem(410, "gone"));
        String restart = changes(org, null, "").getString("cursor");
        assertThat(changes(org, restart, "").getList("items")).isEmpty();
        UUID next = created(org, Samples.uniqueTitle());
        assertThat(changes(org, restart, "wait=10s").getList("items.data.sampleId", String.class))
                .containsExactly(next.toString());
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        String hr = Samples.hr(newOrganisation());
        for (String[] bad : new String[][]{{"after", "not-a-cursor"}, {"limit", "0"}, {"limit", "501"},
                {"wait", "31s"}, {"wait", "soon"}, {"wait", "-PT1S"}}) {
            given().header("Authorization", hr).queryParam(bad[0], bad[1]).get("/v1/changes").then()
                    .spec(problem(400, "validation-failed")).body("errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void onlyHrOfTheOrganisationMayFollowChanges() {
        given().get("/v1/changes").then().spec(problem(401, "unauthenticated"));
        given().header("Authorization", org.pswcp.testkit.Tokens.user("aud").roles("auditor").organisation("R9A")
                .bearer()).get("/v1/changes").then().spec(problem(403, "forbidden"));
        given().header("Authorization", Samples.hr("R9A")).get("/v1/changes").then().statusCode(200);
    }

    private static OutgoingEvent sampleEvent(String org, UUID sample) {
        return OutgoingEvent.of(Samples.TOPIC, SampleService.CREATED, sample.toString(), "samples/" + sample,
                new SampleService.SampleCreated(sample, "concurrent")).organisation(org);
    }

    private static JsonPath changes(String org, String cursor, String query) {
        var request = given().header("Authorization", Samples.hr(org));
        if (cursor != null) {
            request.queryParam("after", cursor);
        }
        return request.get("/v1/changes" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200).extract()
                .jsonPath();
    }

    private static UUID created(String org, String title) {
        return UUID.fromString(Samples.create(Samples.hr(org), title).then().statusCode(201).extract().path("id"));
    }

    private void awaitPublished(List<UUID> samples) {
        for (UUID sample : samples) {
            await().atMost(Duration.ofSeconds(15)).until(() -> db().single(
                    "select feed_position from kit.outbox_event where subject = ?", "samples/" + sample) != null);
        }
    }

    private Db db() {
        return new Db(dataSource);
    }

    /** An organisation of the test's own: its feed holds only what the test does. */
    private static String newOrganisation() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 4; i++) {
            code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return code.toString();
    }
}
