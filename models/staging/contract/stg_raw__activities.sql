with base as (

    select * from {{ ref('val_raw__activities') }}

),

final as (

    select
        activity_id,
        lead_id,
        account_domain,
        activity_type,
        activity_type_text as activity_type_raw,
        occurred_at,
        channel,
        campaign,
        detail
    from base
    where rejection_reason is null

)

select * from final
