package cn.gov.amr.credit.disclosure.application;

import cn.gov.amr.credit.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes whether today's bulk file is due and writes it ({@link BulkFiles#generateIfDue}):
 * a run that failed or was cut short by a crash stored nothing, so the next look writes it again.
 */
@Component
class BulkFileJob {

    private static final Logger log = LoggerFactory.getLogger(BulkFileJob.class);
    private final BulkFiles files;
    private final BulkFileSettings settings;

    BulkFileJob(BulkFiles files, BulkFileSettings settings) {
        this.files = files;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${credit.disclosure.bulk.check-every:10m}",
            initialDelayString = "${credit.disclosure.bulk.first-check-after:2m}")
    void check() {
        if (!settings.scheduled()) {
            return;
        }
        try {
            files.generateIfDue();
        } catch (Refusal busy) {
            log.debug("Bulk file being written by another instance");
        } catch (RuntimeException e) {
            log.error("Public bulk file failed; tried again at the next check", e);
        }
    }
}
