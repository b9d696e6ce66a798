package cn.gov.amr.credit.web.jobs;

import java.util.Map;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.platform.Jobs;
import org.springframework.stereotype.Component;

/** Starting a job now by hand, from the page or the API: audited as {@link #JOB_STARTED}. */
@Component
class JobStarts {

    /** Audit action of a job started by hand; its target is {@code job:<name>}. */
    static final String JOB_STARTED = "JOB_STARTED";

    private final Jobs jobs;
    private final AuditLog audit;

    JobStarts(Jobs jobs, AuditLog audit) {
        this.jobs = jobs;
        this.audit = audit;
    }

    /** Starts the job and audits it; a refusal (unknown job, running) is thrown before anything is audited. */
    void start(String name) {
        jobs.startNow(name);
        audit.record(JOB_STARTED, "job:" + name, Map.of());
    }
}
