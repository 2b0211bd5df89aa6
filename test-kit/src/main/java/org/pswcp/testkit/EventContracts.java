package org.pswcp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts in {@code openapi/events/}: one AsyncAPI 3.0 document per service and one JSON Schema per event
 * version ({@code schemas/<ce_type>.json}). Producer tests check every record they read back from Kafka with
 * {@link #assertConforms(ConsumerRecord)}; consumer tests build the data they feed with {@link #valid(String, String)};
 * each service checks its channels against its configuration with {@link #assertChannelsMatch(String, Set)}.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final List<String> SERVICES = List.of("framework-service", "assessment-service",
            "supervision-service");

    private EventContracts() {
    }

    /** The repository's {@code openapi/events/} folder. */
    public static Path folder() {
        return OpenApiContract.folder().resolve("events");
    }

    /** The JSON Schema file of an event version, named after its CloudEvents type. */
    public static Path schemaFile(String type) {
        return folder().resolve("schemas").resolve(type + ".json");
    }

    /** The service's AsyncAPI document. */
    public static AsyncApi document(String service) {
        return new AsyncApi(readYaml(folder().resolve(service + ".asyncapi.yaml")));
    }

    /** What is wrong with this data for an event of this type; empty when it is valid. */
    public static Set<String> violations(String type, String json) {
        assertThat(schemaFile(type)).as("openapi/events/schemas has no schema for %s", type).exists();
        JsonSchema schema = SCHEMAS.computeIfAbsent(type, t -> FACTORY.getSchema(readJson(schemaFile(t)), CONFIG));
        return messages(schema.validate(parse(json)));
    }

    /** The data unchanged, after checking it against its schema: consumer tests feed only contract-valid events. */
    public static String valid(String type, String json) {
        assertThat(violations(type, json)).as("%s test data against openapi/events/schemas/%s.json", type, type)
                .isEmpty();
        return json;
    }

    /**
     * Checks a record a service sent: its CloudEvents headers against the headers its producer's AsyncAPI document
     * declares for that message, its topic against the document's channel, and its data against the event's schema.
     */
    public static void assertConforms(ConsumerRecord<String, String> record) {
        String type = CloudEvents.header(record, "ce_type");
        assertThat(type).as("ce_type header of the record on %s", record.topic()).isNotBlank();
        Sent sent = SERVICES.stream().map(EventContracts::document).flatMap(d -> d.sent().stream())
                .filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("No AsyncAPI document in openapi/events sends " + type));
        assertThat(record.topic()).as("topic of %s in its AsyncAPI document", type).isEqualTo(sent.topic());
        assertThat(record.key()).as("record key of %s", type).isNotBlank();
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(messages(FACTORY.getSchema(sent.headers(), CONFIG).validate(headers)))
                .as("CloudEvents headers of %s against its AsyncAPI message", type).isEmpty();
        assertThat(violations(type, record.value())).as("data of %s against schemas/%s.json", type, type).isEmpty();
    }

    public static void assertAllConform(Collection<ConsumerRecord<String, String>> records) {
        assertThat(records).as("records to check").isNotEmpty();
        records.forEach(EventContracts::assertConforms);
    }

    /**
     * Checks that the service's AsyncAPI channels are exactly the topics it uses: the topics it reads and the
     * dead-letter topics it writes (from its {@code application.properties}), and the topics it publishes through the
     * outbox ({@code produced}).
     */
    public static void assertChannelsMatch(String service, Set<String> produced) {
        Properties config = applicationProperties();
        Set<String> incoming = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String name : config.stringPropertyNames()) {
            if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                incoming.add(config.getProperty(name));
            } else if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                deadLetters.add(config.getProperty(name));
            }
        }
        AsyncApi document = document(service);
        assertThat(document.topics("receive"))
                .as("topics %s reads: AsyncAPI receive operations vs application.properties", service)
                .containsExactlyInAnyOrderElementsOf(incoming);
        Set<String> sends = new TreeSet<>(produced);
        sends.addAll(deadLetters);
        assertThat(document.topics("send"))
                .as("topics %s writes: AsyncAPI send operations vs its outbox topics and dead-letter topics", service)
                .containsExactlyInAnyOrderElementsOf(sends);
        assertThat(document.channelAddresses()).as("every channel of %s has an operation", service)
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(incoming.stream(), sends.stream()).collect(Collectors.toSet()));
    }

    /**
     * Checks every example of the service's AsyncAPI document (headers and payload of each message it sends or
     * receives) and of the schemas of the events it sends, so that what integrators copy is valid.
     */
    public static void assertExamplesValid(String service) {
        AsyncApi document = document(service);
        List<Sent> messages = Stream.concat(document.sent().stream(), document.received().stream()).toList();
        assertThat(messages).as("event messages of %s", service).isNotEmpty();
        for (Sent message : messages) {
            assertThat(message.example().isMissingNode()).as("%s has an example", message.type()).isFalse();
            assertThat(
                    messages(FACTORY.getSchema(message.headers(), CONFIG).validate(message.example().get("headers"))))
                    .as("example headers of %s in %s", message.type(), service).isEmpty();
            assertThat(violations(message.type(), message.example().get("payload").toString()))
                    .as("example payload of %s in %s", message.type(), service).isEmpty();
        }
        for (Sent message : document.sent()) {
            JsonNode examples = readJson(schemaFile(message.type())).path("examples");
            assertThat(examples.size()).as("examples in schemas/%s.json", message.type()).isPositive();
            examples.forEach(example -> assertThat(violations(message.type(), example.toString()))
                    .as("an example in schemas/%s.json", message.type()).isEmpty());
        }
    }

    /** A message a document sends: its type, topic and the schema of its headers. */
    public record Sent(String type, String topic, JsonNode headers, JsonNode example) {
    }

    /** An AsyncAPI 3.0 document, read as a tree. */
    public record AsyncApi(JsonNode root) {

        /** The addresses of the channels of the operations with this action (send or receive). */
        public Set<String> topics(String action) {
            Set<String> topics = new TreeSet<>();
            root.path("operations").forEach(op -> {
                if (action.equals(op.path("action").asText())) {
                    topics.add(resolve(op.path("channel")).path("address").asText());
                }
            });
            return topics;
        }

        public Set<String> channelAddresses() {
            Set<String> addresses = new TreeSet<>();
            root.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
            return addresses;
        }

        /** The CloudEvents messages (those with an event schema) of the send operations. */
        public List<Sent> sent() {
            return messagesOf("send");
        }

        /** The CloudEvents messages (those with an event schema) of the receive operations. */
        public List<Sent> received() {
            return messagesOf("receive");
        }

        private List<Sent> messagesOf(String action) {
            Map<String, Sent> sent = new LinkedHashMap<>();
            root.path("operations").forEach(op -> {
                if (!action.equals(op.path("action").asText())) {
                    return;
                }
                String topic = resolve(op.path("channel")).path("address").asText();
                op.path("messages").forEach(ref -> {
                    JsonNode message = resolve(resolve(ref));
                    String schema = message.path("payload").path("schema").path("$ref").asText();
                    if (schema.startsWith("./schemas/")) {
                        String type = schema.substring("./schemas/".length(), schema.length() - ".json".length());
                        sent.put(type, new Sent(type, topic, inline(message.path("headers")),
                                message.path("examples").path(0)));
                    }
                });
            });
            return List.copyOf(sent.values());
        }

        /** A copy of the node with its local {@code $ref}s replaced by what they point to. */
        private JsonNode inline(JsonNode node) {
            if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
                return inline(resolve(node));
            }
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                Iterator<String> names = node.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    ((ObjectNode) copy).set(name, inline(node.get(name)));
                }
            } else if (copy.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, inline(node.get(i)));
                }
            }
            return copy;
        }

        private JsonNode resolve(JsonNode node) {
            if (!node.has("$ref")) {
                return node;
            }
            String ref = node.get("$ref").asText();
            assertThat(ref).as("a local reference").startsWith("#/");
            JsonNode target = root.at(ref.substring(1));
            assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
            return target;
        }
    }

    private static Properties applicationProperties() {
        // The module's own file, not the class path's first one: src/test/resources has an application.properties too.
        Path file = Path.of("src", "main", "resources", "application.properties");
        assertThat(file).as("the service's application.properties, from its module folder").exists();
        try (InputStream in = Files.newInputStream(file)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
