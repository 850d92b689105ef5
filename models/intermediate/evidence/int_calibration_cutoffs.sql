{#-
    The monthly cutoffs leads are scored at for calibration (definitions: Calibration): the month starts
    (int_month_starts) whose horizon (calibration_horizon_days) has passed by the latest time the
    data has observed: the latest activity, sales touch or opportunity (created or closed), never
    after the run time. So every label is observed in full, and a world whose activity falls in
    one month still has the cutoff right after it. No cutoff at all warns
    (assert_calibration_has_cutoffs): calibration and signal lift are then empty.
-#}
with observed_times as (

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

final as (

    select
        month_starts.month_start_at as cutoff_at,
        month_starts.month_start_epoch as cutoff_epoch
    from {{ ref('int_month_starts') }} as month_starts
    cross join observed
    where month_starts.month_start_epoch + {{ var('calibration_horizon_days') }} * 86400.0
        <= {{ epoch_seconds('observed.observed_through') }}

)

select * from final
