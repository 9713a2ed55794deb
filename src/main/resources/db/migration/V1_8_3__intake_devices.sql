-- Device events (智慧安防): sources that sign their events with an HMAC secret, and every event received, once per
-- (source, event id), with what was done with it (an order opened, linked to an open order, or only logged).
CREATE TABLE in_device_source (
    id          VARCHAR(64)              NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    secret      VARCHAR(200)             NOT NULL,
    enabled     BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_device_source PRIMARY KEY (id)
);

CREATE TABLE in_device_event (
    source_id     VARCHAR(64)              NOT NULL,
    event_id      VARCHAR(200)             NOT NULL,
    device_id     VARCHAR(200)             NOT NULL,
    event_type    VARCHAR(64)              NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    address       VARCHAR(500),
    region_code   VARCHAR(12),
    detail        VARCHAR(4000),
    outcome       VARCHAR(20)              NOT NULL,
    order_id      VARCHAR(36),
    order_number  VARCHAR(40),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_device_event PRIMARY KEY (source_id, event_id),
    CONSTRAINT fk_in_device_event_source FOREIGN KEY (source_id) REFERENCES in_device_source (id),
    CONSTRAINT ck_in_device_event_outcome CHECK (outcome IN ('ORDER_CREATED', 'LINKED', 'LOGGED'))
);
CREATE INDEX ix_in_device_event_device ON in_device_event (source_id, device_id, event_type, received_at);
