-- rpt_pipeline adds up to fct_opportunities: on every dimension that holds each opportunity once
-- (all, lead_source, tier, industry, owner, team, opportunity_type, sourcing) the opportunities,
-- pipeline, wins and closed-won amount summed over months and values are fct_opportunities'
-- totals; on every dimension, channel and campaign included, the pipeline under each attribution
-- model is the whole pipeline, and the W-shaped closed-won the whole closed-won, within half a
-- cent per row (each row is rounded to cents once); on 'all' and on the campaigns, spend is the
-- staged spend, within half a cent per row. Returns one row per dimension and figure that differs.
with staged_spend as (

    select coalesce(sum(amount), 0) as spend
    from {{ ref('stg_raw__campaign_spend') }}

),

opportunities as (

    select
        count(*) as opportunities,
        coalesce(sum(amount), 0) as pipeline,
        sum(case when is_won then 1 else 0 end) as won_opportunities,
        coalesce(sum(won_amount), 0) as closed_won_amount
    from {{ ref('fct_opportunities') }}

),

report as (

    select
        segment_dimension,
        count(*) as report_rows,
        sum(opportunities) as opportunities,
        sum(pipeline) as pipeline,
        sum(won_opportunities) as won_opportunities,
        sum(closed_won_amount) as closed_won_amount,
        sum(first_touch_pipeline) as first_touch_pipeline,
        sum(last_touch_pipeline) as last_touch_pipeline,
        sum(linear_pipeline) as linear_pipeline,
        sum(u_shaped_pipeline) as u_shaped_pipeline,
        sum(w_shaped_pipeline) as w_shaped_pipeline,
        sum(w_shaped_closed_won) as w_shaped_closed_won,
        coalesce(sum(spend), 0) as spend
    from {{ ref('rpt_pipeline') }}
    group by segment_dimension

),

compared as (

    select
        report.*,
        opportunities.opportunities as expected_opportunities,
        opportunities.pipeline as expected_pipeline,
        opportunities.won_opportunities as expected_won_opportunities,
        opportunities.closed_won_amount as expected_closed_won_amount,
        staged_spend.spend as expected_spend
    from report
    cross join opportunities
    cross join staged_spend

),

final as (

    select
        segment_dimension,
        'counts or amounts differ from fct_opportunities' as problem
    from compared
    where segment_dimension not in ('channel', 'campaign')
        and (
            opportunities != expected_opportunities
            or pipeline != expected_pipeline
            or won_opportunities != expected_won_opportunities
            or closed_won_amount != expected_closed_won_amount
        )
    union all
    select
        segment_dimension,
        'attributed pipeline differs from the whole pipeline' as problem
    from compared
    where abs(first_touch_pipeline - expected_pipeline) > 0.005 * report_rows
        or abs(last_touch_pipeline - expected_pipeline) > 0.005 * report_rows
        or abs(linear_pipeline - expected_pipeline) > 0.005 * report_rows
        or abs(u_shaped_pipeline - expected_pipeline) > 0.005 * report_rows
        or abs(w_shaped_pipeline - expected_pipeline) > 0.005 * report_rows
        or abs(w_shaped_closed_won - expected_closed_won_amount) > 0.005 * report_rows
    union all
    select
        segment_dimension,
        'spend differs from the staged spend' as problem
    from compared
    where segment_dimension in ('all', 'campaign')
        and abs(spend - expected_spend) > 0.005 * report_rows

)

select * from final
