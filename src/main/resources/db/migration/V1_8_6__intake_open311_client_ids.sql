-- Open311 clients' own request ids (form parameter client_request_id, a documented extension of GeoReport v2):
-- one row per client and id, inserted first in the transaction that takes the request in, so that the primary key
-- and not a look-up decides which of two concurrent posts creates the order. The token leads to in_open311_request.
CREATE TABLE in_open311_client_request (
    client_id          VARCHAR(36)              NOT NULL,
    client_request_id  VARCHAR(200)             NOT NULL,
    token              VARCHAR(36)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_open311_client_request PRIMARY KEY (client_id, client_request_id),
    CONSTRAINT uq_in_open311_client_request_token UNIQUE (token),
    CONSTRAINT fk_in_open311_client_request_client FOREIGN KEY (client_id) REFERENCES in_open311_client (id)
);
