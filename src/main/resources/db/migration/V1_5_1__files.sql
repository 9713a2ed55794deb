-- Uploaded files: metadata here, bytes in the file store (a directory under the data directory by default).
CREATE TABLE fs_file (
    id            VARCHAR(36)              NOT NULL,
    name          VARCHAR(255)             NOT NULL,
    content_type  VARCHAR(100)             NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    storage_key   VARCHAR(500)             NOT NULL,
    created_by    VARCHAR(100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_fs_file PRIMARY KEY (id)
);
