package org.pswcp.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of supervision-service ({@code supervision.*}). */
@ConfigMapping(prefix = "supervision")
public interface SupervisionConfig {

    /** How confidential session content is encrypted at rest. */
    Confidential confidential();

    /** How long a worker's records are kept after their last day in post, unless their organisation says otherwise. */
    Retention retention();

    interface Retention {

        /**
         * Whole years after the worker's end date before their records are put before a records manager: the NHS
         * Records Management Code of Practice keeps staff records 6 years after the person leaves. Each organisation
         * may set its own ({@code PUT /v1/retention/policy}), from its own retention schedule.
         */
        @WithDefault("6")
        int yearsAfterEnd();
    }

    /** The scheduled check for agreements that missed a period (read by {@code OverdueCheck}'s schedule). */
    OverdueCheck overdueCheck();

    interface OverdueCheck {

        /** How often each replica checks: {@code 1h}, or {@code off} to run no check. */
        String every();

        /** How long after start the first check waits. */
        String delay();
    }

    /**
     * The move of workers' data keys that a release before the key store left in the service's database (read by
     * {@code WorkerKeys}' schedule).
     */
    KeyStore keyStore();

    interface KeyStore {

        /** How often each replica looks for keys to move: {@code 1h}. */
        String moveEvery();

        /** How long after start the first look waits. */
        String moveDelay();
    }

    /** Roster imports: how large a file may be, which ones run in the background, how long a dry run is kept. */
    RosterImport rosterImport();

    interface RosterImport {

        /** The most data rows a roster file may hold; more is a 413. */
        @WithDefault("10000")
        int maxRows();

        /**
         * Files of this many rows or more are read and applied by a background job (the answer is PENDING or APPLYING,
         * and the status resource says when it is done); smaller ones in the request.
         */
        @WithDefault("1000")
        int backgroundFromRows();

        /** How many errors an import lists; errorCount counts them all. */
        @WithDefault("200")
        int maxErrorsShown();

        /**
         * How long an import that is never applied keeps its staged rows (worker ids, roles, teams, dates); then it
         * EXPIRES and they are deleted. Applied imports delete theirs when applied and keep counts only.
         */
        @WithDefault("P7D")
        Duration keepUnappliedFor();

        /** How often each replica expires imports: {@code 1h}, or {@code off}. */
        @WithDefault("1h")
        String expireEvery();
    }

    interface Confidential {

        /**
         * The AES-256 key that seals new confidential content: 32 random bytes, base64-encoded (for example
         * {@code openssl rand -base64 32}). A secret: deployments take it from a secret store, never from a file in the
         * image. There is no default outside the dev and test profiles, so a service without a key does not start.
         */
        String key();

        /** The name the current key is stored under, beside each ciphertext, so that keys can be rotated. */
        @WithDefault("k1")
        String keyId();

        /**
         * Keys that no longer seal but still open what they sealed, each {@code <key-id>:<base64 key>}, comma-separated
         * ({@code k1:3q2+7w...=,k2:...}): one setting, so that a deployment names it from its secret. Keep each until
         * the re-encryption reports nothing left under it.
         */
        Optional<List<String>> previousKeys();
    }
}
