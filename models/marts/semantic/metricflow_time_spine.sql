{#-
    One row per day, the calendar MetricFlow joins metrics to (docs/bi-access.md, "Semantic layer"): 10,000
    days from var time_spine_start (default 2015-01-01, about 27 years), enough for every
    timestamp the marts hold.
-#}
with digits as (

    select 0 as digit
    union all
    select 1
    union all
    select 2
    union all
    select 3
    union all
    select 4
    union all
    select 5
    union all
    select 6
    union all
    select 7
    union all
    select 8
    union all
    select 9

),

day_numbers as (

    select ones.digit + 10 * tens.digit + 100 * hundreds.digit + 1000 * thousands.digit as day_number
    from digits as ones
    cross join digits as tens
    cross join digits as hundreds
    cross join digits as thousands

),

final as (

    select
        cast(
            {{ dbt.dateadd('day', 'day_number', "cast('" ~ var('time_spine_start') ~ "' as date)") }} as date
        ) as date_day
    from day_numbers

)

select {{ contract_columns() }}
from final
