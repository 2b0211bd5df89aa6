package org.pswcp.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

import org.apache.kafka.common.security.auth.SecurityProtocol;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real Apache Kafka broker (KRaft, single node) in the test JVM, on free ports so that tests never collide with a
 * running local stack. Tests of broker outages stop and restart it on the same ports and data.
 */
public final class KafkaBroker {

    private static EmbeddedKafkaBroker broker;
    private static int port;
    private static int controllerPort;
    private static String clusterId;
    private static List<String> logDirs;
    private static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion companion;

    private KafkaBroker() {
    }

    /** Starts the broker unless it runs; returns its bootstrap servers. */
    public static synchronized String start() {
        if (broker == null) {
            port = freePort();
            controllerPort = freePort();
            broker = configure(new EmbeddedKafkaBroker()).start();
            clusterId = broker.getClusterId();
            logDirs = broker.getLogDirs();
        }
        return bootstrapServers();
    }

    public static synchronized String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** A client for producing and consuming in assertions. */
    public static synchronized io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion companion() {
        if (companion == null) {
            companion = new io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion(start());
        }
        return companion;
    }

    public static synchronized boolean isRunning() {
        return broker != null && broker.isRunning();
    }

    /** Stops the broker and keeps its data, as a broker outage would. */
    public static synchronized void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    /** Starts the broker again on the same ports, with the same cluster id and data. */
    public static synchronized void restart() {
        if (broker != null && broker.isRunning()) {
            return;
        }
        broker = configure(new EmbeddedKafkaBroker())
                .withClusterId(clusterId)
                .withAdditionalProperties(p -> p.put("log.dirs", String.join(",", logDirs)))
                .start();
    }

    private static EmbeddedKafkaBroker configure(EmbeddedKafkaBroker broker) {
        return broker
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withAdvertisedListeners(EmbeddedKafkaBroker.endpoint(SecurityProtocol.PLAINTEXT, "127.0.0.1", port))
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("auto.create.topics.enable", "true");
                    p.put("num.partitions", "3");
                });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
