{#-
    The monthly cutoffs leads are scored at for calibration (spec: Calibration): every month start
    m with first activity < m <= the month after the last activity (months without activity
    included), whose horizon (calibration_horizon_days) has passed by the latest time the data
    has observed: the latest activity, sales touch or opportunity (created or closed), never
    after the run time. So every label is observed in full, and a world whose activity falls in
    one month still has the cutoff right after it. No cutoff at all warns
    (assert_calibration_has_cutoffs): calibration and signal lift are then empty.
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

observed_times as (

    select occurred_at as observed_at
    from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

    union all

    select touched_at from {{ ref('int_sales_touches_rekeyed') }}

    union all

    select created_at from {{ ref('int_opportunities_rekeyed') }}

    union all

    select closed_at from {{ ref('int_opportunities_rekeyed') }}

),

observed as (

    select
        case
            when max(observed_at) > {{ run_time() }} then {{ run_time() }}
            else max(observed_at)
        end as observed_through
    from observed_times

),

digits as (

    {% for digit in range(10) %}
        select {{ digit }} as digit
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

month_offsets as (

    -- 0 to 999 months after the first activity's month
    select ones.digit + 10 * tens.digit + 100 * hundreds.digit as month_offset
    from digits as ones
    cross join digits as tens
    cross join digits as hundreds

),

{%- set first_month -%}
    cast({{ dbt.date_trunc('month', 'clock.first_activity_at') }} as {{ dbt.type_timestamp() }})
{%- endset %}

months as (

    select
        cast(
            {{ dbt.dateadd('month', 'month_offsets.month_offset', first_month) }}
            as {{ dbt.type_timestamp() }}
        ) as cutoff_at
    from month_offsets
    cross join clock

),

{%- set last_activity_month -%}
    cast({{ dbt.date_trunc('month', 'clock.last_activity_at') }} as {{ dbt.type_timestamp() }})
{%- endset %}

last_month as (

    select
        cast({{ dbt.dateadd('month', '1', last_activity_month) }} as {{ dbt.type_timestamp() }})
            as last_activity_month_activity
    from clock

),

final as (

    select
        months.cutoff_at,
        {{ epoch_seconds('months.cutoff_at') }} as cutoff_epoch
    from months
    cross join clock
    cross join observed
    cross join last_month
    where months.cutoff_at > clock.first_activity_at
        and months.cutoff_at <= last_month.last_activity_month_activity
        and {{ epoch_seconds('months.cutoff_at') }} + {{ var('calibration_horizon_days') }} * 86400.0
        <= {{ epoch_seconds('observed.observed_through') }}

)

select * from final
