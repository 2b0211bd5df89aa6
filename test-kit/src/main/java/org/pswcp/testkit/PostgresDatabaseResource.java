package org.pswcp.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh PostgreSQL database for the service under test, dropped and created when the tests of a module start, so no
 * run depends on what an earlier one left. Databases are named per module ({@code database} argument, and
 * {@code datasource.<name>} for a named datasource with a database of its own) and are never those of the local stack.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String HOST = System.getProperty("pswcp.test.pg.host",
            System.getenv().getOrDefault("PSWCP_TEST_PG_HOST", "127.0.0.1"));
    private static final String PORT = System.getProperty("pswcp.test.pg.port",
            System.getenv().getOrDefault("PSWCP_TEST_PG_PORT", "5432"));
    /** The local stack's role, which ./pswcp test makes sure exists and may create databases. */
    private static final String USER = System.getProperty("pswcp.test.pg.user",
            System.getenv().getOrDefault("PSWCP_DB_USER", "pswcp"));
    private static final String PASSWORD = System.getProperty("pswcp.test.pg.password",
            System.getenv().getOrDefault("PSWCP_DB_PASSWORD", "pswcp"));

    /** Databases created by this JVM: a restart of the application within the module keeps its data. */
    private static final java.util.Set<String> CREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The argument naming the database of a named datasource: {@code datasource.keys} for datasource "keys". */
    private static final String NAMED = "datasource.";

    /** The database of each datasource, by the prefix of its settings: the default one's first. */
    private final Map<String, String> databases = new LinkedHashMap<>();

    @Override
    public void init(Map<String, String> args) {
        databases.put("quarkus.datasource.", args.get("database"));
        args.forEach((name, value) -> {
            if (name.startsWith(NAMED)) {
                databases.put("quarkus.datasource." + name.substring(NAMED.length()) + ".", value);
            }
        });
        databases.values().forEach(database -> {
            if (database == null || !NAME.matcher(database).matches()) {
                throw new IllegalArgumentException("Name the test database with the 'database' argument, and that of"
                        + " a named datasource with 'datasource.<name>', in lower case");
            }
        });
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>();
        databases.forEach((prefix, database) -> {
            if (CREATED.add(database)) {
                recreate(database);
            }
            settings.put(prefix + "jdbc.url", "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database);
            settings.put(prefix + "username", USER);
            settings.put(prefix + "password", PASSWORD);
        });
        return settings;
    }

    @Override
    public void stop() {
        // Kept for inspection after a failed run; the next run starts from a fresh one.
    }

    private static void recreate(String database) {
        String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + USER
                    + ". Run the tests with ./pswcp test, which starts PostgreSQL and creates that role.", e);
        }
    }
}
