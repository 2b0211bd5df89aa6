package org.pswcp.supervision.session;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where each piece of confidential content is sealed: what is about one worker with that worker's data key
 * ({@link WorkerKeys}), so that destroying their records destroys every copy of it; what is about no one worker (a
 * group's shared notes, a group's notes from before content was kept per supervisee) with the master key
 * ({@link ConfidentialCipher}). Opens either, and content sealed before worker keys existed (format 1), which the
 * re-encryption moves onto worker keys.
 */
@ApplicationScoped
public class ConfidentialContent {

    private final ConfidentialCipher master;
    private final WorkerKeys workerKeys;

    ConfidentialContent(ConfidentialCipher master, WorkerKeys workerKeys) {
        this.master = master;
        this.workerKeys = workerKeys;
    }

    /** Seals content about no one worker under the master key; null stays null. */
    byte[] seal(String text, String context) {
        return master.seal(text, context);
    }

    /** Seals content about one worker with their data key; null stays null. */
    byte[] sealAbout(String organisation, String workerId, String text, String context) {
        return workerKeys.seal(organisation, workerId, text, context);
    }

    /**
     * The text sealed for {@code context}, whichever key sealed it; fails, saying nothing of the content, if it was
     * sealed for another place or its worker's key was destroyed.
     */
    public String open(byte[] ciphertext, String context) {
        if (ciphertext == null) {
            return null;
        }
        return ConfidentialCipher.sealedWithWorkerKey(ciphertext)
                ? workerKeys.open(ciphertext, context)
                : master.open(ciphertext, context);
    }

    /** Content about no one worker, sealed again under the current master key if a previous one sealed it. */
    byte[] reseal(byte[] ciphertext, String context, ReEncryption.Tally tally) {
        return master.reseal(ciphertext, context, tally);
    }

    /**
     * Content about one worker, moved onto their data key if the master key (any of its versions) sealed it; left as it
     * is when their key already seals it. The tally counts it either way.
     */
    byte[] resealAbout(String organisation, String workerId, byte[] ciphertext, String context,
            ReEncryption.Tally tally) {
        if (ciphertext == null) {
            return null;
        }
        if (ConfidentialCipher.sealedWithWorkerKey(ciphertext)) {
            tally.current();
            return ciphertext;
        }
        byte[] moved = sealAbout(organisation, workerId, master.open(ciphertext, context), context);
        tally.resealed(ConfidentialCipher.keyIdOf(ciphertext));
        return moved;
    }
}
