-- Directory: administrative regions, handling units and the responsibility list (责任清单).

CREATE TABLE dir_region (
    code        VARCHAR(12)      NOT NULL,
    name        VARCHAR(100)     NOT NULL,
    short_name  VARCHAR(100)     NOT NULL,
    level       VARCHAR(16)      NOT NULL,
    parent_code VARCHAR(12),
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    CONSTRAINT pk_dir_region PRIMARY KEY (code),
    CONSTRAINT ck_dir_region_level CHECK (level IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY'))
);
CREATE INDEX ix_dir_region_parent ON dir_region (parent_code);

CREATE TABLE dir_unit (
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    parent_code VARCHAR(40),
    region_code VARCHAR(12),
    enabled     BOOLEAN      NOT NULL,
    CONSTRAINT pk_dir_unit PRIMARY KEY (code),
    CONSTRAINT ck_dir_unit_type CHECK (type IN ('CITY_DEPARTMENT', 'DISTRICT', 'DISTRICT_DEPARTMENT', 'STREET',
        'COMMUNITY', 'UTILITY', 'HOTLINE_CENTRE'))
);
CREATE INDEX ix_dir_unit_parent ON dir_unit (parent_code);
CREATE INDEX ix_dir_unit_region ON dir_unit (region_code);

-- Limits are kept as written ("PT2H WORKING_HOURS"), the same text as the import/export columns; list fields are
-- joined with "|" as in the CSV format.
CREATE TABLE dir_item (
    code                  VARCHAR(40)              NOT NULL,
    name                  VARCHAR(200)             NOT NULL,
    path                  VARCHAR(400)             NOT NULL,
    domain                VARCHAR(100)             NOT NULL,
    nature                VARCHAR(16)              NOT NULL,
    urgency               VARCHAR(16)              NOT NULL,
    description           VARCHAR(4000)            NOT NULL,
    keywords              VARCHAR(2000)            NOT NULL,
    public_service        BOOLEAN                  NOT NULL,
    unit_rule             VARCHAR(16)              NOT NULL,
    unit_code             VARCHAR(40),
    co_unit_codes         VARCHAR(1000)            NOT NULL,
    sign_limit            VARCHAR(60)              NOT NULL,
    response_limit        VARCHAR(60)              NOT NULL,
    handle_normal         VARCHAR(60)              NOT NULL,
    handle_urgent         VARCHAR(60),
    handle_critical       VARCHAR(60),
    handle_complex        VARCHAR(60),
    verification_required BOOLEAN                  NOT NULL,
    closing_criteria      VARCHAR(4000)            NOT NULL,
    enabled               BOOLEAN                  NOT NULL,
    version               BIGINT                   NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dir_item PRIMARY KEY (code)
);
CREATE INDEX ix_dir_item_domain ON dir_item (domain);
CREATE INDEX ix_dir_item_updated ON dir_item (updated_at);
