with base as (

    select * from {{ ref('val_raw__owners') }}

),

final as (

    select
        owner_id,
        team,
        manager_id,
        time_zone
    from base
    where rejection_reason is null

)

select * from final
