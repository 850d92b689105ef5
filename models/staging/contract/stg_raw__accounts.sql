with base as (

    select * from {{ ref('val_raw__accounts') }}

),

final as (

    select
        account_id,
        account_name,
        domain,
        industry,
        employee_count,
        annual_revenue,
        country,
        technologies,
        is_target_account,
        parent_account_id,
        owner_id,
        created_at,
        updated_at
    from base
    where rejection_reason is null

)

select * from final
