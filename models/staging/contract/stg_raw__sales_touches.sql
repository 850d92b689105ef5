with base as (

    select * from {{ ref('val_raw__sales_touches') }}

),

final as (

    select
        touch_id,
        lead_id,
        rep_id,
        touch_type,
        is_automated,
        touched_at
    from base
    where rejection_reason is null

)

select * from final
