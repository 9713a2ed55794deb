-- Event publication registry of Spring Modulith (the transactional outbox), owned here rather than created at run time.
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR(1000000)         NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(32),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_event_publication PRIMARY KEY (id)
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
CREATE INDEX ix_event_publication_listener ON event_publication (listener_id, completion_date);

-- Idempotency keys (CONTRACT §1): one row per caller and key; the answer is stored in the business transaction.
CREATE TABLE sh_idempotency (
    scope          VARCHAR(200)             NOT NULL,
    idem_key       VARCHAR(200)             NOT NULL,
    request_hash   VARCHAR(64)              NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    owner_token    VARCHAR(64)              NOT NULL,
    lease_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code    INT,
    content_type   VARCHAR(200),
    location       VARCHAR(1000),
    body           VARCHAR(1000000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sh_idempotency PRIMARY KEY (scope, idem_key)
);
CREATE INDEX ix_sh_idempotency_created ON sh_idempotency (created_at);
