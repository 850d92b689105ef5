{#-
    Every marketing touch: an activity of a known person, with a campaign, of a type the
    activity_types seed flags is_touch, with the person's account after roll-up (null when the
    person matches none) and the campaign key (lower(trim(campaign))) spend is matched on. The
    one place the touch rule is applied: opportunities (int_opportunity_touches) and MQLs
    (int_mql_campaign_touches) read their touches here.
-#}
{{ activity_types_have_is_touch(ref('activity_types')) }}

with touch_types as (

    select activity_type from {{ ref('activity_types') }}
    where is_touch

),

activities as (

    select * from {{ ref('int_activities_rekeyed') }}
    where person_id is not null and campaign is not null

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

final as (

    select
        activities.activity_id,
        activities.person_id,
        matched.resolved_account_id,
        activities.activity_type,
        activities.channel,
        activities.campaign,
        {{ campaign_key('activities.campaign') }} as campaign_key,
        activities.occurred_at
    from activities
    inner join touch_types
        on activities.activity_type = touch_types.activity_type
    left join matched
        on activities.person_id = matched.person_id

)

select * from final
