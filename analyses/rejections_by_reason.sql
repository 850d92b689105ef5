-- Rejected raw rows by table and reason, largest first, with one record id to look at:
-- a first look after a load that rejected more than usual. Compile with `dbt compile`.
select
    source_table,
    reason,
    count(*) as rejected_rows,
    min(record_id) as example_record_id
from {{ ref('rejected_records') }}
group by source_table, reason
order by rejected_rows desc
