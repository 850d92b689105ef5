{#-
    The campaigns that touched each MQL: one row per production MQL event and campaign key
    (lower(trim(campaign))) of a marketing touch by the MQL's person (an activity with a campaign,
    of a type flagged is_touch) at most attribution_lookback_days before mql_at and not after it,
    the same touch rule as int_opportunity_touches. rpt_pipeline counts a campaign's MQLs (for the
    cost per MQL) and rpt_program_velocity its days from first touch to MQL from here.
-#}
{{ activity_types_have_is_touch() }}

with mqls as (

    select * from {{ ref('int_mql_events') }}
    where series = 'production'

),

touch_types as (

    select activity_type from {{ ref('activity_types') }}
    where is_touch

),

touches as (

    select
        activities.person_id,
        activities.campaign,
        lower(trim(activities.campaign)) as campaign_key,
        activities.occurred_at
    from {{ ref('int_activities_rekeyed') }} as activities
    inner join touch_types
        on activities.activity_type = touch_types.activity_type
    where activities.person_id is not null
        and activities.campaign is not null

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
