with source as (

    select * from {{ ref('map_' ~ crm_source() ~ '__opportunities') }}

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
        {{ raw_row_columns('opportunities') }},
        {{ clean_text('opportunity_id') }} as opportunity_id,
        {{ clean_text('account_id') }} as account_id,
        {{ clean_text('primary_lead_id') }} as primary_lead_id,
        created_at as created_at_text,
        {{ parse_timestamp_utc('created_at') }} as created_at,
        {{ parse_decimal('amount', 18, 2) }} as amount,
        lower({{ clean_text('stage') }}) as stage,
        {{ parse_boolean('is_won') }} as is_won_flag,
        {{ parse_boolean('is_closed') }} as is_closed_flag,
        {{ parse_timestamp_utc('closed_at') }} as closed_at,
        lower({{ clean_text('source') }}) as source,
        {{ clean_text('owner_id') }} as owner_id,
        {{ clean_text('opportunity_type') }} as crm_opportunity_type
    from source

),

validated as (

    select
        parsed.*,
        coalesce(parsed.is_won_flag, false) as is_won,
        -- A won opportunity is closed, whatever the closed flag says.
        coalesce(parsed.is_closed_flag, false) or coalesce(parsed.is_won_flag, false) as is_closed,
        -- seed opportunity_type_aliases; a label it does not know is 'other' (the label is kept)
        case
            when parsed.crm_opportunity_type is not null
                then coalesce(opportunity_type_aliases.opportunity_type, 'other')
        end as opportunity_type,
        case
            when parsed.opportunity_id is null then 'missing_opportunity_id'
            when parsed.account_id is null then 'missing_account_id'
            {{ required_timestamp_problems('created_at') }}
            when known_accounts.account_id is null then 'orphan_account_id'
            when parsed.primary_lead_id is not null and known_leads.lead_id is null then 'orphan_primary_lead_id'
        end as validation_error
    from parsed
    left join known_leads
        on parsed.primary_lead_id = known_leads.lead_id
    left join known_accounts
        on parsed.account_id = known_accounts.account_id
    left join {{ ref('opportunity_type_aliases') }} as opportunity_type_aliases
        on {{ alias_key('parsed.crm_opportunity_type') }} = opportunity_type_aliases.alias

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('opportunity_id', 'closed_at desc nulls last') }} as rejection_reason
    from validated

)

select * from final
