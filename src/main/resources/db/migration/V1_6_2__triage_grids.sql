-- Grids: polygons inside a street/town (and a community where known), WGS-84; the demo grids are generated from
-- H3 cells at first start (docs/triage.md).
CREATE TABLE tr_grid (
    code            VARCHAR(40)      NOT NULL,
    name            VARCHAR(200)     NOT NULL,
    street_code     VARCHAR(12)      NOT NULL,
    community_code  VARCHAR(12),
    polygon_wkt     VARCHAR(1000000) NOT NULL,
    centre_lat      DOUBLE PRECISION NOT NULL,
    centre_lon      DOUBLE PRECISION NOT NULL,
    source          VARCHAR(40)      NOT NULL,
    CONSTRAINT tr_grid_pk PRIMARY KEY (code)
);
CREATE INDEX tr_grid_street_ix ON tr_grid (street_code);
