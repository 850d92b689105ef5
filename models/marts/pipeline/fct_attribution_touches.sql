{#-
    Multi-touch attribution: one row per opportunity and marketing touch (int_opportunity_touches:
    an activity with a campaign, of a type flagged is_touch, by a person at the opportunity's
    account, in the attribution_lookback_days before its creation), with the touch's share of the
    opportunity under five models. Touches are ordered by time, ties by activity_id (touch_order);
    n is the opportunity's number of touches. Each model's credits add up to 1 per opportunity.
      - first touch: 1 to touch 1; last touch: 1 to touch n (the last at or before creation);
      - linear: 1 / n each;
      - U-shaped: slots first and last, 40% each, the touches between them share 20%;
      - W-shaped: slots first, MQL and last, 30% each, the touches that hold no slot share 10%.
        The MQL slot is the credited MQL's trigger activity when it is one of the touches, else the
        last touch at or before mql_at; it is absent when the opportunity has no credited MQL or
        no touch before it, and then the present slots share its part equally.
    Slots are filled before shares are given: a touch holding several slots pools their shares
    (one touch holds all of them), and with no touch between the slots their share of the middle
    goes to the slots, equally. So a slot's share is (1 - middle share) / slots present, where the
    middle share (20% U, 10% W) applies only when some touch holds no slot.
-#}
with touches as (

    select * from {{ ref('int_opportunity_touches') }}

),

opportunities as (

    select * from {{ ref('int_opportunities_credited') }}

),

mql_triggers as (

    select
        mql_id,
        trigger_activity_id
    from {{ ref('int_mql_events') }}
    where series = 'production'

),

touches_per_opportunity as (

    -- the MQL slot: the trigger's touch order, else the last touch at or before mql_at
    select
        touches.opportunity_id,
        opportunities.resolved_account_id,
        opportunities.created_at,
        count(*) as touch_count,
        coalesce(
            max(case when touches.activity_id = mql_triggers.trigger_activity_id then touches.touch_order end),
            max(case when touches.occurred_at <= opportunities.mql_at then touches.touch_order end)
        ) as mql_touch_order
    from touches
    inner join opportunities
        on touches.opportunity_id = opportunities.opportunity_id
    left join mql_triggers
        on opportunities.mql_id = mql_triggers.mql_id
    group by touches.opportunity_id, opportunities.resolved_account_id, opportunities.created_at

),

slots as (

    select
        *,
        -- the touches holding a W slot: 1, n and the MQL touch when it is neither
        case when touch_count > 1 then 2 else 1 end
        + case when mql_touch_order > 1 and mql_touch_order < touch_count then 1 else 0 end as w_slot_touches
    from touches_per_opportunity

),

slot_shares as (

    select
        opportunity_id,
        resolved_account_id,
        created_at,
        touch_count,
        mql_touch_order,
        -- U: slots on touches 1 and n; some touch holds neither when n > 2
        cast(case when touch_count > 2 then 0.8 else 1.0 end as {{ type_double() }}) / 2 as u_slot_share,
        case
            when touch_count > 2 then cast(0.2 as {{ type_double() }}) / (touch_count - 2)
            else 0
        end as u_middle_share,
        cast(case when touch_count > w_slot_touches then 0.9 else 1.0 end as {{ type_double() }})
        / (case when mql_touch_order is null then 2 else 3 end) as w_slot_share,
        case
            when touch_count > w_slot_touches then cast(0.1 as {{ type_double() }}) / (touch_count - w_slot_touches)
            else 0
        end as w_middle_share
    from slots

),

credited as (

    select
        touches.*,
        slot_shares.resolved_account_id,
        slot_shares.created_at as opportunity_created_at,
        slot_shares.touch_count as opportunity_touches,
        touches.touch_order = 1 as is_first_touch,
        coalesce(touches.touch_order = slot_shares.mql_touch_order, false) as is_mql_touch,
        touches.touch_order = slot_shares.touch_count as is_last_touch,
        slot_shares.u_slot_share,
        slot_shares.u_middle_share,
        slot_shares.w_slot_share,
        slot_shares.w_middle_share
    from touches
    inner join slot_shares
        on touches.opportunity_id = slot_shares.opportunity_id

),

final as (

    select
        opportunity_id,
        resolved_account_id as account_id,
        activity_id,
        person_id as lead_id,
        activity_type,
        channel,
        campaign,
        occurred_at,
        {{ report_number(elapsed('occurred_at', 'opportunity_created_at', 86400)) }} as days_before_opportunity,
        touch_order,
        opportunity_touches,
        is_first_touch,
        is_mql_touch,
        is_last_touch,
        {{ report_number('case when is_first_touch then 1 else 0 end', 10, 12) }} as first_touch_credit,
        {{ report_number('case when is_last_touch then 1 else 0 end', 10, 12) }} as last_touch_credit,
        {{ report_number('cast(1 as ' ~ type_double() ~ ') / opportunity_touches', 10, 12) }} as linear_credit,
        {{ report_number(
            'case when is_first_touch or is_last_touch'
            ~ ' then u_slot_share * ((case when is_first_touch then 1 else 0 end)'
            ~ ' + (case when is_last_touch then 1 else 0 end))'
            ~ ' else u_middle_share end', 10, 12) }} as u_shaped_credit,
        {{ report_number(
            'case when is_first_touch or is_last_touch or is_mql_touch'
            ~ ' then w_slot_share * ((case when is_first_touch then 1 else 0 end)'
            ~ ' + (case when is_mql_touch then 1 else 0 end)'
            ~ ' + (case when is_last_touch then 1 else 0 end))'
            ~ ' else w_middle_share end', 10, 12) }} as w_shaped_credit
    from credited

)

select {{ contract_columns() }}
from final
