{#-
    Behavior score of every person at every instant, under every scoring-model version (spec:
    Behavior score, Instants). An instant is a person's activities with the same occurred_at,
    evaluated together. The score "now" is int_behavior_as_of.

    The capped type values at the instant (int_behavior_type_values, from the running sums of
    int_behavior_decayed_counts) are added and clamped to 0-100; behavior_score_before is the same
    over events strictly before the instant, decayed to it. Handraiser times are the latest
    handraiser type's event at or before (strictly before) the instant. An instant whose person
    has no scored activity yet scores 0. The trigger is the instant's lowest activity_id. Every
    row holds events of all times: readers keep occurred_at <= score_as_of.
-#}
with events as (

    select
        activities.person_id,
        activities.activity_id,
        activities.activity_type,
        activities.occurred_at,
        row_number() over (
            partition by activities.person_id, activities.occurred_at
            order by activities.activity_id
        ) as order_in_instant
    from {{ ref('int_activities_rekeyed') }} as activities
    where activities.person_id is not null

),

instants as (

    select
        person_id,
        occurred_at,
        max(case when order_in_instant = 1 then activity_id end) as trigger_activity_id,
        max(case when order_in_instant = 1 then activity_type end) as trigger_activity_type,
        count(*) as activities
    from events
    group by person_id, occurred_at

),

values_at_instants as (

    -- the handraiser counts join the rules here: the view leaves is_handraiser out
    select
        type_values.person_id,
        type_values.model_version,
        type_values.occurred_at,
        sum(type_values.type_value) as value_added,
        sum(type_values.type_value_before) as value_before_added,
        sum(case when rules.is_handraiser then type_values.activities else 0 end) as handraisers,
        max(case when rules.is_handraiser then type_values.last_event_epoch end) as last_handraiser_epoch,
        max(case when rules.is_handraiser then type_values.last_event_before_epoch end)
            as last_handraiser_before_epoch
    from {{ ref('int_behavior_type_values') }} as type_values
    inner join {{ ref('scoring_activity_rules') }} as rules
        on type_values.model_version = rules.model_version
            and type_values.activity_type = rules.activity_type
    group by type_values.person_id, type_values.model_version, type_values.occurred_at

),

final as (

    select
        instants.person_id,
        versions.model_version,
        instants.occurred_at,
        {{ epoch_seconds('instants.occurred_at') }} as t_epoch,
        false as is_as_of_row,
        instants.activities,
        instants.trigger_activity_id,
        instants.trigger_activity_type,
        coalesce(values_at_instants.handraisers, 0) as handraisers,
        values_at_instants.last_handraiser_epoch,
        values_at_instants.last_handraiser_before_epoch,
        {{ clamp('coalesce(values_at_instants.value_added, 0)') }} as behavior_score,
        {{ clamp('coalesce(values_at_instants.value_before_added, 0)') }} as behavior_score_before
    from instants
    cross join {{ ref('scoring_models') }} as versions
    left join values_at_instants
        on instants.person_id = values_at_instants.person_id
            and versions.model_version = values_at_instants.model_version
            and instants.occurred_at = values_at_instants.occurred_at

)

select * from final
