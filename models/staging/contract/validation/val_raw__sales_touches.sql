with source as (

    select * from {{ ref('map_' ~ crm_source() ~ '__sales_touches') }}

),

known_leads as (

    select lead_id from {{ ref('val_raw__leads') }}
    where rejection_reason is null

),

parsed as (

    select
        {{ raw_row_columns('sales_touches') }},
        {{ clean_text('touch_id') }} as touch_id,
        {{ clean_text('lead_id') }} as lead_id,
        {{ clean_text('rep_id') }} as rep_id,
        case
            when lower(trim(touch_type)) in ('call', 'email', 'social', 'sms', 'other') then lower(trim(touch_type))
            else 'other'
        end as touch_type,
        coalesce({{ parse_boolean('is_automated') }}, false) as is_automated,
        touched_at as touched_at_text,
        {{ parse_timestamp_utc('touched_at') }} as touched_at
    from source

),

validated as (

    select
        parsed.*,
        case
            when parsed.touch_id is null then 'missing_touch_id'
            when parsed.lead_id is null then 'missing_lead_id'
            {{ required_timestamp_problems('touched_at') }}
            when known_leads.lead_id is null then 'orphan_lead_id'
        end as validation_error
    from parsed
    left join known_leads
        on parsed.lead_id = known_leads.lead_id

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('touch_id') }} as rejection_reason
    from validated

)

select * from final
