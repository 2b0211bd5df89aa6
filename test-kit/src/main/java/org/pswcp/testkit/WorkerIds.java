package org.pswcp.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Worker ids for tests: eight digits, drawn at random so that a database kept from an earlier run rarely holds them,
 * and never the same twice in one test run (a repeated draw made a roster PUT answer 200 where a test expected 201).
 * Above the demo data's and the benchmark's ids, which start at 10000001.
 */
public final class WorkerIds {

    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    private WorkerIds() {
    }

    /** A worker id this run has not used before. */
    public static String fresh() {
        while (true) {
            String id = String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 100_000_000));
            if (ISSUED.add(id)) {
                return id;
            }
        }
    }
}
