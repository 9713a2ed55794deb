-- Evaluation read models (docs/evaluation.md): the rate-relevant work-order events per order (idempotent log, one
-- row per distinct event), one lock row per order, and the order's contributions to the rates per unit and day.
CREATE TABLE ev_order (
    order_id            VARCHAR(36)              NOT NULL,
    CONSTRAINT ev_order_pk PRIMARY KEY (order_id)
);

CREATE TABLE ev_event (
    order_id            VARCHAR(36)              NOT NULL,
    digest              VARCHAR(64)              NOT NULL,
    kind                VARCHAR(40)              NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    payload             VARCHAR(1000000)         NOT NULL,
    CONSTRAINT ev_event_pk PRIMARY KEY (order_id, digest)
);

CREATE TABLE ev_fact (
    order_id            VARCHAR(36)              NOT NULL,
    seq                 INT                      NOT NULL,
    unit_code           VARCHAR(64)              NOT NULL,
    fact_day            DATE                     NOT NULL,
    region_code         VARCHAR(12),
    district_code       VARCHAR(12),
    street_code         VARCHAR(12),
    item_code           VARCHAR(64),
    dispatched          INT                      NOT NULL,
    signed_on_time      INT                      NOT NULL,
    responded           INT                      NOT NULL,
    returns             INT                      NOT NULL,
    replied             INT                      NOT NULL,
    replied_on_time     INT                      NOT NULL,
    handle_seconds      BIGINT                   NOT NULL,
    revisits            INT                      NOT NULL,
    resolved            INT                      NOT NULL,
    satisfied           INT                      NOT NULL,
    basically_satisfied INT                      NOT NULL,
    dissatisfied        INT                      NOT NULL,
    reopens             INT                      NOT NULL,
    overdue             INT                      NOT NULL,
    CONSTRAINT ev_fact_pk PRIMARY KEY (order_id, seq)
);

CREATE INDEX ev_fact_day_idx ON ev_fact (fact_day, unit_code);
CREATE INDEX ev_fact_unit_day_idx ON ev_fact (unit_code, fact_day);
