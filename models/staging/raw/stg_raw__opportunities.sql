with base as (

    select * from {{ ref('base_raw__opportunities') }}

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
        source
    from base
    where rejection_reason is null

)

select * from final
