-- Linkage (一哨联动): whistles, the units they summon with their reports and ratings, and each whistle's timeline.
CREATE TABLE lk_whistle (
    id             VARCHAR(36)              NOT NULL,
    whistle_type   VARCHAR(20)              NOT NULL,
    work_order_id  VARCHAR(36),
    unit_code      VARCHAR(64)              NOT NULL,
    description    VARCHAR(4000)            NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    report_due_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blown_by       VARCHAR(64)              NOT NULL,
    blown_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    close_note     VARCHAR(2000),
    version        INT                      NOT NULL,
    CONSTRAINT pk_lk_whistle PRIMARY KEY (id),
    CONSTRAINT ck_lk_whistle_type CHECK (whistle_type IN ('DAILY', 'KEY_TASK', 'EMERGENCY')),
    CONSTRAINT ck_lk_whistle_status CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX ix_lk_whistle_unit ON lk_whistle (unit_code, blown_at);
CREATE INDEX ix_lk_whistle_order ON lk_whistle (work_order_id);
CREATE INDEX ix_lk_whistle_blown ON lk_whistle (blown_at);

-- One row per summoned unit: its report (报到), whether it was late or flagged missing, and the rating it received.
CREATE TABLE lk_summons (
    whistle_id     VARCHAR(36)              NOT NULL,
    unit_code      VARCHAR(64)              NOT NULL,
    reported_at    TIMESTAMP WITH TIME ZONE,
    reported_by    VARCHAR(64),
    late           BOOLEAN                  NOT NULL,
    missing        BOOLEAN                  NOT NULL,
    note           VARCHAR(2000),
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    score          INT,
    rating_comment VARCHAR(2000),
    rated_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_lk_summons PRIMARY KEY (whistle_id, unit_code),
    CONSTRAINT fk_lk_summons_whistle FOREIGN KEY (whistle_id) REFERENCES lk_whistle (id),
    CONSTRAINT ck_lk_summons_score CHECK (score IS NULL OR (score BETWEEN 1 AND 5))
);
CREATE INDEX ix_lk_summons_unit ON lk_summons (unit_code);

CREATE TABLE lk_timeline (
    id          VARCHAR(36)              NOT NULL,
    whistle_id  VARCHAR(36)              NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    action      VARCHAR(32)              NOT NULL,
    unit_code   VARCHAR(64),
    note        VARCHAR(4000),
    CONSTRAINT pk_lk_timeline PRIMARY KEY (id),
    CONSTRAINT fk_lk_timeline_whistle FOREIGN KEY (whistle_id) REFERENCES lk_whistle (id)
);
CREATE INDEX ix_lk_timeline_whistle ON lk_timeline (whistle_id, at);
