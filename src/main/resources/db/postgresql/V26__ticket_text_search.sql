-- Issue 16, ticket search on PostgreSQL only (application-postgres.yaml adds this location to
-- Flyway's; H2 has no such index and keeps its scan). The search's text filter,
-- lower(description) like '%...%' (complaint.TicketSearch), by a trigram index: a term of three
-- characters or more (Chinese characters too, under a UTF-8 ctype) is found through the index
-- instead of a scan of every ticket; a two-character term yields no trigram and is still a scan
-- (docs/performance.md, "Ticket search").
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it; where the
-- application's role does not own the database, a DBA creates it first (docs/operations.md).
create extension if not exists pg_trgm;
create index ticket_description_trgm_idx on ticket using gin (lower(description) gin_trgm_ops);
