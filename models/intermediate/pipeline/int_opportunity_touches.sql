{#-
    The marketing touches before each opportunity: one row per opportunity and touch. A touch
    (int_marketing_touches) is an activity with a campaign, of a type the activity_types seed
    flags is_touch, by a person at the opportunity's account (both after subsidiary roll-up), at
    most attribution_lookback_days before the opportunity was created and not after it.
    touch_order numbers an opportunity's touches in time order (ties: the lower activity_id
    first); fct_opportunities reads whether and how many, attribution reads the order.
-#}
with opportunities as (

    select * from {{ ref('int_opportunities_credited') }}
    where resolved_account_id is not null

),

touches as (

    select * from {{ ref('int_marketing_touches') }}
    where resolved_account_id is not null

),

final as (

    select
        opportunities.opportunity_id,
        touches.activity_id,
        touches.person_id,
        touches.activity_type,
        touches.channel,
        touches.campaign,
        touches.occurred_at,
        row_number() over (
            partition by opportunities.opportunity_id
            order by touches.occurred_at asc, touches.activity_id asc
        ) as touch_order
    from opportunities
    inner join touches
        on opportunities.resolved_account_id = touches.resolved_account_id
            and opportunities.created_at >= touches.occurred_at
            and {{ elapsed('touches.occurred_at', 'opportunities.created_at', 86400) }}
            <= {{ var('attribution_lookback_days') }}

)

select * from final
