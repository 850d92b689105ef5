{#-
    Behavior score of every person at every calibration cutoff, under every version (definitions:
    Calibration: as of the cutoff, nothing after it): each type's decayed count at the cutoff
    (int_behavior_decayed_counts_at_cutoffs, from the stored running sums) times the version's
    points, capped, added and clamped to 0-100. A person enters at the cutoffs after their first
    record was created; one with no scored activity before a cutoff scores 0 there.
-#}
with values_at_cutoffs as (

    select
        counts.person_id,
        rules.model_version,
        counts.cutoff_at,
        sum({{ capped('rules.points * counts.decayed_count_at_cutoff', 'rules.points', 'rules.cap') }}) as value_added
    from {{ ref('int_behavior_decayed_counts_at_cutoffs') }} as counts
    inner join {{ ref('scoring_activity_rules') }} as rules
        on counts.activity_type = rules.activity_type
            and counts.half_life_days = rules.half_life_days
    group by counts.person_id, rules.model_version, counts.cutoff_at

),

final as (

    select
        persons.person_id,
        versions.model_version,
        cutoffs.cutoff_at,
        {{ clamp('coalesce(values_at_cutoffs.value_added, 0)') }} as behavior_score
    from {{ ref('int_persons') }} as persons
    inner join {{ ref('int_calibration_cutoffs') }} as cutoffs
        on persons.first_created_at <= cutoffs.cutoff_at
    cross join {{ ref('scoring_models') }} as versions
    left join values_at_cutoffs
        on persons.person_id = values_at_cutoffs.person_id
            and versions.model_version = values_at_cutoffs.model_version
            and cutoffs.cutoff_at = values_at_cutoffs.cutoff_at

)

select * from final
