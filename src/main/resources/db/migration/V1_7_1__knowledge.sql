-- Knowledge base (知识库): policy answers used for direct answers at intake. The search index is rebuilt from this
-- table on every node (Lucene, in memory).
CREATE TABLE kb_article (
    id          VARCHAR(36)              NOT NULL,
    title       VARCHAR(200)             NOT NULL,
    body        VARCHAR(1000000)         NOT NULL,
    keywords    VARCHAR(1000),
    category    VARCHAR(100),
    unit_code   VARCHAR(64),
    valid_from  DATE,
    valid_to    DATE,
    status      VARCHAR(20)              NOT NULL,
    use_count   INT                      NOT NULL,
    version     INT                      NOT NULL,
    created_by  VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_kb_article PRIMARY KEY (id),
    CONSTRAINT ck_kb_article_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);
CREATE INDEX ix_kb_article_unit ON kb_article (unit_code);
