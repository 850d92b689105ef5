{#-
    Every person's behavior score at score_as_of under every version (definitions: Behavior score, Now),
    in the columns of int_behavior_instants with is_as_of_row true: the type values at score_as_of
    (int_behavior_type_values_as_of) added and clamped to 0-100. Rebuilt in full on every run,
    since score_as_of moves; person-sized. Nothing happens at score_as_of itself, so the score
    "before" is the score, and the last handraiser before is the last handraiser.
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

per_version as (

    select
        person_id,
        model_version,
        sum(type_value) as value_added,
        max(last_handraiser_epoch) as last_handraiser_epoch
    from {{ ref('int_behavior_type_values_as_of') }}
    group by person_id, model_version

),

scored as (

    select
        persons.person_id,
        versions.model_version,
        clock.score_as_of as occurred_at,
        clock.score_as_of_epoch as t_epoch,
        true as is_as_of_row,
        0 as activities,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_id,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_type,
        0 as handraisers,
        per_version.last_handraiser_epoch,
        per_version.last_handraiser_epoch as last_handraiser_before_epoch,
        {{ clamp('coalesce(per_version.value_added, 0)') }} as behavior_score
    from {{ ref('int_persons') }} as persons
    cross join {{ ref('scoring_models') }} as versions
    cross join clock
    left join per_version
        on persons.person_id = per_version.person_id
            and versions.model_version = per_version.model_version

),

final as (

    select
        *,
        behavior_score as behavior_score_before
    from scored

)

select {{ behavior_score_columns() }} from final
