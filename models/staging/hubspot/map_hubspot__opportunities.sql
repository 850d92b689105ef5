{#-
    HubSpot deals as opportunities in the raw contract's shape (text columns). The account is the
    deal's primary company (association type var hubspot_primary_company_type_id), else its
    lowest company id; a deal with no company has no account (staging rejects it as such). The
    primary lead is the lowest associated contact id (HubSpot has no primary contact). A deal is
    closed when its stage's probability is 0 or 1 or the stage is closed-won, won when the stage
    is closed-won; closed_at is the close date of a closed deal. Deleted deals are left out.
-#}
with deals as (

    select * from {{ ref('src_hubspot__deal') }}

),

stages as (

    select * from {{ ref('src_hubspot__deal_pipeline_stage') }}

),

deal_companies as (

    select * from {{ ref('src_hubspot__deal_company') }}

),

deal_contacts as (

    select * from {{ ref('src_hubspot__deal_contact') }}

),

accounts as (

    select
        deal_id,
        coalesce(
            min(case when type_id = '{{ var("hubspot_primary_company_type_id") }}' then company_id end),
            min(company_id)
        ) as company_id
    from deal_companies
    group by deal_id

),

primary_contacts as (

    select
        deal_id,
        min(contact_id) as contact_id
    from deal_contacts
    group by deal_id

),

staged as (

    select
        deals.*,
        stages.label,
        coalesce({{ parse_boolean('stages.closed_won') }}, false) as is_won_stage,
        {{ parse_decimal('stages.probability', 18, 4) }} as probability
    from deals
    left join stages
        on deals.deal_pipeline_stage_id = stages.stage_id
    where not coalesce({{ parse_boolean('deals.is_deleted') }}, false)

),

final as (

    select
        staged.deal_id as opportunity_id,
        accounts.company_id as account_id,
        primary_contacts.contact_id as primary_lead_id,
        staged.property_createdate as created_at,
        staged.property_amount as amount,
        staged.label as stage,
        case when staged.is_won_stage or staged.probability in (0, 1) then 'true' else 'false' end as is_closed,
        case when staged.is_won_stage then 'true' else 'false' end as is_won,
        case when staged.is_won_stage or staged.probability in (0, 1) then staged.property_closedate end as closed_at,
        staged.property_hs_analytics_source as source,
        staged.owner_id,
        staged.property_dealtype as opportunity_type
    from staged
    left join accounts
        on staged.deal_id = accounts.deal_id
    left join primary_contacts
        on staged.deal_id = primary_contacts.deal_id

)

select {{ raw_contract_as_text('opportunities') }}
from final
