-- Versioned domain-classifier models: every node loads the latest, so all suggest the same.
CREATE TABLE tr_model (
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    source      VARCHAR(200)             NOT NULL,
    examples    INT                      NOT NULL,
    metrics     VARCHAR(1000000)         NOT NULL,
    model       BYTEA                    NOT NULL,
    CONSTRAINT tr_model_pk PRIMARY KEY (version)
);
