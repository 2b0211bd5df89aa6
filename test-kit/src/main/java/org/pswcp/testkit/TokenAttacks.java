package org.pswcp.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.jwt.build.Jwt;

/**
 * The forged and doctored access tokens a service must refuse with 401, whoever issued the genuine ones: the WireMock
 * OIDC server in module tests, the real Keycloak end to end. Claims that are wrong but correctly signed (expired, not
 * yet valid, another issuer, another audience, another client) need a key the issuer publishes: the caller passes a
 * signer. The rest are made from a genuine token and the issuer's public key.
 */
public final class TokenAttacks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private TokenAttacks() {
    }

    /**
     * Each attack by name, in a stable order.
     *
     * @param valid claims the service would accept
     * @param sign signs claims with a key the issuer publishes (so that only the claims are wrong)
     * @param genuine a token the issuer signed, which the service would accept
     * @param jwksUrl the issuer's JSON Web Key Set, for its public key
     */
    public static Map<String, String> all(Map<String, Object> valid, Function<Map<String, Object>, String> sign,
            String genuine, String jwksUrl) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("expired", sign.apply(with(valid, Map.of("iat", now - 3600, "exp", now - 600))));
        attacks.put("not yet valid", sign.apply(with(valid, Map.of("nbf", now + 600, "iat", now + 600,
                "exp", now + 1200))));
        attacks.put("another issuer",
                sign.apply(with(valid, Map.of("iss", "https://idp.attacker.example/realms/pswcp"))));
        attacks.put("another audience", sign.apply(with(valid, Map.of("aud", List.of("account")))));
        attacks.put("another authorised party", sign.apply(with(valid, Map.of("azp", "grafana"))));
        attacks.put("alg none", unsigned(genuine));
        attacks.put("HS256 signed with the public key",
                hs256(genuine, publicKeyPem(jwksUrl, header(genuine.split("\\.")[0]).path("kid").asText())));
        attacks.put("unknown kid", Jwt.claims(valid).jws().keyId("unknown-" + now).sign(freshKey()));
        attacks.put("tampered payload", tampered(genuine));
        return attacks;
    }

    /** The claims with some replaced or added. */
    public static Map<String, Object> with(Map<String, Object> claims, Map<String, Object> changes) {
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        changed.putAll(changes);
        return changed;
    }

    /** The claims of a compact JWT, unverified. */
    public static Map<String, Object> claimsOf(String jwt) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = JSON.readValue(URL_DECODER.decode(jwt.split("\\.")[1]), Map.class);
            return claims;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same claims with {@code "alg":"none"} and no signature. */
    static String unsigned(String jwt) {
        String[] parts = jwt.split("\\.");
        ObjectNode header = header(parts[0]);
        header.put("alg", "none");
        return encode(header) + "." + parts[1] + ".";
    }

    /** Signed with HMAC-SHA256, the issuer's public key (PEM) as the secret: the algorithm confusion attack. */
    static String hs256(String jwt, String publicKeyPem) {
        String[] parts = jwt.split("\\.");
        ObjectNode header = header(parts[0]);
        header.put("alg", "HS256");
        String signingInput = encode(header) + "." + parts[1];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKeyPem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return signingInput + "."
                    + URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The genuine signature over a payload that now grants every role and names another organisation. */
    static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(URL_DECODER.decode(parts[1]));
            payload.putObject("realm_access").putArray("roles").add("hr").add("auditor").add("supervisor")
                    .add("framework-editor").add("records-manager")
                    .add("learning-system");
            payload.put("organisation", "R9B");
            return parts[0] + "." + encode(payload) + "." + parts[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The RSA key {@code kid} of a JSON Web Key Set, as a PEM public key. */
    static String publicKeyPem(String jwksUrl, String kid) {
        for (JsonNode key : keys(jwksUrl)) {
            if ("RSA".equals(key.path("kty").asText()) && kid.equals(key.path("kid").asText())) {
                try {
                    PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, URL_DECODER.decode(key.path("n").asText())),
                            new BigInteger(1, URL_DECODER.decode(key.path("e").asText()))));
                    return "-----BEGIN PUBLIC KEY-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(publicKey.getEncoded())
                            + "\n-----END PUBLIC KEY-----\n";
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("No RSA key " + kid + " at " + jwksUrl);
    }

    /** The kid under which a JSON Web Key Set publishes the public half of this RSA key. */
    public static String kidOf(RSAPrivateCrtKey key, String jwksUrl) {
        for (JsonNode jwk : keys(jwksUrl)) {
            if ("sig".equals(jwk.path("use").asText("sig")) && jwk.has("n")
                    && new BigInteger(1, URL_DECODER.decode(jwk.path("n").asText())).equals(key.getModulus())) {
                return jwk.path("kid").asText();
            }
        }
        throw new IllegalStateException("The key is not published at " + jwksUrl);
    }

    private static JsonNode keys(String jwksUrl) {
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(jwksUrl)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return JSON.readTree(body).path("keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#8 PEM private key (as {@code openssl genpkey} writes it). */
    public static RSAPrivateCrtKey privateKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode header(String encoded) {
        try {
            return (ObjectNode) JSON.readTree(URL_DECODER.decode(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(JsonNode node) {
        try {
            return URL.encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
