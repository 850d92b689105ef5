{#-
    Salesforce opportunities in the raw contract's shape (text columns). The primary lead is the
    contact of the primary opportunity contact role (the lowest contact id if several are
    marked primary). closed_at is the close date of a closed opportunity. Deleted opportunities
    and contact roles are left out.
-#}
with opportunities as (

    select * from {{ ref('src_salesforce__opportunity') }}

),

contact_roles as (

    select * from {{ ref('src_salesforce__opportunity_contact_role') }}

),

primary_contacts as (

    select
        opportunity_id,
        min(contact_id) as contact_id
    from contact_roles
    where
        coalesce({{ parse_boolean('is_primary') }}, false)
        and not coalesce({{ parse_boolean('is_deleted') }}, false)
    group by opportunity_id

),

final as (

    select
        opportunities.id as opportunity_id,
        opportunities.account_id,
        primary_contacts.contact_id as primary_lead_id,
        opportunities.created_date as created_at,
        opportunities.amount,
        opportunities.stage_name as stage,
        opportunities.is_closed,
        opportunities.is_won,
        case when {{ parse_boolean('opportunities.is_closed') }} then opportunities.close_date end as closed_at,
        opportunities.lead_source as source,
        opportunities.owner_id,
        opportunities.type as opportunity_type
    from opportunities
    left join primary_contacts
        on opportunities.id = primary_contacts.opportunity_id
    where not coalesce({{ parse_boolean('opportunities.is_deleted') }}, false)

)

select {{ raw_contract_as_text('opportunities') }}
from final
