-- The key ring that protects sign-in cookies and anti-forgery tokens (ASP.NET Core data protection), one XML element
-- per key: kept with the data, so sessions survive a restart and every process on one database reads the same keys.
CREATE TABLE key_ring (
    name        TEXT NOT NULL PRIMARY KEY,
    xml         TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
