package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/**
 * The alerts, dashboards and scrape config of deploy/base/monitoring, as each overlay renders them: the alerts the
 * platform promises exist and are actionable, and every metric they use is one that something exports.
 */
class MonitoringTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    /** The alerts the platform promises, each with its section of deploy/RUNBOOK.md. */
    private static final Set<String> ALERTS = Set.of("PswcpOutboxEventStuck", "PswcpDeadLetterQueueGrowing",
            "PswcpConsumerLagRising", "PswcpReadinessFlapping", "PswcpHighErrorRate", "PswcpSupervisionOverdueRising");

    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    /** PromQL words that look like metric names but are not. */
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "offset", "bool", "on", "ignoring",
            "group_left", "group_right", "by", "without", "inf", "nan");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPromisedAlertHasAWaitASeveritySummaryAndARunbookSection(String name) {
        Map<String, JsonNode> alerts = alerts(Overlay.of(name));
        assertThat(alerts.keySet()).containsAll(ALERTS);
        Set<String> anchors = runbookAnchors();
        var softly = new SoftAssertions();
        alerts.forEach((alert, rule) -> {
            softly.assertThat(rule.path("for").asText()).as(alert + " for").matches("\\d+[smh]");
            softly.assertThat(rule.path("labels").path("severity").asText()).as(alert + " severity").isIn(SEVERITIES);
            softly.assertThat(rule.path("annotations").path("summary").asText()).as(alert + " summary").isNotBlank();
            String runbook = rule.path("annotations").path("runbook_url").asText();
            softly.assertThat(runbook).as(alert + " runbook_url").contains("deploy/RUNBOOK.md#");
            softly.assertThat(anchors).as(alert + " runbook section").contains(runbook.replaceFirst(".*#", ""));
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyMetricTheAlertsAndDashboardsUseIsOneThatIsExported(String name) {
        Overlay overlay = Overlay.of(name);
        Map<String, String> exported = exportedMetrics();
        List<String> expressions = new ArrayList<>();
        alerts(overlay).values().forEach(rule -> expressions.add(rule.path("expr").asText()));
        dashboards(overlay).values().forEach(dashboard -> dashboard.findValues("expr")
                .forEach(expr -> expressions.add(expr.asText())));
        assertThat(expressions).hasSizeGreaterThan(ALERTS.size());
        var softly = new SoftAssertions();
        for (String expr : expressions) {
            softly.assertThat(metricsIn(expr)).as("metrics of " + expr).isNotEmpty();
            softly.assertThat(exported.keySet()).as("metrics of " + expr).containsAll(metricsIn(expr));
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceAndTheEventFlowHasADashboardTheGrafanaSidecarLoads(String name) {
        Map<String, JsonNode> dashboards = dashboards(Overlay.of(name));
        List<String> expected = new ArrayList<>(Repo.SERVICES.stream().map(s -> "pswcp-" + s).toList());
        expected.add("pswcp-event-flow");
        assertThat(dashboards.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        dashboards.forEach((uid, dashboard) -> {
            assertThat(dashboard.path("title").asText()).as(uid).startsWith("PSWCP / ");
            assertThat(dashboard.path("panels")).as(uid + " panels").isNotEmpty()
                    .allSatisfy(panel -> assertThat(panel.path("targets")).as(uid + " " + panel.path("title"))
                            .isNotEmpty());
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prometheusScrapesTheMetricsEndpointOfEachServicesHttpPort(String name) {
        Overlay overlay = Overlay.of(name);
        List<ServiceMonitor> monitors = overlay.all(ServiceMonitor.class);
        assertThat(monitors).hasSize(1);
        var spec = monitors.get(0).getSpec();
        assertThat(spec.getEndpoints()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.getPort()).isEqualTo("http");
            assertThat(endpoint.getPath()).isEqualTo("/q/metrics");
        });
        for (String service : Repo.SERVICES) {
            Service s = overlay.get(Service.class, service);
            String serviceName = s.getMetadata().getLabels().get("app.kubernetes.io/name");
            assertThat(spec.getSelector().getMatchExpressions()).as(service)
                    .anySatisfy(e -> assertThat(e.getValues()).contains(serviceName));
            assertThat(s.getSpec().getPorts()).as(service).anySatisfy(p -> assertThat(p.getName()).isEqualTo("http"));
        }
        assertThat(overlay.all(PrometheusRule.class)).hasSize(1);
    }

    @Test
    void metricNamesAreReadFromPromQlLeavingOutFunctionsLabelsRangesAndKeywords() {
        assertThat(metricsIn("max by (namespace, job) (pswcp_outbox_oldest_unpublished_age_seconds{job=\"a\","
                + " uri!~\"/q/.*\"}) > 300 and sum(rate(http_server_requests_seconds_count[5m] offset 1d))"
                + " / on (job) group_left up > 0.5e2"))
                .containsExactly("pswcp_outbox_oldest_unpublished_age_seconds", "http_server_requests_seconds_count",
                        "up");
    }

    /** The metric names in a PromQL expression: identifiers outside label matchers, ranges, and grouping clauses. */
    static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\w+", " ");
        Set<String> metrics = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean isFunction = bare.substring(m.end()).stripLeading().startsWith("(");
            boolean isNumber = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!isFunction && !isNumber && !PROMQL_WORDS.contains(word.toLowerCase())) {
                metrics.add(word);
            }
        }
        return metrics;
    }

    /** deploy/base/monitoring/exported-metrics.txt: metric name to who exports it. */
    static Map<String, String> exportedMetrics() {
        return Repo.read("deploy/base/monitoring/exported-metrics.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1], (a, b) -> a, TreeMap::new));
    }

    private static Map<String, JsonNode> alerts(Overlay overlay) {
        Map<String, JsonNode> alerts = new TreeMap<>();
        overlay.documents().stream().filter(d -> "PrometheusRule".equals(d.path("kind").asText()))
                .forEach(d -> d.path("spec").path("groups").forEach(group -> group.path("rules").forEach(rule -> {
                    if (rule.has("alert")) {
                        alerts.put(rule.path("alert").asText(), rule);
                    }
                })));
        return alerts;
    }

    /** The dashboards of the ConfigMaps labelled for Grafana's sidecar, by uid. */
    private static Map<String, JsonNode> dashboards(Overlay overlay) {
        Map<String, JsonNode> dashboards = new TreeMap<>();
        for (ConfigMap map : overlay.all(ConfigMap.class)) {
            Map<String, String> labels = map.getMetadata().getLabels();
            if (labels == null || !"1".equals(labels.get("grafana_dashboard"))) {
                continue;
            }
            map.getData().values().forEach(json -> {
                try {
                    JsonNode dashboard = StrictModel.JSON.readTree(json);
                    dashboards.put(dashboard.path("uid").asText(), dashboard);
                } catch (Exception e) {
                    throw new AssertionError(map.getMetadata().getName() + " holds no valid JSON", e);
                }
            });
        }
        return dashboards;
    }

    /** GitHub's anchors of RUNBOOK.md's headings: lower case, spaces to hyphens, other punctuation dropped. */
    private static Set<String> runbookAnchors() {
        return Repo.read("deploy/RUNBOOK.md").lines().filter(l -> l.startsWith("## "))
                .map(l -> l.substring(3).strip().toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }
}
