{#-
    The monthly cutoffs leads are scored at for calibration (spec: Calibration): the first day of
    every month after the first activity whose horizon (calibration_horizon_days) has fully
    passed by score_as_of, so every label is observed in full.
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

months as (

    select distinct cast({{ dbt.date_trunc('month', 'occurred_at') }} as {{ dbt.type_timestamp() }}) as cutoff_at
    from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

),

final as (

    select
        months.cutoff_at,
        {{ epoch_seconds('months.cutoff_at') }} as cutoff_epoch
    from months
    cross join clock
    where months.cutoff_at > clock.first_activity_at
        and {{ epoch_seconds('months.cutoff_at') }} + {{ var('calibration_horizon_days') }} * 86400.0
        <= clock.score_as_of_epoch

)

select * from final
