package org.pswcp.supervision.session;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.pswcp.kit.id.TimeOrderedIds;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Per-worker data keys (crypto-shredding): what is about one worker is sealed with their own AES-256 key, made on first
 * use and stored wrapped under the master key ({@link ConfidentialCipher}). Deleting a worker's key makes every copy of
 * what it sealed unreadable, even to whoever holds the master key.
 * <p>
 * The keys live in the <b>key store</b>, a database of their own (datasource {@code keys}), not in the service's
 * database: the service's backups are kept for weeks (the window of a point-in-time restore), the key store's for days.
 * Once the key store's backups from before a destruction have expired, no backup of either database holds the destroyed
 * worker's key, so none opens their content. The key store is outside the service's transactions: a key is made before
 * the content it seals is committed (an unused key is harmless), and a destruction deletes the key before the rest, so
 * that a destruction that fails half-way has already made the content unreadable and can be repeated.
 * <p>
 * Releases before the key store kept the keys in the service's own database (table {@code worker_data_key} there):
 * {@link #moveFromServiceDatabase()} moves them, and a key not moved yet (one an instance of the old release made
 * during a rolling upgrade) still opens what it sealed until then.
 */
@ApplicationScoped
public class WorkerKeys {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(WorkerKeys.class);
    private static final String COLUMNS = "id, organisation, worker_id, wrapped_key";
    private static final String SELECT = "select " + COLUMNS + " from worker_data_key";
    private static final String INSERT = "insert into worker_data_key (" + COLUMNS + ", created_at)"
            + " values (?, ?, ?, ?, ?)";

    /** A worker's data key, ready to use, and its id, which every ciphertext it seals names. */
    record DataKey(UUID id, SecretKey key) {
    }

    /** A worker's data key as stored: wrapped under the master key and bound to the worker and their organisation. */
    record Stored(UUID id, String organisation, String workerId, byte[] wrappedKey) {

        /** What the wrapped key is bound to: moved to another worker's row, it does not open. */
        String context() {
            return context(id, organisation, workerId);
        }

        static String context(UUID id, String organisation, String workerId) {
            return "worker-data-key/" + id + "/" + organisation + "/" + workerId;
        }
    }

    /** Where the keys opened in a transaction are kept for it ({@link #byId}). */
    private static final Object OPENED = WorkerKeys.class.getName() + ".opened";

    private final AgroalDataSource store;
    private final EntityManager serviceDatabase;
    private final ConfidentialCipher master;
    private final TransactionSynchronizationRegistry transactions;
    private final SecureRandom random = new SecureRandom();

    WorkerKeys(@DataSource("keys") AgroalDataSource store, EntityManager serviceDatabase, ConfidentialCipher master,
            TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.serviceDatabase = serviceDatabase;
        this.master = master;
        this.transactions = transactions;
    }

    /** The worker's key, made now if they have none; two instances making it at once end with the same one. */
    DataKey of(String organisation, String workerId) {
        String byWorker = SELECT + " where organisation = ? and worker_id = ?";
        Optional<Stored> existing = inStore(byWorker, organisation, workerId);
        if (existing.isPresent()) {
            return unwrap(existing.get());
        }
        UUID id = TimeOrderedIds.next();
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        byte[] wrapped = master.seal(Base64.getEncoder().encodeToString(raw), Stored.context(id, organisation,
                workerId));
        update(INSERT + " on conflict (organisation, worker_id) do nothing", id, organisation, workerId, wrapped,
                Timestamp.from(Instant.now()));
        return unwrap(inStore(byWorker, organisation, workerId).orElseThrow());
    }

    /**
     * The key with this id, unless it was destroyed. Within a transaction each key is read and unwrapped once, as the
     * persistence context did when the keys were entities: a session's view or a subject access export opens many
     * pieces sealed with the same key.
     */
    Optional<SecretKey> byId(UUID id) {
        Map<UUID, SecretKey> opened = openedInThisTransaction();
        SecretKey known = opened.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<SecretKey> key = inStore(SELECT + " where id = ?", id)
                .or(() -> inServiceDatabase(id))
                .map(k -> unwrap(k).key());
        key.ifPresent(k -> opened.put(id, k));
        return key;
    }

    /** Seals text about the worker with their key. */
    byte[] seal(String organisation, String workerId, String text, String context) {
        if (text == null) {
            return null;
        }
        DataKey key = of(organisation, workerId);
        return ConfidentialCipher.sealWithWorkerKey(key.key(), key.id(), text, context, random);
    }

    /** Opens what a worker's key sealed; fails, naming no content, when the key was destroyed. */
    String open(byte[] ciphertext, String context) {
        UUID keyId = ConfidentialCipher.workerKeyIdOf(ciphertext);
        SecretKey key = byId(keyId).orElseThrow(() -> new IllegalStateException("Confidential content for " + context
                + " was sealed with a worker's data key that has been destroyed"));
        return ConfidentialCipher.openWithWorkerKey(key, ciphertext, context);
    }

    /**
     * Destroys the worker's key, and so everything it sealed, wherever a copy of it is: at once in the key store, and
     * within the caller's transaction in the service's database, where a release before the key store may have left
     * one. Says whether there was one.
     * <p>
     * PostgreSQL leaves a deleted row's bytes in its page until the space is used again, and every later backup would
     * copy that page: so the key store's table is rewritten ({@code VACUUM FULL}, milliseconds for a table of keys),
     * and the pages that held the key leave the database and its future backups. Should that fail, the key is deleted
     * all the same, and the log says to rewrite the table by hand (deploy/RUNBOOK.md).
     */
    public boolean destroy(String organisation, String workerId) {
        openedInThisTransaction().clear();
        int inStore = update("delete from worker_data_key where organisation = ? and worker_id = ?", organisation,
                workerId);
        if (inStore > 0) {
            try {
                update("vacuum full worker_data_key");
            } catch (IllegalStateException e) {
                LOG.warnf("A data key was destroyed, but the key store's table was not rewritten (%s): run VACUUM FULL"
                        + " worker_data_key on the key store", e.getMessage());
            }
        }
        int left = serviceDatabase.createNativeQuery(
                "delete from worker_data_key where organisation = :organisation and worker_id = :worker")
                .setParameter("organisation", organisation).setParameter("worker", workerId).executeUpdate();
        return inStore + left > 0;
    }

    /**
     * After a master-key rotation: one batch of keys after {@code after}, each wrapped again under the current master
     * key (counted either way) in one transaction of the key store; the id of the batch's last key, or null when there
     * are no more.
     */
    UUID rewrap(UUID after, ReEncryption.Tally tally) {
        List<Stored> keys = after == null
                ? inStore(BATCH, SELECT + " order by id limit ?", BATCH)
                : inStore(BATCH, SELECT + " where id > ? order by id limit ?",
                        after, BATCH);
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "update worker_data_key set wrapped_key = ? where id = ?")) {
                for (Stored key : keys) {
                    update.setBytes(1, master.reseal(key.wrappedKey(), key.context(), tally));
                    update.setObject(2, key.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return keys.size() < BATCH ? null : keys.get(keys.size() - 1).id();
    }

    /**
     * Moves the keys a release before the key store left in the service's database into the key store, batch by batch,
     * each copied before it is deleted there: a key that the key store already holds for its worker under another id
     * (two instances of different releases made one each) stays where it is, still opening what it sealed, until the
     * worker's records are destroyed. Says how many moved.
     */
    public int moveFromServiceDatabase() {
        int moved = 0;
        UUID after = new UUID(0, 0);
        List<Object[]> batch;
        do {
            UUID from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> legacyBatch(from));
            for (Object[] row : batch) {
                update(INSERT + " on conflict do nothing", row);
            }
            List<UUID> copied = inStore(batch.size(), SELECT + " where id = any(?)",
                    (Object) batch.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new)).stream().map(Stored::id)
                    .toList();
            if (!copied.isEmpty()) {
                moved += QuarkusTransaction.requiringNew().call(() -> serviceDatabase
                        .createNativeQuery("delete from worker_data_key where id in (:ids)")
                        .setParameter("ids", copied).executeUpdate());
            }
            if (!batch.isEmpty()) {
                after = (UUID) batch.get(batch.size() - 1)[0];
            }
        } while (batch.size() == BATCH);
        if (moved > 0) {
            LOG.infof("Moved %d workers' data keys from the service's database into the key store", moved);
        }
        return moved;
    }

    /** Hourly, and shortly after every instance starts, so that keys an old instance made in a rolling upgrade move. */
    @Scheduled(identity = "supervision-key-store-move", every = "${supervision.key-store.move-every}",
            delayed = "${supervision.key-store.move-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void moveOnSchedule() {
        moveFromServiceDatabase();
    }

    /** A batch of the keys left in the service's database, each row as the key store's insert takes it. */
    @SuppressWarnings("unchecked")
    private List<Object[]> legacyBatch(UUID after) {
        List<Object[]> rows = serviceDatabase.createNativeQuery("select " + COLUMNS + ", created_at from"
                + " worker_data_key where id > :after order by id").setParameter("after", after).setMaxResults(BATCH)
                .getResultList();
        rows.forEach(row -> row[4] = row[4] instanceof Instant createdAt ? Timestamp.from(createdAt) : row[4]);
        return rows;
    }

    @SuppressWarnings("unchecked")
    private Optional<Stored> inServiceDatabase(UUID id) {
        List<Object[]> rows = serviceDatabase.createNativeQuery(SELECT + " where id = :id").setParameter("id", id)
                .getResultList();
        return rows.stream().map(r -> new Stored((UUID) r[0], (String) r[1], (String) r[2], (byte[]) r[3]))
                .findFirst();
    }

    private Optional<Stored> inStore(String sql, Object... parameters) {
        return inStore(1, sql, parameters).stream().findFirst();
    }

    private List<Stored> inStore(int expected, String sql, Object... parameters) {
        try (Connection connection = store.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<Stored> keys = new ArrayList<>(expected);
            while (rows.next()) {
                keys.add(new Stored(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getBytes(4)));
            }
            return keys;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = store.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
        return statement;
    }

    /** The keys opened in the current transaction, by id; outside a transaction, a map that is forgotten at once. */
    @SuppressWarnings("unchecked")
    private Map<UUID, SecretKey> openedInThisTransaction() {
        if (transactions.getTransactionKey() == null) {
            return new HashMap<>();
        }
        Map<UUID, SecretKey> opened = (Map<UUID, SecretKey>) transactions.getResource(OPENED);
        if (opened == null) {
            opened = new HashMap<>();
            transactions.putResource(OPENED, opened);
        }
        return opened;
    }

    /** A key store that cannot be reached: the SQL error stays the cause, so the caller gets a 503, as for the rest. */
    private static IllegalStateException unavailable(SQLException e) {
        return new IllegalStateException("The key store did not answer: " + e.getSQLState(), e);
    }

    private DataKey unwrap(Stored stored) {
        byte[] raw = Base64.getDecoder().decode(master.open(stored.wrappedKey(), stored.context()));
        return new DataKey(stored.id(), new SecretKeySpec(raw, "AES"));
    }
}
