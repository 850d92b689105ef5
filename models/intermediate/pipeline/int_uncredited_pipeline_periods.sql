{#-
    The opportunities credited to no MQL, per period (week, month, quarter): those created in the
    period with their amount, and those won that closed in it with theirs. They have no MQL
    cohort, so rpt_funnel and rpt_handoff_quality show them in these periods beside the credited
    pipeline; summed over a grain's periods, credited and uncredited make every staged
    opportunity. A win without a close date (the CRM left it empty) counts in the period it was
    created in, so it is not left out of the totals.
-#}
{%- set grains = ['week', 'month', 'quarter'] -%}

with uncredited as (

    select * from {{ ref('int_opportunities_credited') }}
    where credit = 'none'

),

figures as (

    {% for grain in grains %}
        select
            '{{ grain }}' as period_grain,
            {{ period_start(grain, 'created_at') }} as period_start,
            1 as created,
            amount as created_amount,
            0 as won,
            cast(0 as decimal(18, 2)) as won_amount
        from uncredited
        union all
        select
            '{{ grain }}' as period_grain,
            {{ period_start(grain, 'coalesce(closed_at, created_at)') }} as period_start,
            0 as created,
            cast(0 as decimal(18, 2)) as created_amount,
            1 as won,
            amount as won_amount
        from uncredited
        where is_won
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

final as (

    select
        period_grain,
        period_start,
        sum(created) as uncredited_opportunities,
        coalesce(sum(created_amount), 0) as uncredited_pipeline,
        sum(won) as uncredited_wins,
        coalesce(sum(won_amount), 0) as uncredited_closed_won_amount
    from figures
    group by period_grain, period_start

)

select * from final
