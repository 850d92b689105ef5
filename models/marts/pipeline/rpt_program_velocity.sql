{#-
    Program velocity, one row per campaign (lower(trim(campaign))): how fast the people and
    accounts it touches move. To MQL: the MQL events it reached (its person's touch in the
    attribution_lookback_days before mql_at, int_mql_campaign_touches), with the median and p90
    days from the person's first touch of it in that lookback to mql_at. To opportunity: the
    opportunities it touched (fct_attribution_touches), with the median and p90 days from its
    first touch at the account before creation to the creation, and their pipeline under the
    W-shaped split. A campaign with spend and no MQL or opportunity has a row too, so its spend
    (all months) is not left out.
-#}
with mql_touches as (

    select
        campaign_key,
        min(campaign) as campaign,
        count(*) as mqls,
        {{ percentile_cont(elapsed('first_touched_at', 'mql_at', 86400), 0.5) }} as median_days_to_mql,
        {{ percentile_cont(elapsed('first_touched_at', 'mql_at', 86400), 0.9) }} as p90_days_to_mql
    from {{ ref('int_mql_campaign_touches') }}
    group by campaign_key

),

opportunity_campaigns as (

    select
        touches.opportunity_id,
        {{ campaign_key('touches.campaign') }} as campaign_key,
        min(touches.campaign) as campaign,
        min(touches.occurred_at) as first_touched_at,
        sum(touches.w_shaped_credit) as w_shaped_share
    from {{ ref('fct_attribution_touches') }} as touches
    group by touches.opportunity_id, {{ campaign_key('touches.campaign') }}

),

opportunity_touches as (

    select
        opportunity_campaigns.campaign_key,
        min(opportunity_campaigns.campaign) as campaign,
        count(*) as opportunities,
        sum(opportunities.amount * opportunity_campaigns.w_shaped_share) as w_shaped_pipeline,
        {{ percentile_cont(elapsed('opportunity_campaigns.first_touched_at', 'opportunities.created_at', 86400), 0.5) }}
            as median_days_to_opportunity,
        {{ percentile_cont(elapsed('opportunity_campaigns.first_touched_at', 'opportunities.created_at', 86400), 0.9) }}
            as p90_days_to_opportunity
    from opportunity_campaigns
    inner join {{ ref('fct_opportunities') }} as opportunities
        on opportunity_campaigns.opportunity_id = opportunities.opportunity_id
    group by opportunity_campaigns.campaign_key

),

spend as (

    select
        campaign_key,
        min(campaign) as campaign,
        sum(spend) as spend
    from {{ ref('int_campaign_spend_months') }}
    group by campaign_key

),

campaigns as (

    select campaign_key from mql_touches
    union
    select campaign_key from opportunity_touches
    union
    select campaign_key from spend

),

final as (

    select
        campaigns.campaign_key,
        cast(
            coalesce(mql_touches.campaign, opportunity_touches.campaign, spend.campaign) as {{ dbt.type_string() }}
        ) as campaign,
        coalesce(mql_touches.mqls, 0) as mqls,
        {{ report_number('mql_touches.median_days_to_mql') }} as median_days_to_mql,
        {{ report_number('mql_touches.p90_days_to_mql') }} as p90_days_to_mql,
        coalesce(opportunity_touches.opportunities, 0) as opportunities,
        {{ report_number('opportunity_touches.median_days_to_opportunity') }} as median_days_to_opportunity,
        {{ report_number('opportunity_touches.p90_days_to_opportunity') }} as p90_days_to_opportunity,
        {{ report_number('coalesce(opportunity_touches.w_shaped_pipeline, 0)') }} as w_shaped_pipeline,
        {{ report_number('spend.spend') }} as spend,
        {{ ratio('spend.spend', 'mql_touches.mqls') }} as cost_per_mql,
        {{ ratio('opportunity_touches.w_shaped_pipeline', 'spend.spend') }} as pipeline_per_spend
    from campaigns
    left join mql_touches
        on campaigns.campaign_key = mql_touches.campaign_key
    left join opportunity_touches
        on campaigns.campaign_key = opportunity_touches.campaign_key
    left join spend
        on campaigns.campaign_key = spend.campaign_key

)

select {{ contract_columns() }}
from final
