{#-
    Every month start m with first activity < m <= the month after the last activity (months
    without activity included): the points the behavior score is evaluated at besides the
    instants (int_behavior_decayed_counts), of which the calibration cutoffs are the ones whose
    horizon has passed (int_calibration_cutoffs). Rebuilt on every run, daily job included.
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

month_offsets as (

    -- 0 to 999 months after the first activity's month
    {{ whole_numbers(3, 'month_offset') }}

),

{%- set first_month -%}
    cast({{ dbt.date_trunc('month', 'clock.first_activity_at') }} as {{ dbt.type_timestamp() }})
{%- endset %}

months as (

    select
        cast(
            {{ dbt.dateadd('month', 'month_offsets.month_offset', first_month) }}
            as {{ dbt.type_timestamp() }}
        ) as month_start_at
    from month_offsets
    cross join clock

),

{%- set last_activity_month -%}
    cast({{ dbt.date_trunc('month', 'clock.last_activity_at') }} as {{ dbt.type_timestamp() }})
{%- endset %}

last_month as (

    select
        cast({{ dbt.dateadd('month', '1', last_activity_month) }} as {{ dbt.type_timestamp() }})
            as month_after_last_activity
    from clock

),

final as (

    select
        months.month_start_at,
        {{ epoch_seconds('months.month_start_at') }} as month_start_epoch
    from months
    cross join clock
    cross join last_month
    where months.month_start_at > clock.first_activity_at
        and months.month_start_at <= last_month.month_after_last_activity

)

select * from final
