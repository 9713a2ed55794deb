-- Business calendar: the days that differ from "Monday to Friday work" (holidays, 调休), and confirmed working days.
CREATE TABLE dl_calendar_day (
    date        DATE                     NOT NULL,
    off_day     BOOLEAN                  NOT NULL,
    name        VARCHAR(100),
    source      VARCHAR(16)              NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dl_calendar_day PRIMARY KEY (date),
    CONSTRAINT ck_dl_calendar_day_source CHECK (source IN ('NOTICE', 'ADMIN'))
);

-- The dates the holiday file has ever loaded: a date is loaded once, so an administrator's edit or deletion stays.
CREATE TABLE dl_calendar_seed (
    date        DATE                     NOT NULL,
    seeded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dl_calendar_seed PRIMARY KEY (date)
);

-- One row; bumped with every change of dl_calendar_day so that every instance notices and reloads its cache.
CREATE TABLE dl_calendar_revision (
    id          INT    NOT NULL,
    revision    BIGINT NOT NULL,
    CONSTRAINT pk_dl_calendar_revision PRIMARY KEY (id),
    CONSTRAINT ck_dl_calendar_revision_single CHECK (id = 1)
);
INSERT INTO dl_calendar_revision (id, revision) VALUES (1, 0);

-- Deadline rows: the only state of the deadline engine (no in-memory timers).
CREATE TABLE dl_deadline (
    id              VARCHAR(36)              NOT NULL,
    owner_type      VARCHAR(40)              NOT NULL,
    owner_id        VARCHAR(100)             NOT NULL,
    kind            VARCHAR(40)              NOT NULL,
    limit_mode      VARCHAR(16)              NOT NULL,
    limit_duration  VARCHAR(40)              NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    warn_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    resume_status   VARCHAR(16),
    suspended_at    TIMESTAMP WITH TIME ZONE,
    warned_at       TIMESTAMP WITH TIME ZONE,
    breached_at     TIMESTAMP WITH TIME ZONE,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dl_deadline PRIMARY KEY (id),
    CONSTRAINT ck_dl_deadline_status CHECK (status IN ('PENDING', 'WARNED', 'BREACHED', 'SUSPENDED', 'COMPLETED', 'DEAD')),
    CONSTRAINT ck_dl_deadline_resume CHECK (resume_status IS NULL OR resume_status IN ('PENDING', 'WARNED')),
    CONSTRAINT ck_dl_deadline_mode CHECK (limit_mode IN ('NATURAL', 'WORKING_HOURS', 'WORKING_DAYS')),
    CONSTRAINT ck_dl_deadline_order CHECK (warn_at <= due_at)
);
CREATE INDEX ix_dl_deadline_status_warn ON dl_deadline (status, warn_at);
CREATE INDEX ix_dl_deadline_status_due ON dl_deadline (status, due_at);
CREATE INDEX ix_dl_deadline_owner ON dl_deadline (owner_type, owner_id, kind);
