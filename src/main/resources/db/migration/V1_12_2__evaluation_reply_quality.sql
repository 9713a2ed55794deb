-- Automatic reply-quality scores (docs/reply-quality.md), one per reply.
CREATE TABLE ev_reply_quality (
    order_id            VARCHAR(36)              NOT NULL,
    replied_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    unit_code           VARCHAR(64),
    score               DOUBLE PRECISION         NOT NULL,
    relevance           DOUBLE PRECISION         NOT NULL,
    completeness        DOUBLE PRECISION         NOT NULL,
    timeliness          DOUBLE PRECISION         NOT NULL,
    reasons             VARCHAR(2000)            NOT NULL,
    flagged             BOOLEAN                  NOT NULL,
    CONSTRAINT ev_reply_quality_pk PRIMARY KEY (order_id, replied_at)
);

CREATE INDEX ev_reply_quality_flagged_idx ON ev_reply_quality (flagged, replied_at);
