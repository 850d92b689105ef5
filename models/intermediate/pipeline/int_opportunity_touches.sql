{#-
    The marketing touches before each opportunity: one row per opportunity and touch. A touch is
    an activity with a campaign, of a type the activity_types seed flags is_touch, by a person at
    the opportunity's account (both after subsidiary roll-up), at most attribution_lookback_days
    before the opportunity was created and not after it. touch_order numbers an opportunity's
    touches in time order (ties: the lower activity_id first); fct_opportunities reads whether
    and how many, attribution reads the order.
-#}
{{ activity_types_have_is_touch() }}

with opportunities as (

    select * from {{ ref('int_opportunities_credited') }}
    where resolved_account_id is not null

),

touch_types as (

    select activity_type from {{ ref('activity_types') }}
    where is_touch

),

activities as (

    select * from {{ ref('int_activities_rekeyed') }}
    where person_id is not null and campaign is not null

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}
    where resolved_account_id is not null

),

touches as (

    select
        activities.activity_id,
        activities.person_id,
        matched.resolved_account_id,
        activities.activity_type,
        activities.channel,
        activities.campaign,
        activities.occurred_at
    from activities
    inner join touch_types
        on activities.activity_type = touch_types.activity_type
    inner join matched
        on activities.person_id = matched.person_id

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
