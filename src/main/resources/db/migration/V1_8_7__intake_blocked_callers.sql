-- Blocked callers (骚扰号码名单): numbers whose contacts are logged but do not become work orders unless an operator
-- takes the request with a reason. One entry per (normalised) number; an entry past expires_at no longer blocks.
CREATE TABLE in_blocked_caller (
    id          VARCHAR(36)              NOT NULL,
    phone       VARCHAR(40)              NOT NULL,
    reason      VARCHAR(500)             NOT NULL,
    added_by    VARCHAR(100)             NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_in_blocked_caller PRIMARY KEY (id),
    CONSTRAINT uq_in_blocked_caller_phone UNIQUE (phone)
);

-- Contacts from blocked numbers on every channel: refused ones and the ones an operator took with a reason. The
-- number is kept masked for display and as a SHA-256 hash (to count one number's contacts), never in full.
CREATE TABLE in_contact_log (
    id            VARCHAR(36)              NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    channel       VARCHAR(20)              NOT NULL,
    phone_masked  VARCHAR(40)              NOT NULL,
    phone_hash    VARCHAR(64)              NOT NULL,
    operator      VARCHAR(200)             NOT NULL,
    outcome       VARCHAR(20)              NOT NULL,
    order_id      VARCHAR(36),
    note          VARCHAR(1000),
    CONSTRAINT pk_in_contact_log PRIMARY KEY (id),
    CONSTRAINT ck_in_contact_log_outcome CHECK (outcome IN ('REFUSED', 'TAKEN'))
);
CREATE INDEX ix_in_contact_log_at ON in_contact_log (at);
CREATE INDEX ix_in_contact_log_phone ON in_contact_log (phone_hash, at);
