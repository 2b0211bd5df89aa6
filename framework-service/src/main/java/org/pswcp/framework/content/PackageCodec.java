package org.pswcp.framework.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one canonical JSON form of a package: two-space indentation, fields in the format's order, absent optional fields
 * left out, a final newline. The export writes it and the database stores it, so exporting what was imported gives the
 * same bytes, and its hash is a stable ETag.
 */
public final class PackageCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPrettyPrinter(new CanonicalPrinter())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PackageCodec() {
    }

    /** Two spaces, {@code "key": value}, and {@code []} for an empty list: the layout of the shipped packages. */
    static final class CanonicalPrinter extends DefaultPrettyPrinter {

        CanonicalPrinter() {
            _objectIndenter = new DefaultIndenter("  ", "\n");
            _arrayIndenter = new DefaultIndenter("  ", "\n");
        }

        CanonicalPrinter(CanonicalPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new CanonicalPrinter(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (!_arrayIndenter.isInline()) {
                --_nesting;
            }
            if (values > 0) {
                _arrayIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw(']');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            if (!_objectIndenter.isInline()) {
                --_nesting;
            }
            if (entries > 0) {
                _objectIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw('}');
        }
    }

    public static String write(FrameworkPackage pkg) {
        try {
            return MAPPER.writeValueAsString(pkg) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A package could not be written", e);
        }
    }

    public static FrameworkPackage read(String json) {
        try {
            return MAPPER.readValue(json, FrameworkPackage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored package could not be read", e);
        }
    }

    public static FrameworkPackage read(InputStream json) {
        try {
            return MAPPER.readValue(json, FrameworkPackage.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the canonical form, hex: identifies the content, whatever its version code. */
    public static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
