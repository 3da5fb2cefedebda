-- H2 has no full-text index in PostgreSQL mode; search there scans with LIKE (fine for demo-sized data).
select 1;
