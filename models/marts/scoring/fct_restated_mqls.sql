{#-
    One row per MQL event the history would have produced had a version been in effect all along
    (definitions: Restatement), for every version flagged restate, drafts included. The events come from
    the same detection as fct_mqls (int_mql_events, one series per restated version), so a
    version restated over the time it was in effect gives fct_mqls' events.
-#}
with events as (

    select * from {{ ref('int_mql_events') }}
    where series != 'production'

),

production as (

    select mql_id from {{ ref('int_mql_events') }}
    where series = 'production'

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

final as (

    select
        events.mql_id,
        events.model_version,
        events.person_id as lead_id,
        matched.resolved_account_id as account_id,
        matched.account_key,
        events.mql_at,
        events.mql_number,
        {{ mart_score('events.behavior_score') }} as behavior_score,
        {{ mart_score('events.person_score') }} as person_score,
        {{ mart_score('events.account_score') }} as account_score,
        {{ mart_score('events.total_score') }} as total_score,
        {{ mart_score('events.mql_threshold') }} as mql_threshold,
        events.reason,
        events.trigger_activity_id,
        events.trigger_activity_type,
        production.mql_id is not null as is_in_production
    from events
    inner join matched
        on events.person_id = matched.person_id
    left join production
        on events.mql_id = production.mql_id

)

select {{ contract_columns() }}
from final
