{#-
    One row per production MQL event with the handoff window it opens (definitions: Handoff): from
    mql_at to the same person's next MQL event (open for the latest one). Touches, meetings and
    opportunities are credited to these windows; the account columns say where account-level
    credit and counts go.
-#}
with events as (

    select * from {{ ref('int_mql_events') }}
    where series = 'production'

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

windowed as (

    select
        mql_id,
        person_id,
        mql_at,
        lead(mql_at) over (partition by person_id order by mql_at) as next_mql_at,
        mql_number,
        model_version,
        tier
    from events

),

final as (

    select
        windowed.mql_id,
        windowed.person_id,
        matched.resolved_account_id,
        matched.account_key,
        windowed.mql_at,
        windowed.next_mql_at,
        windowed.next_mql_at is null as is_latest_mql,
        windowed.mql_number,
        windowed.model_version,
        windowed.tier
    from windowed
    inner join matched
        on windowed.person_id = matched.person_id

)

select * from final
