{#-
    One row per production MQL event: what sales did with it (definitions: Handoff). The first human
    touch in the MQL's window and how long it took, the touches before the first MQL, the first
    meeting booked (canceled meetings do not count) and whether one was held, the opportunities
    credited to this MQL (each opportunity to exactly one MQL) with pipeline and closed-won, and
    the disposition; the time to first touch on the wall clock and on the business clock of the
    owner's calendar (int_mql_first_touches; definitions: Business hours). Windows are vars: handoff_meeting_window_days, handoff_meeting_grace_seconds,
    handoff_opportunity_window_days.
-#}
with windows as (

    select * from {{ ref('int_mql_windows') }}

),

persons as (

    select * from {{ ref('int_persons') }}

),

touches as (

    select * from {{ ref('int_sales_touches_credited') }}
    where mql_id is not null

),

meetings as (

    select * from {{ ref('int_meetings_credited') }}
    where mql_id is not null

),

opportunities as (

    select * from {{ ref('int_opportunities_credited') }}
    where mql_id is not null

),

touch_counts as (

    select
        mql_id,
        sum(case when credit = 'in_window' and not is_automated then 1 else 0 end) as human_touches,
        sum(case when credit = 'in_window' and is_automated then 1 else 0 end) as automated_touches,
        sum(case when credit = 'before_first_mql' and not is_automated then 1 else 0 end) as pre_mql_touches
    from touches
    group by mql_id

),

first_touches as (

    select * from {{ ref('int_mql_first_touches') }}

),

meeting_counts as (

    select
        mql_id,
        sum(case when status = 'canceled' then 0 else 1 end) as meetings_booked,
        sum(case when status = 'canceled' then 1 else 0 end) as meetings_canceled,
        max(case when status = 'held' then 1 else 0 end) = 1 as meeting_held
    from meetings
    group by mql_id

),

first_meetings as (

    select
        mql_id,
        booked_at as meeting_booked_at,
        status as meeting_status,
        row_number() over (partition by mql_id order by booked_at, meeting_id) as meeting_order
    from meetings
    where status is null or status != 'canceled'

),

opportunity_totals as (

    select
        mql_id,
        count(*) as opportunities,
        sum(amount) as opportunity_amount,
        max(case when is_won then 1 else 0 end) = 1 as is_won,
        sum(case when is_won then amount end) as won_amount,
        min(case when is_closed then closed_at end) as closed_at
    from opportunities
    group by mql_id

),

first_opportunities as (

    select
        mql_id,
        opportunity_id,
        created_at as opportunity_created_at,
        credit as opportunity_credit,
        row_number() over (partition by mql_id order by created_at, opportunity_id) as opportunity_order
    from opportunities

),

joined as (

    select
        windows.mql_id,
        windows.person_id,
        windows.resolved_account_id,
        windows.account_key,
        windows.mql_at,
        windows.next_mql_at,
        windows.is_latest_mql,
        windows.mql_number,
        windows.model_version,
        windows.tier,
        persons.lead_source,
        persons.owner_id,
        persons.lead_status,
        persons.status_reason,
        first_touches.first_touch_at,
        first_touches.first_touch_rep_id,
        first_touches.first_touch_type,
        first_touches.seconds_to_first_touch,
        first_touches.business_clock,
        first_touches.business_calendar_id,
        first_touches.business_time_zone,
        first_touches.business_seconds_to_first_touch,
        coalesce(touch_counts.human_touches, 0) as human_touches,
        coalesce(touch_counts.automated_touches, 0) as automated_touches,
        coalesce(touch_counts.pre_mql_touches, 0) as pre_mql_touches,
        first_meetings.meeting_booked_at,
        first_meetings.meeting_status,
        coalesce(meeting_counts.meetings_booked, 0) as meetings_booked,
        coalesce(meeting_counts.meetings_canceled, 0) as meetings_canceled,
        coalesce(meeting_counts.meeting_held, false) as meeting_held,
        first_opportunities.opportunity_id,
        first_opportunities.opportunity_created_at,
        first_opportunities.opportunity_credit,
        coalesce(opportunity_totals.opportunities, 0) as opportunities,
        opportunity_totals.opportunity_amount,
        coalesce(opportunity_totals.is_won, false) as is_won,
        opportunity_totals.won_amount,
        opportunity_totals.closed_at
    from windows
    inner join persons
        on windows.person_id = persons.person_id
    left join touch_counts
        on windows.mql_id = touch_counts.mql_id
    inner join first_touches
        on windows.mql_id = first_touches.mql_id
    left join meeting_counts
        on windows.mql_id = meeting_counts.mql_id
    left join first_meetings
        on windows.mql_id = first_meetings.mql_id
            and first_meetings.meeting_order = 1
    left join opportunity_totals
        on windows.mql_id = opportunity_totals.mql_id
    left join first_opportunities
        on windows.mql_id = first_opportunities.mql_id
            and first_opportunities.opportunity_order = 1

),

final as (

    select
        mql_id,
        person_id as lead_id,
        resolved_account_id as account_id,
        account_key,
        mql_at,
        next_mql_at,
        mql_number,
        model_version,
        tier,
        lead_source,
        owner_id,
        first_touch_at,
        first_touch_rep_id,
        first_touch_type,
        {{ report_number('seconds_to_first_touch / 60.0') }} as minutes_to_first_touch,
        coalesce(seconds_to_first_touch <= 300, false) as touched_within_5m,
        coalesce(seconds_to_first_touch <= 3600, false) as touched_within_1h,
        coalesce(seconds_to_first_touch <= 86400, false) as touched_within_24h,
        first_touch_at is not null as is_touched,
        business_clock,
        business_calendar_id,
        business_time_zone,
        {{ report_number('business_seconds_to_first_touch / 60.0') }} as business_minutes_to_first_touch,
        coalesce(business_seconds_to_first_touch <= 3600, false) as touched_within_1_business_hour,
        coalesce(business_seconds_to_first_touch <= 86400, false) as touched_within_24_business_hours,
        human_touches,
        automated_touches,
        pre_mql_touches,
        meeting_booked_at,
        meeting_booked_at is not null as has_meeting,
        meeting_status,
        meeting_held,
        meetings_booked,
        meetings_canceled,
        opportunity_id,
        opportunity_created_at,
        opportunity_credit,
        opportunities,
        coalesce(opportunities > 0, false) as has_opportunity,
        opportunity_amount,
        is_won,
        won_amount,
        closed_at,
        {{ report_number(elapsed('mql_at', 'opportunity_created_at', 86400)) }} as days_to_opportunity,
        {{ report_number(elapsed('mql_at', 'closed_at', 86400)) }} as days_to_close,
        cast(
            case
                when is_latest_mql and lead_status = 'disqualified' then 'disqualified'
                when is_latest_mql and lead_status = 'nurture' then 'recycled'
                when first_touch_at is not null or meetings_booked > 0 or opportunities > 0 then 'accepted'
                else 'untouched'
            end as {{ dbt.type_string() }}
        ) as disposition,
        cast(
            case when is_latest_mql and lead_status in ('disqualified', 'nurture') then status_reason end
            as {{ dbt.type_string() }}
        ) as disposition_reason
    from joined

)

select {{ contract_columns() }}
from final
