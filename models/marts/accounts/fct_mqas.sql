{#-
    One row per MQA event (definitions: MQA): the account (after roll-up), when, under which version,
    the people, buying-group reach and coverage and anonymous points over the version's window
    at that instant, the highest intent observed in the window (intent never changes a score),
    and a sentence naming the roles engaged and missing and the strongest signals.
-#}
with events as (

    select * from {{ ref('int_mqa_events') }}

),

signals as (

    select * from {{ ref('int_account_signals') }}

),

versions as (

    select * from {{ ref('scoring_models') }}

),

roles as (

    select * from {{ ref('scoring_buying_group_roles') }}
    where required

),

accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

intent as (

    select * from {{ ref('int_account_intent') }}

),

in_window as (

    -- the signals inside each event's window
    select
        events.mqa_id,
        signals.*
    from events
    inner join versions
        on events.model_version = versions.model_version
    inner join signals
        on events.account_id = signals.account_id
            and events.mqa_at >= signals.occurred_at
            and {{ epoch_seconds('signals.occurred_at') }}
            > {{ epoch_seconds('events.mqa_at') }} - versions.mqa_window_days * 86400.0

),

role_states as (

    select
        events.mqa_id,
        roles.role,
        max(case when in_window.signal = 'instant' and in_window.is_engaged then 1 else 0 end) as is_engaged,
        max(case when in_window.signal = 'instant' then 1 else 0 end) as is_reached
    from events
    inner join roles
        on events.model_version = roles.model_version
    left join in_window
        on events.mqa_id = in_window.mqa_id
            and roles.role = in_window.buying_role
    group by events.mqa_id, roles.role

),

role_lists as (

    select
        mqa_id,
        {{ ordered_list("case when is_engaged = 1 then role end", "role") }} as roles_engaged,
        {{ ordered_list("case when is_reached = 0 then role end", "role") }} as roles_missing
    from role_states
    group by mqa_id

),

window_intent as (

    select
        events.mqa_id,
        max(intent.intent_score) as intent_score
    from events
    inner join versions
        on events.model_version = versions.model_version
    inner join intent
        on events.account_id = intent.account_id
            and events.mqa_at >= intent.observed_at
            and intent.observed_epoch > {{ epoch_seconds('events.mqa_at') }} - versions.mqa_window_days * 86400.0
    group by events.mqa_id

),

final as (

    select
        events.mqa_id,
        events.account_id,
        events.mqa_at,
        events.model_version,
        events.mqa_number,
        events.engaged_people,
        events.mql_people,
        events.active_people,
        {{ mart_score('events.reach') }} as reach,
        {{ mart_score('events.coverage') }} as coverage,
        {{ mart_score('events.anonymous_points') }} as anonymous_points,
        {{ mart_score('events.account_score') }} as account_score,
        events.tier,
        {{ mart_score('window_intent.intent_score') }} as intent_score,
        cast(
            coalesce(accounts.account_name, events.account_id) || ' (tier ' || events.tier
            || ') qualified under ' || events.model_version || ': '
            || cast(events.engaged_people as {{ dbt.type_string() }}) || ' engaged people, '
            || cast(events.mql_people as {{ dbt.type_string() }}) || ' MQL people, buying group '
            || cast(events.roles_engaged as {{ dbt.type_string() }}) || ' of '
            || cast(events.required_roles as {{ dbt.type_string() }}) || ' roles engaged'
            || coalesce(' (' || role_lists.roles_engaged || ')', '')
            || coalesce(', missing ' || role_lists.roles_missing, '')
            || ', anonymous points ' || {{ format_score('events.anonymous_points') }}
            || coalesce(', intent ' || {{ format_score('window_intent.intent_score') }}, '') || '.'
            as {{ dbt.type_string() }}
        ) as why
    from events
    left join accounts
        on events.account_id = accounts.account_id
    left join role_lists
        on events.mqa_id = role_lists.mqa_id
    left join window_intent
        on events.mqa_id = window_intent.mqa_id

)

select {{ contract_columns() }}
from final
