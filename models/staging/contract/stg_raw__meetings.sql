with base as (

    select * from {{ ref('val_raw__meetings') }}

),

final as (

    select
        meeting_id,
        lead_id,
        account_id,
        rep_id,
        booked_at,
        scheduled_for,
        status
    from base
    where rejection_reason is null

)

select * from final
