-- Citizen portal: the query code of each order submitted through the portal (a SHA-256 hash; the citizen keeps the
-- code), so that only the citizen can track and answer the revisit online.
CREATE TABLE in_portal_ticket (
    order_id     VARCHAR(36)              NOT NULL,
    order_number VARCHAR(40)              NOT NULL,
    code_hash    VARCHAR(64)              NOT NULL,
    revisit_sent BOOLEAN                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_portal_ticket PRIMARY KEY (order_id),
    CONSTRAINT uq_in_portal_ticket_number UNIQUE (order_number)
);
