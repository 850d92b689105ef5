{#-
    Every staged intent observation matched to its account (after roll-up) by domain (definitions: MQA:
    intent never changes a score; it orders accounts whose rounded scores tie). Observations of a
    domain no account has are left out here (they stay in the staged table).
-#}
with intent as (

    select * from {{ ref('stg_raw__intent_signals') }}

),

domains as (

    select * from {{ ref('int_account_domains') }}

),

final as (

    select
        domains.resolved_account_id as account_id,
        intent.account_domain,
        intent.topic,
        intent.provider,
        intent.observed_at,
        {{ epoch_seconds('intent.observed_at') }} as observed_epoch,
        intent.intent_score
    from intent
    inner join domains
        on intent.account_domain = domains.domain

)

select * from final
