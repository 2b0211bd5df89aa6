package org.pswcp.supervision;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record of the test JVM while it captures, as text: the logger, the message, its parameters and any stack
 * trace, so that a test can look for text that must never be logged.
 */
final class CapturedLogs extends Handler {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private CapturedLogs() {
        setLevel(Level.ALL);
    }

    /** Starts capturing every logger's records. */
    static CapturedLogs start() {
        CapturedLogs logs = new CapturedLogs();
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void publish(LogRecord record) {
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
        lines.add(text.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
