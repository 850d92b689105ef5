with source as (

    select * from {{ ref('map_' ~ crm_source() ~ '__meetings') }}

),

known_leads as (

    select lead_id from {{ ref('val_raw__leads') }}
    where rejection_reason is null

),

known_accounts as (

    select account_id from {{ ref('val_raw__accounts') }}
    where rejection_reason is null

),

parsed as (

    select
        {{ raw_row_columns('meetings') }},
        {{ clean_text('meeting_id') }} as meeting_id,
        {{ clean_text('lead_id') }} as lead_id,
        {{ clean_text('account_id') }} as account_id,
        {{ clean_text('rep_id') }} as rep_id,
        booked_at as booked_at_text,
        {{ parse_timestamp_utc('booked_at') }} as booked_at,
        {{ parse_timestamp_utc('scheduled_for') }} as scheduled_for,
        case
            when lower(trim(status)) in ('scheduled', 'held', 'no_show', 'canceled') then lower(trim(status))
            when lower(trim(status)) in ('no-show', 'no show', 'noshow') then 'no_show'
            when lower(trim(status)) in ('cancelled', 'cancel') then 'canceled'
            when lower(trim(status)) in ('completed', 'done', 'attended') then 'held'
        end as status
    from source

),

validated as (

    select
        parsed.*,
        case
            when parsed.meeting_id is null then 'missing_meeting_id'
            {{ required_timestamp_problems('booked_at') }}
            when parsed.lead_id is not null and known_leads.lead_id is null then 'orphan_lead_id'
            when parsed.account_id is not null and known_accounts.account_id is null then 'orphan_account_id'
        end as validation_error
    from parsed
    left join known_leads
        on parsed.lead_id = known_leads.lead_id
    left join known_accounts
        on parsed.account_id = known_accounts.account_id

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('meeting_id') }} as rejection_reason
    from validated

)

select * from final
