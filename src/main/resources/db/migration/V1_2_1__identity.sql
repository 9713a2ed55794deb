-- Identity: users with one role and its scope, grid assignments, shared secrets, and the audit of personal-data reads.
CREATE TABLE idn_user (
    id            VARCHAR(36)              NOT NULL,
    username      VARCHAR(64)              NOT NULL,
    password_hash VARCHAR(100)             NOT NULL,
    display_name  VARCHAR(200)             NOT NULL,
    role          VARCHAR(20)              NOT NULL,
    unit_code     VARCHAR(64),
    region_code   VARCHAR(12),
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_idn_user PRIMARY KEY (id),
    CONSTRAINT uq_idn_user_username UNIQUE (username),
    CONSTRAINT ck_idn_user_role CHECK (role IN ('ADMIN', 'OPERATOR', 'DISPATCHER', 'HANDLER', 'GRID_WORKER',
        'SUPERVISOR', 'LEADER'))
);
CREATE INDEX ix_idn_user_role ON idn_user (role);
CREATE INDEX ix_idn_user_unit ON idn_user (unit_code);

-- The grids of a grid worker (the grid registry comes later; codes are not foreign keys across modules).
CREATE TABLE idn_user_grid (
    user_id   VARCHAR(36) NOT NULL,
    grid_code VARCHAR(64) NOT NULL,
    CONSTRAINT pk_idn_user_grid PRIMARY KEY (user_id, grid_code),
    CONSTRAINT fk_idn_user_grid_user FOREIGN KEY (user_id) REFERENCES idn_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_idn_user_grid_grid ON idn_user_grid (grid_code);

-- Secrets every instance must share (the signing key of bearer tokens), generated at first start.
CREATE TABLE idn_secret (
    name         VARCHAR(64)              NOT NULL,
    secret_value VARCHAR(200)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idn_secret PRIMARY KEY (name)
);

-- Every read of unmasked personal data: who, when, whose (subject), which fields.
CREATE TABLE idn_pii_audit (
    id           VARCHAR(36)              NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id      VARCHAR(36),
    username     VARCHAR(64)              NOT NULL,
    role         VARCHAR(20),
    subject_type VARCHAR(40)              NOT NULL,
    subject_id   VARCHAR(64)              NOT NULL,
    fields       VARCHAR(500)             NOT NULL,
    CONSTRAINT pk_idn_pii_audit PRIMARY KEY (id)
);
CREATE INDEX ix_idn_pii_audit_at ON idn_pii_audit (at);
CREATE INDEX ix_idn_pii_audit_user ON idn_pii_audit (username, at);
CREATE INDEX ix_idn_pii_audit_subject ON idn_pii_audit (subject_id, at);
