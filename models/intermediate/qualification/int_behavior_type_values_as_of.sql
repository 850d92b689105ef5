{#-
    Each activity type's value at score_as_of, under every version (definitions: Behavior score, Now):
    the type's row of int_behavior_decayed_counts at the latest evaluation point at or before
    score_as_of, decayed from the anchor to score_as_of, with the version's points and cap.
    Person- and type-sized; rebuilt in full on every run, since score_as_of moves. Nothing happens
    at score_as_of itself, so the value "before" is the value.
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

counts as (

    select * from {{ ref('int_behavior_decayed_counts') }}

),

latest_points as (

    select
        counts.person_id,
        counts.activity_type,
        counts.half_life_days,
        max(counts.occurred_at) as occurred_at
    from counts
    cross join clock
    where counts.occurred_at <= clock.score_as_of
    group by counts.person_id, counts.activity_type, counts.half_life_days

),

latest as (

    select counts.*
    from counts
    inner join latest_points
        on counts.person_id = latest_points.person_id
            and counts.activity_type = latest_points.activity_type
            and counts.half_life_days = latest_points.half_life_days
            and counts.occurred_at = latest_points.occurred_at

),

decayed as (

    select
        latest.person_id,
        rules.model_version,
        latest.activity_type,
        rules.points,
        rules.cap,
        case when rules.is_handraiser then latest.last_event_epoch end as last_handraiser_epoch,
        rules.points * latest.decayed_count
        * power(2.0, -(clock.score_as_of_epoch - latest.anchor_epoch) / (86400.0 * latest.half_life_days))
            as raw_value
    from latest
    inner join {{ ref('scoring_activity_rules') }} as rules
        on latest.activity_type = rules.activity_type
            and latest.half_life_days = rules.half_life_days
    cross join clock

),

final as (

    select
        person_id,
        model_version,
        activity_type,
        {{ capped('raw_value', 'points', 'cap') }} as type_value,
        last_handraiser_epoch
    from decayed

)

select * from final
