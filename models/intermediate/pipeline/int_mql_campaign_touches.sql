{#-
    The campaigns that touched each MQL: one row per production MQL event and campaign key
    (lower(trim(campaign))) of a marketing touch by the MQL's person (int_marketing_touches) at
    most attribution_lookback_days before mql_at and not after it, as int_opportunity_touches.
    rpt_pipeline counts a campaign's MQLs (for the cost per MQL) and rpt_program_velocity its
    days from first touch to MQL from here.
-#}
with mqls as (

    select * from {{ ref('int_mql_events') }}
    where series = 'production'

),

touches as (

    select * from {{ ref('int_marketing_touches') }}

),

final as (

    select
        mqls.mql_id,
        mqls.person_id,
        mqls.mql_at,
        touches.campaign_key,
        min(touches.campaign) as campaign,
        min(touches.occurred_at) as first_touched_at,
        count(*) as touches
    from mqls
    inner join touches
        on mqls.person_id = touches.person_id
            and mqls.mql_at >= touches.occurred_at
            and {{ elapsed('touches.occurred_at', 'mqls.mql_at', 86400) }} <= {{ var('attribution_lookback_days') }}
    group by mqls.mql_id, mqls.person_id, mqls.mql_at, touches.campaign_key

)

select * from final
