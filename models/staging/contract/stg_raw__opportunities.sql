with base as (

    select * from {{ ref('val_raw__opportunities') }}

),

final as (

    select
        opportunity_id,
        account_id,
        primary_lead_id,
        created_at,
        amount,
        stage,
        is_closed,
        is_won,
        closed_at,
        source,
        owner_id,
        crm_opportunity_type,
        opportunity_type
    from base
    where rejection_reason is null

)

select * from final
