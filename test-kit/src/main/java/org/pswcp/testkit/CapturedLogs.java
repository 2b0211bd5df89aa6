package org.pswcp.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * The log records of the test JVM while it captures: as records, with the request's MDC copied at the time they were
 * written, and as text (the logger, the message, its parameters and any stack trace), so that a test can look for text
 * that must never be logged. Capture with try-with-resources, or start and stop around a class's tests.
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLogs(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
    }

    /** Starts capturing every logger's records. */
    public static CapturedLogs start() {
        return start("");
    }

    /** Starts capturing the records of this logger and those below it. */
    public static CapturedLogs start(String loggerName) {
        CapturedLogs logs = new CapturedLogs(Logger.getLogger(loggerName));
        logs.logger.addHandler(logs);
        return logs;
    }

    public void stop() {
        logger.removeHandler(this);
    }

    /** The records captured so far, oldest first, each with the MDC it was written with (JBoss LogManager's). */
    public List<ExtLogRecord> records() {
        return records.stream().filter(ExtLogRecord.class::isInstance).map(ExtLogRecord.class::cast).toList();
    }

    /** The records captured so far, as text. */
    public List<String> lines() {
        return records.stream().map(CapturedLogs::text).toList();
    }

    public void clear() {
        records.clear();
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            ext.copyMdc();
        }
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        stop();
    }

    private static String text(LogRecord record) {
        StringWriter text = new StringWriter();
        text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(String.valueOf(parameter));
            }
        }
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
        }
        return text.toString();
    }
}
