{#-
    Every staged opportunity, its primary lead re-keyed to the surviving person. An opportunity
    is never dropped for its lead: when the primary lead was kept out of person resolution,
    primary_person_id is null and the opportunity stays with its account.
-#}
with opportunities as (

    select * from {{ ref('stg_raw__opportunities') }}

),

resolved as (

    select * from {{ ref('int_leads_resolved') }}

),

final as (

    select
        opportunities.opportunity_id,
        opportunities.account_id,
        resolved.person_id as primary_person_id,
        opportunities.primary_lead_id as original_primary_lead_id,
        opportunities.created_at,
        opportunities.amount,
        opportunities.stage,
        opportunities.is_closed,
        opportunities.is_won,
        opportunities.closed_at,
        opportunities.source,
        opportunities.owner_id,
        opportunities.crm_opportunity_type,
        opportunities.opportunity_type
    from opportunities
    left join resolved
        on opportunities.primary_lead_id = resolved.lead_id

)

select * from final
