package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every migration of the three services and of the service kit keeps the previous release working, so that a release
 * can roll out while the previous one still serves (deploy/RUNBOOK.md, "Upgrade"; ./pswcp upgrade-test plays one): see
 * {@link MigrationLint} for the rules and the reviewed {@code -- upgrade: <why>} marker.
 */
class MigrationCompatibilityTest {

    /**
     * Where the migrations are: each service's own (every folder under its db/: its database's, and for
     * supervision-service its key store's, db/keys, which a rolling upgrade shares between two releases just the same),
     * and the kit's (schema kit, in every service's database).
     */
    static final List<String> LOCATIONS = Stream.concat(
            Repo.SERVICES.stream().flatMap(s -> folders(s + "/src/main/resources/db")),
            Stream.of("service-kit/src/main/resources/db/kit")).toList();

    /**
     * Migrations written before the rule, each reviewed with what it does to the release before it. A file listed here
     * must still break a rule (otherwise the entry goes); a new migration never joins this list: it carries the marker
     * on the statement, with its reason, or waits for the next release.
     */
    static final Map<String, String> GRANDFATHERED = Map.of(
            "assessment-service/src/main/resources/db/migration/V5__add_area_ratings_and_evidence_areas.sql",
            "replaces rating's primary key (assessment_id, statement_code) by a unique constraint on the same columns"
                    + " and adds a check that exactly one of statement_code and area_code is set: every rating the"
                    + " release before writes (a statement, no area_code column known to it) passes both, and the"
                    + " pair stays unique as the key kept it",
            "supervision-service/src/main/resources/db/migration/V3__allow_clinical_supervisors_on_roster.sql",
            "drops and re-adds worker_role_check, in one transaction, with one more role allowed: every role the release"
                    + " before writes is still allowed",
            "supervision-service/src/main/resources/db/migration/V5__keep_confidential_content_per_supervisee.sql",
            "renames supervision_session.notes and wellbeing_reflections: the release before would fail on them. It"
                    + " ran before the platform's first release (2026-12-05, no release tag or deployment before the"
                    + " rule came with issue 18); today it would be split: add the new columns and write both, then"
                    + " drop the old ones a release later",
            "service-kit/src/main/resources/db/kit/V3__add_outbox_feed_position.sql",
            "creates a unique index on outbox_event (organisation, feed_position) where feed_position is not null,"
                    + " feed_position being a column this migration adds: the release before never writes it, so no"
                    + " row it writes is in the index");

    @Test
    void noMigrationBreaksThePreviousRelease() {
        var softly = new SoftAssertions();
        List<Path> migrations = migrations();
        assertThat(migrations).as("migrations found in %s", LOCATIONS).hasSizeGreaterThan(10);
        for (Path file : migrations) {
            String name = Repo.ROOT.relativize(file).toString();
            List<MigrationLint.Finding> findings = MigrationLint.check(read(file));
            if (GRANDFATHERED.containsKey(name)) {
                softly.assertThat(findings).as("%s is grandfathered but breaks no rule: remove it from the list", name)
                        .isNotEmpty();
                continue;
            }
            softly.assertThat(findings).as("""
                    %s breaks the release before it, which still runs during a rolling upgrade. Split the change: \
                    expand now (add, keep writing both), contract in the next release; or, if the previous release is \
                    truly not hurt, say why on the line before the statement: -- upgrade: <why it is safe>""", name)
                    .isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void everyGrandfatheredMigrationExistsAndHasAReason() {
        GRANDFATHERED.forEach((file, reason) -> {
            assertThat(Repo.path(file)).as(file).isRegularFile();
            assertThat(reason).as(file).hasSizeGreaterThan(40);
        });
    }

    @Test
    void whatBreaksThePreviousReleaseIsFound() {
        List<String> breaking = List.of(
                "alter table assessment drop column subject_team;",
                "alter table assessment drop subject_team;",
                "drop table evidence;",
                "drop index evidence_by_assessment;",
                "alter table assessment rename column subject_team to team;",
                "alter table assessment rename to assessments;",
                "alter table assessment alter column status type varchar(20);",
                "alter table assessment alter status set data type varchar(20);",
                "alter table assessment alter column subject_team set not null;",
                "alter table assessment add column reviewer text not null;",
                "ALTER TABLE assessment\n    ADD COLUMN reviewer text,\n    ADD COLUMN due date NOT NULL;",
                "alter table rating drop constraint rating_pkey;",
                "alter table assessment alter column version drop default;",
                "alter table worker add constraint worker_team_check check (length(team) < 50);",
                "alter table worker add primary key (worker_id);",
                "create unique index worker_by_team on worker (team);",
                "truncate idempotency_key;",
                "alter table only kit.outbox_event drop column trace_state;");
        for (String sql : breaking) {
            assertThat(MigrationLint.check(sql)).as(sql).hasSize(1);
        }
    }

    @Test
    void whatKeepsThePreviousReleaseWorkingPasses() {
        String sql = """
                -- a new table, changed freely in the same migration: no earlier release knows it
                create table learning_goal (id uuid primary key, title text not null, 'x;y' text);
                alter table learning_goal add column owner text not null;
                alter table learning_goal rename column title to name;
                create unique index learning_goal_by_owner on learning_goal (owner);
                -- additions and relaxations on existing tables
                alter table assessment add column reviewer text;
                alter table assessment add column priority int not null default 0;
                alter table assessment alter column subject_worker_id drop not null, add column due date;
                create index assessment_by_reviewer on assessment (reviewer);
                create index concurrently assessment_by_due on assessment (due);
                update assessment set priority = 1 where kind = 'SELF';
                comment on column assessment.reviewer is 'drop this; rename that';
                create function f() returns trigger language plpgsql as $$ begin drop table x; end; $$;
                -- upgrade: nothing reads area_code_old since release 1.4 (checked in its code)
                alter table rating drop column area_code_old;
                """;
        assertThat(MigrationLint.check(sql)).isEmpty();
    }

    @Test
    void aMarkerNeedsAReason() {
        assertThat(MigrationLint.check("-- upgrade:\nalter table rating drop column area_code;")).hasSize(1);
        assertThat(MigrationLint.check("-- upgrade: ok\nalter table rating drop column area_code;")).hasSize(1);
    }

    @Test
    void findingsNameTheirLine() {
        var findings = MigrationLint.check("create table a (id int);\n\n-- why\nalter table b\n  drop column c;");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.rule()).startsWith("DROP");
        });
    }

    @Test
    void theKeyStoresMigrationsAreChecked() {
        assertThat(LOCATIONS).contains("supervision-service/src/main/resources/db/migration",
                "supervision-service/src/main/resources/db/keys");
    }

    private static Stream<String> folders(String relative) {
        try (Stream<Path> folders = Files.list(Repo.path(relative))) {
            return folders.filter(Files::isDirectory).map(f -> Repo.ROOT.relativize(f).toString()).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> migrations() {
        return LOCATIONS.stream().map(Repo::path).flatMap(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).sorted().toList()
                        .stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
