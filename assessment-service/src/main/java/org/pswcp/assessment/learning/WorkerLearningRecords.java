package org.pswcp.assessment.learning;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordView;

/**
 * One worker's learning records in an organisation, all of them: for their subject access export (whoever asks, for the
 * export decides who may), and to forget when their records are destroyed.
 */
@ApplicationScoped
public class WorkerLearningRecords {

    private final LearningRecordRepository records;
    private final FrameworkCopies copies;

    WorkerLearningRecords(LearningRecordRepository records, FrameworkCopies copies) {
        this.records = records;
        this.copies = copies;
    }

    /** Every learning record of the worker, withdrawn ones too, by completion date, from every learning system. */
    @Transactional
    public List<LearningRecordView> of(String organisation, String workerId) {
        return records.ofWorker(organisation, workerId).stream()
                .map(r -> LearningRecordView.of(r, copies.version(r.frameworkVersionId()).orElse(null))).toList();
    }

    /**
     * Deletes every learning record of the worker in the organisation, in the destruction's transaction.
     *
     * @return how many were deleted
     */
    @Transactional(TxType.MANDATORY)
    public long forget(String organisation, String workerId) {
        return records.deleteOfWorker(organisation, workerId);
    }
}
