#!/usr/bin/env python3
"""tools/bench/flame.py: the profile section's figures from a JFR recording's execution samples (tools/bench/run).

    jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr | flame.py <title> <out.svg> <out.md> <out.folded>

Reads `jfr print`'s text, folds each sample's stack (root first), and writes:
  - out.folded: the folded stacks, one "frame;frame;...;leaf count" a line, frames as Class.method (flamegraph.pl's
    input format, for anyone who wants the full detail);
  - out.svg: an icicle graph (root at the top, callees below, width = share of samples) drawn here, with no plotting
    library. To stay readable, a run of frames from one library is collapsed into one box named after the library
    (Vert.x/Netty, RESTEasy, Hibernate, ...); our own frames (org.pswcp) keep their Class.method;
  - out.md: two markdown tables: the share of samples in which each library is on the stack (inclusive), and the share
    each library holds as the nearest non-JDK frame to the top of the stack (exclusive: sums to 100 %).
Only the Python standard library.
"""
import html
import re
import sys
from collections import Counter, defaultdict

# (library, package prefixes), first match wins: more specific prefixes first.
LIBRARIES = [
    ("our code (org.pswcp)", ("org.pswcp.",)),
    ("validation (Hibernate Validator)", ("org.hibernate.validator.",)),
    ("Hibernate ORM", ("org.hibernate.", "io.quarkus.hibernate.")),
    ("JDBC: PostgreSQL driver, Agroal pool", ("org.postgresql.", "io.agroal.", "io.quarkus.agroal.")),
    ("transactions (Narayana JTA)", ("com.arjuna.", "io.narayana.", "io.quarkus.narayana.", "org.jboss.tm.",
                                     "jakarta.transaction.")),
    ("token verification (OIDC, jose4j, crypto)", ("io.quarkus.oidc.", "org.jose4j.", "io.smallrye.jwt.",
                                                   "org.eclipse.microprofile.jwt.", "sun.security.",
                                                   "java.security.", "javax.crypto.", "com.sun.crypto.",
                                                   "com.github.benmanes.caffeine.")),
    # Interceptors and handlers that wrap the whole invocation (role checks, the authentication step's plumbing):
    # on the stack of nearly every sample, they do little themselves.
    ("security checks (Quarkus Security)", ("io.quarkus.security.", "io.quarkus.vertx.http.runtime.security.",
                                            "io.quarkus.resteasy.reactive.server.runtime.security.",
                                            "io.quarkus.resteasy.reactive.server.runtime.StandardSecurityCheck")),
    ("JSON (Jackson)", ("com.fasterxml.jackson.", "io.quarkus.resteasy.reactive.jackson.",
                        "org.jboss.resteasy.reactive.server.jackson.")),
    ("RESTEasy Reactive", ("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive.",
                           "io.quarkus.rest.")),
    ("Vert.x, Netty", ("io.vertx.", "io.netty.", "io.quarkus.vertx.")),
    ("worker threads (JBoss Threads)", ("org.jboss.threads.",)),
    ("metrics, tracing, logging", ("io.micrometer.", "io.quarkus.micrometer.", "io.opentelemetry.",
                                   "io.quarkus.opentelemetry.", "org.jboss.logmanager.", "org.jboss.logging.",
                                   "io.smallrye.opentelemetry.")),
    ("CDI (ArC), Mutiny, SmallRye", ("io.quarkus.arc.", "io.smallrye.", "io.quarkus.")),
    ("JDK", ("java.", "jdk.", "sun.", "javax.", "com.sun.")),
]
COLOURS = {
    "our code (org.pswcp)": "#e6550d", "validation (Hibernate Validator)": "#fdae6b", "Hibernate ORM": "#9ecae1",
    "JDBC: PostgreSQL driver, Agroal pool": "#3182bd", "transactions (Narayana JTA)": "#6baed6",
    "token verification (OIDC, jose4j, crypto)": "#d62728", "JSON (Jackson)": "#31a354",
    "RESTEasy Reactive": "#bcbddc", "Vert.x, Netty": "#9e9ac8", "metrics, tracing, logging": "#fdd0a2",
    "CDI (ArC), Mutiny, SmallRye": "#dadaeb", "security checks (Quarkus Security)": "#fcbba1",
    "worker threads (JBoss Threads)": "#e0e0e0", "JDK": "#d9d9d9", "other": "#f0f0f0", "thread": "#bdbdbd",
}
SHORT = {
    "our code (org.pswcp)": None, "validation (Hibernate Validator)": "Validator", "Hibernate ORM": "Hibernate",
    "JDBC: PostgreSQL driver, Agroal pool": "PgJDBC/Agroal", "transactions (Narayana JTA)": "JTA",
    "token verification (OIDC, jose4j, crypto)": "OIDC/jose4j/crypto", "JSON (Jackson)": "Jackson",
    "RESTEasy Reactive": "RESTEasy", "Vert.x, Netty": "Vert.x/Netty", "metrics, tracing, logging": "metrics/tracing/log",
    "CDI (ArC), Mutiny, SmallRye": "ArC/SmallRye", "security checks (Quarkus Security)": "security checks",
    "worker threads (JBoss Threads)": "worker thread", "JDK": "JDK", "other": "other",
}


def library(frame):
    for name, prefixes in LIBRARIES:
        if frame.startswith(prefixes):
            return name
    return "other"


def simple(frame):
    """org.pswcp.assessment.ProfileResource.profile(String) -> ProfileResource.profile"""
    method = frame.split("(", 1)[0]
    parts = method.split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else method


def thread_group(name):
    name = re.sub(r"[-#]?\d+$", "", name)
    return name or "thread"


def samples(lines):
    """Yields (thread group, [frames leaf first], truncated) per jdk.ExecutionSample."""
    thread, frames, inside, truncated = "thread", [], False, False
    for line in lines:
        text = line.strip()
        if text.startswith("sampledThread"):
            m = re.search(r'"(.*)"', text)
            thread = thread_group(m.group(1)) if m else "thread"
        elif text.startswith("stackTrace = ["):
            inside, frames, truncated = True, [], False
        elif inside and text == "]":
            inside = False
            if frames:
                yield thread, frames, truncated
        elif inside:
            if text == "...":
                truncated = True
            else:
                frames.append(re.sub(r"\s+line:.*$", "", text))


def main():
    title, svg_path, md_path, folded_path = sys.argv[1:5]
    folded = Counter()  # full detail
    boxes = Counter()  # collapsed: library runs
    inclusive = Counter()
    exclusive = Counter()
    total = 0
    for thread, frames, truncated in samples(sys.stdin):
        total += 1
        root_first = list(reversed(frames))
        folded[";".join([thread] + (["..."] if truncated else []) + [simple(f) for f in root_first])] += 1
        libs = [library(f) for f in root_first]
        for lib in set(libs):
            inclusive[lib] += 1
        owner = next((lib for lib in reversed(libs) if lib != "JDK"), "JDK")
        exclusive[owner] += 1
        path = [thread] + (["..."] if truncated else [])
        for frame, lib in zip(root_first, libs):
            label = simple(frame) if lib == "our code (org.pswcp)" else SHORT[lib]
            if path and path[-1] == label:
                continue
            path.append(label)
        boxes[tuple(path)] += 1
    with open(folded_path, "w") as out:
        for stack, n in folded.most_common():
            out.write(f"{stack} {n}\n")
    with open(md_path, "w") as out:
        out.write("| library | on the stack (inclusive) | nearest non-JDK frame to the top (exclusive) |\n")
        out.write("| --- | --- | --- |\n")
        for lib, n in sorted(inclusive.items(), key=lambda kv: (-exclusive[kv[0]], -kv[1])):
            if lib == "JDK":
                continue
            out.write(f"| {lib} | {100.0 * n / max(total, 1):.0f} % | {100.0 * exclusive[lib] / max(total, 1):.0f} % |\n")
        out.write(f"| JDK only | | {100.0 * exclusive['JDK'] / max(total, 1):.0f} % |\n")
        out.write(f"\n{total} samples.\n")
    draw(title, boxes, total, svg_path)


def draw(title, boxes, total, path):
    # A tree of collapsed paths: node -> (count, children).
    tree = {"n": 0, "kids": defaultdict(lambda: None)}

    def child(node, label):
        if node["kids"][label] is None:
            node["kids"][label] = {"n": 0, "kids": defaultdict(lambda: None)}
        return node["kids"][label]

    depth = 0
    for stack, n in boxes.items():
        node = tree
        node["n"] += n
        for label in stack:
            node = child(node, label)
            node["n"] += n
        depth = max(depth, len(stack))
    width, row, top = 1200, 17, 48
    height = top + depth * row + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
             f'font-size="11">',
             f'<text x="10" y="20" font-size="15">{html.escape(title)}</text>',
             f'<text x="10" y="38" fill="#555">icicle graph of {total} samples: callers above callees, width = share '
             f'of samples; runs of one library collapsed into one box (hover for the share)</text>']
    label_lib = {v: k for k, v in SHORT.items() if v}

    def walk(node, label, x, level):
        w = (width - 20) * node["n"] / max(total, 1)
        if w < 0.3:
            return
        lib = label_lib.get(label, "our code (org.pswcp)" if "." in label else "thread")
        if label == "...":
            lib = "other"
        y = top + level * row
        share = 100.0 * node["n"] / max(total, 1)
        parts.append(f'<g><title>{html.escape(label)}: {node["n"]} samples, {share:.1f} %</title>'
                     f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row - 1}" fill="{COLOURS[lib]}" '
                     f'stroke="#fff" stroke-width="0.5"/>')
        chars = int(w / 6.5)
        if chars >= 3:
            text = label if len(label) <= chars else label[: chars - 1] + "…"
            parts.append(f'<text x="{x + 3:.1f}" y="{y + row - 5}">{html.escape(text)}</text>')
        parts.append("</g>")
        cx = x
        for kid_label, kid in sorted(node["kids"].items(), key=lambda kv: -kv[1]["n"]):
            walk(kid, kid_label, cx, level + 1)
            cx += (width - 20) * kid["n"] / max(total, 1)

    x = 10.0
    for label, kid in sorted(tree["kids"].items(), key=lambda kv: -kv[1]["n"]):
        walk(kid, label, x, 0)
        x += (width - 20) * kid["n"] / max(total, 1)
    parts.append("</svg>")
    with open(path, "w") as out:
        out.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
