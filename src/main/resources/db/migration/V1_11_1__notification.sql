-- Notifications: the in-app inbox per user, and the deliveries sent through SMS and e-mail senders (idempotency).
CREATE TABLE nt_notification (
    id          VARCHAR(36)              NOT NULL,
    recipient   VARCHAR(64)              NOT NULL,
    event_key   VARCHAR(200)             NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    order_id    VARCHAR(36),
    ref_id      VARCHAR(36),
    args        VARCHAR(4000)            NOT NULL,
    link        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_nt_notification PRIMARY KEY (id),
    CONSTRAINT uq_nt_notification_event UNIQUE (recipient, event_key)
);
CREATE INDEX ix_nt_notification_inbox ON nt_notification (recipient, created_at);

-- One row per message handed to a sender; the address is stored masked.
CREATE TABLE nt_delivery (
    event_key   VARCHAR(200)             NOT NULL,
    channel     VARCHAR(16)              NOT NULL,
    address     VARCHAR(200)             NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_nt_delivery PRIMARY KEY (event_key, channel, address)
);
