-- Duplicate proposals (重复件): for a newly taken-in order, the open orders that look like the same request (same
-- caller, or same place and similar text, within the configured window). One row per (order, candidate); the console
-- and the dispatcher read them, and a merge marks the row MERGED.
CREATE TABLE in_duplicate (
    order_id      VARCHAR(36)              NOT NULL,
    candidate_id  VARCHAR(36)              NOT NULL,
    score         DOUBLE PRECISION         NOT NULL,
    reason        VARCHAR(20)              NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_duplicate PRIMARY KEY (order_id, candidate_id),
    CONSTRAINT ck_in_duplicate_reason CHECK (reason IN ('SAME_CALLER', 'SAME_PLACE')),
    CONSTRAINT ck_in_duplicate_status CHECK (status IN ('PROPOSED', 'MERGED'))
);
CREATE INDEX ix_in_duplicate_candidate ON in_duplicate (candidate_id);
