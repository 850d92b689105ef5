{#-
    Salesforce events owned by sales users as meetings in the raw contract's shape: booked when
    the event was created, scheduled for its start. Status: no_show when the org's no-show field
    (var salesforce_no_show_field, a checkbox; null when absent) is set, held once the start has
    passed (the run's time), scheduled before. An event with no who_id is an account meeting
    (its account_id). Deleted events and events of other users are not meetings, and neither
    are child events (is_child: the copy Salesforce makes of a shared event for each invitee), so
    an event with invitees is one meeting.
-#}
{%- set no_show_field = var('salesforce_no_show_field') %}
with events as (

    select * from {{ ref('src_salesforce__event') }}

),

sales_users as (

    select user_id from {{ ref('map_salesforce__sales_users') }}
    where is_sales_user

),

final as (

    select
        events.id as meeting_id,
        events.who_id as lead_id,
        events.account_id,
        events.owner_id as rep_id,
        events.created_date as booked_at,
        coalesce(events.start_date_time, events.activity_date_time) as scheduled_for,
        case
            when coalesce({{ parse_boolean('events.' ~ no_show_field) }}, false) then 'no_show'
            when
                {{ parse_timestamp_utc('coalesce(events.start_date_time, events.activity_date_time)') }}
                <= {{ run_time() }}
                then 'held'
            else 'scheduled'
        end as status
    from events
    inner join sales_users
        on events.owner_id = sales_users.user_id
    where not coalesce({{ parse_boolean('events.is_deleted') }}, false)
        and not coalesce({{ parse_boolean('events.is_child') }}, false)

)

select {{ raw_contract_as_text('meetings') }}
from final
