{#-
    Behavior score of every person at every calibration cutoff, under every version (spec:
    Calibration: as of the cutoff, nothing after it): the type values at the cutoff's month-start
    point (int_behavior_type_values, from the stored running sums of int_behavior_decayed_counts;
    events at or before the cutoff count, decayed to it) added and clamped to 0-100. A person
    enters at the cutoffs after their first record was created; one with no scored activity
    before a cutoff scores 0 there.
-#}
with values_at_month_starts as (

    {{ behavior_values_added('is_month_start') }}

),

final as (

    select
        persons.person_id,
        versions.model_version,
        cutoffs.cutoff_at,
        {{ clamp('coalesce(values_at_month_starts.value_added, 0)') }} as behavior_score
    from {{ ref('int_persons') }} as persons
    inner join {{ ref('int_calibration_cutoffs') }} as cutoffs
        on persons.first_created_at <= cutoffs.cutoff_at
    cross join {{ ref('scoring_models') }} as versions
    left join values_at_month_starts
        on persons.person_id = values_at_month_starts.person_id
            and versions.model_version = values_at_month_starts.model_version
            and cutoffs.cutoff_at = values_at_month_starts.occurred_at

)

select * from final
