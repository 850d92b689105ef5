{#-
    Each activity type's value at every instant, under every version (definitions: Behavior score): the
    instants of int_behavior_decayed_counts with the version's points and cap applied,
        type_value = capped(points * decayed_count * 2^(-(t - anchor) / (86400 * half_life)))
    (least(cap, s) for positive points, greatest(-cap, s) for negative, no cap when null), and the
    same over events strictly before t, with the type's latest activity at or before (strictly
    before) t. A version without a rule for a type has no row for it.
    Long format, one row per type, so the columns do not depend on the rules seed. A view: the
    behavior scores at instants add these values up, and the MQL sentences name the largest.
-#}
{{ config(materialized='view') }}

with counts as (

    select * from {{ ref('int_behavior_decayed_counts') }}

),

rules as (

    -- named columns only: PostgreSQL will not retype a seed column a view reads (is_handraiser,
    -- which the seed's hooks load as text; int_behavior_instants counts the handraisers)
    select
        model_version,
        activity_type,
        points,
        half_life_days,
        cap
    from {{ ref('scoring_activity_rules') }}

),

decayed as (

    select
        counts.person_id,
        rules.model_version,
        counts.occurred_at,
        counts.t_epoch,
        counts.activity_type,
        counts.activities,
        rules.points,
        rules.cap,
        counts.last_event_epoch,
        counts.last_event_before_epoch,
        rules.points * counts.decayed_count
        * power(2.0, -(counts.t_epoch - counts.anchor_epoch) / (86400.0 * counts.half_life_days)) as raw_value,
        -- nothing before the type's first event: 0, not the -0.0 of negative points times 0
        case
            when counts.decayed_count_before = 0 then 0.0
            else rules.points * counts.decayed_count_before
                * power(2.0, -(counts.t_epoch - counts.anchor_epoch) / (86400.0 * counts.half_life_days))
        end as raw_value_before
    from counts
    inner join rules
        on counts.activity_type = rules.activity_type
            and counts.half_life_days = rules.half_life_days
    where counts.is_instant

),

final as (

    select
        person_id,
        model_version,
        occurred_at,
        t_epoch,
        activity_type,
        activities,
        {{ capped('raw_value', 'points', 'cap') }} as type_value,
        {{ capped('raw_value_before', 'points', 'cap') }} as type_value_before,
        last_event_epoch,
        last_event_before_epoch
    from decayed

)

select * from final
