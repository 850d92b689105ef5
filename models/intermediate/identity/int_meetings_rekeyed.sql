{#-
    Every staged meeting, its lead re-keyed to the surviving person. A meeting whose lead was
    kept out of person resolution stays when it names an account (person_id null: an account
    meeting); without an account it is listed in rejected_records instead.
-#}
with meetings as (

    select * from {{ ref('stg_raw__meetings') }}

),

resolved as (

    select * from {{ ref('int_leads_resolved') }}

),

final as (

    select
        meetings.meeting_id,
        resolved.person_id,
        meetings.lead_id as original_lead_id,
        meetings.account_id,
        meetings.rep_id,
        meetings.booked_at,
        meetings.scheduled_for,
        meetings.status
    from meetings
    left join resolved
        on meetings.lead_id = resolved.lead_id
    where resolved.person_id is not null
        or meetings.account_id is not null

)

select * from final
