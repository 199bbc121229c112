-- Where the database was last served from: the cluster (its system identifier), the database (its oid) and the
-- catalog's own table (its oid, new whenever pg_restore made the tables again). A server that finds another
-- place here runs on a restored copy: it starts a new epoch for every municipality, so that every desk fetches
-- the restored data whole instead of pulling from a position the copy never reached
-- (ServerCatalog::startNewEpochsIfRestored).
CREATE TABLE catalog.served_from (
    id integer PRIMARY KEY CHECK (id = 1),
    place text NOT NULL,
    since bigint NOT NULL
);
