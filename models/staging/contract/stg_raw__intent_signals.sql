with base as (

    select * from {{ ref('val_raw__intent_signals') }}

),

final as (

    select
        {{ dbt.hash("record_id") }} as intent_signal_id,
        account_domain,
        topic,
        intent_score,
        observed_at,
        provider
    from base
    where rejection_reason is null

)

select * from final
