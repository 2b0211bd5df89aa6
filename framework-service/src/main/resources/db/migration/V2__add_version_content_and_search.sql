-- A version's content is its package in canonical JSON (what the export returns). Versions created
-- before content existed have none and read as empty.
alter table framework_version
    add column stage        text,
    add column issued       date,
    add column supersedes   text,
    add column content      text,
    add column content_hash text;

-- Full-text search over statement text, one row per statement or sub-heading of a version.
create table statement_search (
    version_id  uuid    not null references framework_version (id) on delete cascade,
    code        text    not null,
    kind        text    not null,
    text        text    not null,
    area_code   text    not null,
    domain_code text    not null,
    position    integer not null,
    document    tsvector generated always as (to_tsvector('english', text)) stored,
    primary key (version_id, code)
);
create index statement_search_document on statement_search using gin (document);
