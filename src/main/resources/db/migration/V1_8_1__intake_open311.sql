-- Open311 GeoReport v2: client applications (api keys, stored as SHA-256 hashes), the Open311 facts of each request
-- taken in (token, attributes, media URL), and the extra attributes of service definitions.
CREATE TABLE in_open311_client (
    id               VARCHAR(36)              NOT NULL,
    name             VARCHAR(200)             NOT NULL,
    contact          VARCHAR(200),
    key_hash         VARCHAR(64)              NOT NULL,
    rate_per_minute  INT                      NOT NULL,
    enabled          BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_open311_client PRIMARY KEY (id),
    CONSTRAINT uq_in_open311_client_key UNIQUE (key_hash),
    CONSTRAINT ck_in_open311_client_rate CHECK (rate_per_minute > 0)
);

CREATE TABLE in_open311_request (
    token          VARCHAR(36)              NOT NULL,
    order_id       VARCHAR(36)              NOT NULL,
    order_number   VARCHAR(40)              NOT NULL,
    client_id      VARCHAR(36)              NOT NULL,
    service_code   VARCHAR(64)              NOT NULL,
    address_id     VARCHAR(200),
    email          VARCHAR(200),
    device_id      VARCHAR(200),
    account_id     VARCHAR(200),
    media_url      VARCHAR(2000),
    attributes     VARCHAR(1000000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_open311_request PRIMARY KEY (token),
    CONSTRAINT uq_in_open311_request_order UNIQUE (order_id),
    CONSTRAINT fk_in_open311_request_client FOREIGN KEY (client_id) REFERENCES in_open311_client (id)
);
CREATE INDEX ix_in_open311_request_number ON in_open311_request (order_number);

-- Attributes of a service definition (GeoReport v2 "service_definition"); value_list holds key=name pairs
-- separated by '|' for the list datatypes.
CREATE TABLE in_service_attribute (
    service_code          VARCHAR(64)   NOT NULL,
    code                  VARCHAR(64)   NOT NULL,
    datatype              VARCHAR(20)   NOT NULL,
    variable              BOOLEAN       NOT NULL,
    required              BOOLEAN       NOT NULL,
    datatype_description  VARCHAR(500),
    sort_order            INT           NOT NULL,
    description           VARCHAR(1000) NOT NULL,
    value_list            VARCHAR(4000),
    CONSTRAINT pk_in_service_attribute PRIMARY KEY (service_code, code),
    CONSTRAINT uq_in_service_attribute_order UNIQUE (service_code, sort_order),
    CONSTRAINT ck_in_service_attribute_type CHECK (datatype IN ('string', 'number', 'datetime', 'text',
        'singlevaluelist', 'multivaluelist'))
);

INSERT INTO in_service_attribute (service_code, code, datatype, variable, required, datatype_description, sort_order,
        description, value_list)
VALUES ('CG-0101', 'DAMAGE', 'singlevaluelist', TRUE, TRUE, NULL, 1, '井盖的情况', 'MISSING=缺失|BROKEN=破损|SHIFTED=移位或松动'),
       ('CG-0101', 'HAZARD', 'multivaluelist', TRUE, FALSE, NULL, 2, '现场风险（可多选）', 'NIGHT=夜间无照明|TRAFFIC=位于车行道|CHILDREN=学校或小区附近'),
       ('CG-0101', 'NOTE', 'string', FALSE, FALSE, NULL, 3, '如遇人员坠落等紧急情况，请直接拨打 110 或 120。', NULL),
       ('CG-0101', 'COUNT', 'number', TRUE, FALSE, '整数，1 至 99', 4, '涉及井盖数量', NULL);
