with base as (

    select * from {{ ref('val_raw__campaign_spend') }}

),

final as (

    select
        {{ dbt.hash("spend_key") }} as spend_id,
        campaign,
        campaign_key,
        channel,
        period_start,
        period_end,
        amount,
        currency
    from base
    where rejection_reason is null

)

select * from final
