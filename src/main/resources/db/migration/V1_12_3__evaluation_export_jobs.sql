-- Asynchronous exports of the monthly report (docs/evaluation.md § Monthly reports): one row per job with its state,
-- progress and, once done, the file itself until it expires.
CREATE TABLE ev_export_job (
    id                  VARCHAR(36)              NOT NULL,
    owner_id            VARCHAR(64)              NOT NULL,
    format              VARCHAR(8)               NOT NULL,
    report_month        VARCHAR(7)               NOT NULL,
    state               VARCHAR(12)              NOT NULL,
    progress            INT                      NOT NULL,
    error               VARCHAR(2000),
    file_name           VARCHAR(100),
    content             BYTEA,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    expires_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ev_export_job_pk PRIMARY KEY (id),
    CONSTRAINT ev_export_job_state_ck CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ev_export_job_progress_ck CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX ev_export_job_state_idx ON ev_export_job (state);
CREATE INDEX ev_export_job_expires_idx ON ev_export_job (expires_at);
