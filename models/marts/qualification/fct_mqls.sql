{#-
    One row per MQL event in production (definitions: MQL): the surviving person, their account, when,
    under which version, the scores at that instant (rounded), why it qualified and what
    triggered it, and a sentence a person can read.
-#}

with events as (

    select * from {{ ref('int_mql_events') }}
    where series = 'production'

),

persons as (

    select * from {{ ref('int_persons') }}

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

activity_types as (

    select * from {{ ref('activity_types') }}

),

contributions as (

    select * from {{ ref('int_mql_contributions') }}

),

final as (

    select
        events.mql_id,
        events.person_id as lead_id,
        matched.resolved_account_id as account_id,
        matched.account_key,
        events.mql_at,
        events.model_version,
        events.mql_number,
        {{ mart_score('events.behavior_score') }} as behavior_score,
        {{ mart_score('events.person_score') }} as person_score,
        {{ mart_score('events.account_score') }} as account_score,
        {{ mart_score('events.total_score') }} as total_score,
        {{ mart_score('events.fit_score') }} as fit_score,
        events.tier,
        {{ mart_score('events.mql_threshold') }} as mql_threshold,
        events.reason,
        events.trigger_activity_id,
        events.trigger_activity_type,
        cast(
            'Qualified by ' || events.reason || ' under ' || events.model_version
            || ' (total ' || {{ format_score('events.total_score') }}
            || ', threshold ' || {{ format_score('events.mql_threshold') }} || '): behavior '
            || {{ format_score('events.behavior_score') }}
            || coalesce(' (' || contributions.contributions || ')', '')
            || ', person fit ' || {{ format_score('events.person_score') }}
            || ', account fit ' || {{ format_score('events.account_score') }}
            || ' (tier ' || events.tier || '); triggered when the lead '
            || coalesce(activity_types.phrase, events.trigger_activity_type) || '.'
            as {{ dbt.type_string() }}
        ) as why
    from events
    inner join persons
        on events.person_id = persons.person_id
    inner join matched
        on events.person_id = matched.person_id
    left join contributions
        on events.mql_id = contributions.mql_id
    left join activity_types
        on events.trigger_activity_type = activity_types.activity_type

)

select {{ contract_columns() }}
from final
