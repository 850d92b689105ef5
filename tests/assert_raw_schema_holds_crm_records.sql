-- An error: with no lead and no account row at all, the raw schema is the wrong one or its loader
-- has not run, and what depends on it is skipped rather than built empty. Either alone is a CRM:
-- leads without accounts, or accounts and opportunities without leads (the lead marts are then
-- empty, with the warning not_empty_val_raw__leads).
with counts as (

    select
        (select count(*) from {{ ref('val_raw__leads') }}) as lead_rows,
        (select count(*) from {{ ref('val_raw__accounts') }}) as account_rows

)

select
    'No lead and no account row in var raw_schema (''{{ var("raw_schema", "raw") }}''): load the raw tables '
    || 'there, or set var load_demo_data to true for the demo world.' as problem
from counts
where lead_rows = 0
    and account_rows = 0
