{#-
    Every meeting and the MQL it is credited to (definitions: Handoff). A meeting with a person matches
    that person's MQLs; a meeting without one (no lead, or a lead kept out of person resolution)
    matches the MQLs at its account after roll-up. It belongs to the latest matching MQL with
    mql_at - handoff_meeting_grace_seconds <= booked_at (an instant booking by the demo form
    counts), and is credited only when booked within handoff_meeting_window_days of that MQL.
-#}
with meetings as (

    select * from {{ ref('int_meetings_rekeyed') }}

),

rolled_up as (

    select * from {{ ref('int_accounts_rolled_up') }}

),

windows as (

    select * from {{ ref('int_mql_windows') }}

),

meetings_with_account as (

    select
        meetings.meeting_id,
        meetings.person_id,
        rolled_up.resolved_account_id,
        meetings.rep_id,
        meetings.booked_at,
        meetings.scheduled_for,
        meetings.status
    from meetings
    left join rolled_up
        on meetings.account_id = rolled_up.account_id

),

candidates as (

    select
        meetings_with_account.meeting_id,
        windows.mql_id,
        case when meetings_with_account.person_id is null then 'account' else 'lead' end as credit,
        {{ elapsed('windows.mql_at', 'meetings_with_account.booked_at', 86400) }}
        <= {{ var('handoff_meeting_window_days') }} as is_in_window,
        row_number() over (
            partition by meetings_with_account.meeting_id
            order by windows.mql_at desc, windows.mql_id asc
        ) as recency_rank
    from meetings_with_account
    inner join windows
        on (
            meetings_with_account.person_id = windows.person_id
            or (
                meetings_with_account.person_id is null
                and meetings_with_account.resolved_account_id = windows.resolved_account_id
            )
        )
        and {{ elapsed('windows.mql_at', 'meetings_with_account.booked_at') }}
        >= -{{ var('handoff_meeting_grace_seconds') }}

),

latest as (

    select * from candidates
    where recency_rank = 1

),

final as (

    select
        meetings_with_account.meeting_id,
        meetings_with_account.person_id,
        meetings_with_account.resolved_account_id,
        meetings_with_account.rep_id,
        meetings_with_account.booked_at,
        meetings_with_account.scheduled_for,
        meetings_with_account.status,
        case when latest.is_in_window then latest.mql_id end as mql_id,
        case
            when latest.mql_id is null then 'no_mql'
            when latest.is_in_window then latest.credit
            else 'outside_window'
        end as credit
    from meetings_with_account
    left join latest
        on meetings_with_account.meeting_id = latest.meeting_id

)

select * from final
