-- Supervision (督办): supervision orders on work orders (manual or opened by a breached deadline) and urgings (催办).
CREATE TABLE sv_supervision (
    id             VARCHAR(36)              NOT NULL,
    work_order_id  VARCHAR(36)              NOT NULL,
    order_number   VARCHAR(32)              NOT NULL,
    unit_code      VARCHAR(64),
    level          VARCHAR(16)              NOT NULL,
    reason         VARCHAR(2000)            NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    automatic      BOOLEAN                  NOT NULL,
    source_key     VARCHAR(100)             NOT NULL,
    opened_by      VARCHAR(64)              NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue        BOOLEAN                  NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    close_reason   VARCHAR(200),
    CONSTRAINT pk_sv_supervision PRIMARY KEY (id),
    CONSTRAINT uq_sv_supervision_source UNIQUE (source_key),
    CONSTRAINT ck_sv_supervision_level CHECK (level IN ('NORMAL', 'KEY', 'LISTED'))
);
CREATE INDEX ix_sv_supervision_order ON sv_supervision (work_order_id);
CREATE INDEX ix_sv_supervision_unit ON sv_supervision (unit_code, opened_at);
CREATE INDEX ix_sv_supervision_open ON sv_supervision (closed_at, opened_at);

CREATE TABLE sv_urge (
    id             VARCHAR(36)              NOT NULL,
    work_order_id  VARCHAR(36)              NOT NULL,
    order_number   VARCHAR(32)              NOT NULL,
    unit_code      VARCHAR(64),
    note           VARCHAR(2000)            NOT NULL,
    urged_by       VARCHAR(64)              NOT NULL,
    urged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sv_urge PRIMARY KEY (id)
);
CREATE INDEX ix_sv_urge_order ON sv_urge (work_order_id);
CREATE INDEX ix_sv_urge_unit ON sv_urge (unit_code, urged_at);
