-- Attribution neither loses nor invents credit: for every opportunity with marketing touches
-- (fct_opportunities.marketing_touches > 0), fct_attribution_touches holds that many rows and each
-- model's credits add up to 1 (shares are rounded to 10 places once, so within 1e-9 per touch);
-- an opportunity without touches has no rows. Returns the opportunities that break either rule.
with opportunities as (

    select * from {{ ref('fct_opportunities') }}

),

credits as (

    select
        opportunity_id,
        count(*) as touch_rows,
        sum(first_touch_credit) as first_touch_total,
        sum(last_touch_credit) as last_touch_total,
        sum(linear_credit) as linear_total,
        sum(u_shaped_credit) as u_shaped_total,
        sum(w_shaped_credit) as w_shaped_total
    from {{ ref('fct_attribution_touches') }}
    group by opportunity_id

),

compared as (

    select
        coalesce(opportunities.opportunity_id, credits.opportunity_id) as opportunity_id,
        coalesce(opportunities.marketing_touches, -1) as expected_touches,
        coalesce(credits.touch_rows, 0) as touch_rows,
        credits.first_touch_total,
        credits.last_touch_total,
        credits.linear_total,
        credits.u_shaped_total,
        credits.w_shaped_total
    from opportunities
    full outer join credits
        on opportunities.opportunity_id = credits.opportunity_id

),

final as (

    select * from compared
    where expected_touches != touch_rows
        or (
            touch_rows > 0
            and (
                abs(first_touch_total - 1) > 0.000001
                or abs(last_touch_total - 1) > 0.000001
                or abs(linear_total - 1) > 0.000001
                or abs(u_shaped_total - 1) > 0.000001
                or abs(w_shaped_total - 1) > 0.000001
            )
        )

)

select * from final
