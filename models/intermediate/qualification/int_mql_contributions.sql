{#-
    The behavior part of fct_mqls' `why`, one row per production MQL event with a contribution:
    the largest contributions at the MQL instant (at least one point, largest first, at most
    three) in plain words ("requested a demo 50, viewed pricing 18"; definitions: Why).
-#}

with events as (

    select * from {{ ref('int_mql_events') }}
    where series = 'production'

),

type_values as (

    select * from {{ ref('int_behavior_type_values') }}

),

activity_types as (

    select * from {{ ref('activity_types') }}

),

event_values as (

    -- the value of each activity type that adds at least one point at the MQL instant
    select
        events.mql_id as contribution_key,
        type_values.activity_type,
        type_values.type_value as contribution
    from events
    inner join type_values
        on events.person_id = type_values.person_id
            and events.model_version = type_values.model_version
            and events.mql_at = type_values.occurred_at
    where {{ contribution_is_shown('type_values.type_value') }}

),

contributions as (

    {{ top_contributions('event_values', 'activity_types') }}

),

final as (

    select
        contribution_key as mql_id,
        contributions
    from contributions

)

select * from final
