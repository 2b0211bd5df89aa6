import java.io.IOException;
import java.io.PrintStream;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack's JSON tool, behind the function {@code json} of deploy/local/lib.sh: it builds the demo data's
 * request bodies and reads fields of the answers, so that no script builds JSON by pasting strings or reads it with
 * sed. Plain JDK, because every machine that runs the platform has one and jq is not on every machine.
 *
 * <p>Everything but the path arrives on standard input, as UTF-8: the terminal's locale cannot garble it, and no
 * value (a key, a token) shows in the process list.
 *
 * <pre>
 * Json object &lt; name=value\0...  an object of strings, keys in the order given; a.b=v nests, a[]=v appends
 * Json get PATH &lt; json          each value at PATH (a.b, items[].versionCode), one a line; strings unquoted
 * Json claims &lt; jwt             the token's payload, its claims (the signature is not checked: for looking)
 * </pre>
 *
 * Exit status 1 when the input is not what was asked for (no such field, not JSON), 2 on a wrong command line.
 */
public final class Json {

    /** JSON null, which a Map cannot hold apart from a missing key. */
    private enum Null {
        NULL
    }

    /** A number keeps its text: this tool does no arithmetic, and must not round what it passes on. */
    private record Num(String text) {
    }

    /** Input that is not what the command needs: said on standard error, exit status 1. */
    private static final class Refused extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private Json() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String command = args.length > 0 ? args[0] : "";
        try {
            switch (command) {
                case "object" -> out.println(write(object(stdin().split("\0")), new StringBuilder()));
                case "get" -> {
                    if (args.length != 2) {
                        usage("get takes one path, such as items[].versionCode");
                    }
                    for (Object value : get(new Parser(stdin()).document(), args[1])) {
                        out.println(value instanceof String text ? text : write(value, new StringBuilder()));
                    }
                }
                case "claims" -> out.println(claims(stdin().strip()));
                default -> usage("unknown command '" + command + "': object, get PATH or claims");
            }
        } catch (Refused refused) {
            System.err.println("json " + command + ": " + refused.getMessage());
            System.exit(1);
        }
        out.flush();
    }

    private static String stdin() throws IOException {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void usage(String message) {
        System.err.println("json: " + message);
        System.exit(2);
    }

    /** The object that name=value items describe; a name given twice is refused rather than silently overwritten. */
    static Map<String, Object> object(String[] items) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (String item : items) {
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new Refused("expected name=value, not: " + item);
            }
            String name = item.substring(0, eq);
            boolean append = name.endsWith("[]");
            String[] path = (append ? name.substring(0, name.length() - 2) : name).split("\\.", -1);
            Map<String, Object> parent = root;
            for (int i = 0; i < path.length - 1; i++) {
                parent = objectAt(parent, path[i], name);
            }
            String key = path[path.length - 1];
            if (key.isEmpty()) {
                throw new Refused("empty name in: " + item);
            }
            Object existing = parent.get(key);
            String value = item.substring(eq + 1);
            if (append && (existing == null || existing instanceof List)) {
                @SuppressWarnings("unchecked")
                List<Object> list = existing == null ? new ArrayList<>() : (List<Object>) existing;
                list.add(value);
                parent.put(key, list);
            } else if (!append && existing == null) {
                parent.put(key, value);
            } else {
                throw new Refused(name + " given twice, or as a value and a list");
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectAt(Map<String, Object> parent, String key, String name) {
        if (key.isEmpty()) {
            throw new Refused("empty name in: " + name);
        }
        Object child = parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
        if (!(child instanceof Map)) {
            throw new Refused(key + " is a value, and " + name + " makes it an object");
        }
        return (Map<String, Object>) child;
    }

    /** The values at a path of names separated by dots, where name[] (or [] alone) steps into each list element. */
    static List<Object> get(Object document, String path) {
        List<Object> found = List.of(document);
        for (String step : path.split("\\.", -1)) {
            boolean each = step.endsWith("[]");
            String name = each ? step.substring(0, step.length() - 2) : step;
            List<Object> next = new ArrayList<>();
            for (Object value : found) {
                Object at = name.isEmpty() ? value : value instanceof Map<?, ?> map ? map.get(name) : null;
                if (each && at instanceof List<?> list) {
                    next.addAll(list);
                } else if (!each && at != null) {
                    next.add(at);
                }
            }
            found = next;
        }
        if (found.isEmpty()) {
            throw new Refused("no " + path + " in the input");
        }
        return found;
    }

    /** The payload of a JSON Web Token, checked to be JSON, as the token carries it. */
    static String claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new Refused("not a JSON Web Token (header.payload.signature)");
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refused("the token's payload is not base64url: " + e.getMessage());
        }
        new Parser(payload).document();
        return payload;
    }

    static StringBuilder write(Object value, StringBuilder out) {
        switch (value) {
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    quote((String) entry.getKey(), out.append(separator)).append(':');
                    write(entry.getValue(), out);
                    separator = ",";
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    write(list.get(i), out.append(i == 0 ? "" : ","));
                }
                out.append(']');
            }
            case String text -> quote(text, out);
            case Num number -> out.append(number.text());
            case Boolean bool -> out.append(bool);
            case Null ignored -> out.append("null");
            default -> throw new IllegalStateException("not a JSON value: " + value.getClass());
        }
        return out;
    }

    private static StringBuilder quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"');
    }

    /** RFC 8259 JSON: objects keep their key order; a duplicate key or anything after the value is refused. */
    private static final class Parser {
        private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            space();
            if (at < text.length()) {
                throw refused("more after the JSON value");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw refused("the JSON ends early");
            }
            return switch (text.charAt(at)) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", Null.NULL);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            if (next('}')) {
                return object;
            }
            do {
                space();
                if (at >= text.length() || text.charAt(at) != '"') {
                    throw refused("expected a name in quotes");
                }
                String key = string();
                expect(':');
                if (object.put(key, value()) != null) {
                    throw refused("the name " + key + " twice in one object");
                }
            } while (next(','));
            expect('}');
            return object;
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            if (next(']')) {
                return array;
            }
            do {
                array.add(value());
            } while (next(','));
            expect(']');
            return array;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw refused("a control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append(unicodeEscape());
                    default -> throw refused("the escape \\" + escaped);
                }
            }
            throw refused("a string without its closing quote");
        }

        private char unicodeEscape() {
            if (at + 4 > text.length()) {
                throw refused("a short \\u escape");
            }
            try {
                char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                at += 4;
                return c;
            } catch (NumberFormatException e) {
                throw refused("a \\u escape that is not hexadecimal");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw refused("unexpected characters");
            }
            at += word.length();
            return value;
        }

        private Num number() {
            Matcher number = NUMBER.matcher(text).region(at, text.length());
            if (!number.lookingAt()) {
                throw refused("unexpected characters");
            }
            at = number.end();
            return new Num(number.group());
        }

        private boolean next(char c) {
            space();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!next(c)) {
                throw refused("expected " + c);
            }
        }

        private void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private Refused refused(String problem) {
            return new Refused("not JSON: " + problem + " at character " + (at + 1));
        }
    }
}
