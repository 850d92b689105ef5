-- No double counting of pipeline (definitions: Handoff, Funnel). Worked out independently of the
-- crediting models: the opportunities with at least one MQL of their primary person, or at their
-- account, at most handoff_opportunity_window_days before creation. Their amounts, added once,
-- must equal the pipeline in fct_handoffs, and in rpt_funnel and rpt_handoff_quality (segment
-- 'all') summed over the periods of each grain. fct_opportunities holds every staged
-- opportunity once: its credited part is that pipeline, and all of it is the staged total.
-- Returns one row per figure that differs.
with mqls as (

    select * from {{ ref('fct_mqls') }}

),

opportunities as (

    select
        opportunities.opportunity_id,
        opportunities.primary_person_id,
        opportunities.created_at,
        opportunities.amount,
        rolled_up.resolved_account_id
    from {{ ref('int_opportunities_rekeyed') }} as opportunities
    left join {{ ref('int_accounts_rolled_up') }} as rolled_up
        on opportunities.account_id = rolled_up.account_id

),

in_some_window as (

    select
        opportunity_id,
        amount
    from opportunities
    where exists (
            select 1
            from mqls
            where (
                mqls.lead_id = opportunities.primary_person_id or mqls.account_id = opportunities.resolved_account_id
            )
            and mqls.mql_at <= opportunities.created_at
            and {{ elapsed('mqls.mql_at', 'opportunities.created_at', 86400) }}
            <= {{ var('handoff_opportunity_window_days') }}
        )

),

figures as (

    select
        'fct_handoffs' as figure,
        (select coalesce(sum(amount), 0) from in_some_window) as expected,
        (select coalesce(sum(opportunity_amount), 0) from {{ ref('fct_handoffs') }}) as actual
    union all
    select
        'fct_handoffs.opportunities' as figure,
        (select count(*) from in_some_window) as expected,
        (select coalesce(sum(opportunities), 0) from {{ ref('fct_handoffs') }}) as actual
    union all
    select
        'fct_opportunities credited' as figure,
        (select coalesce(sum(amount), 0) from in_some_window) as expected,
        (
            select coalesce(sum(amount), 0) from {{ ref('fct_opportunities') }}
            where credit != 'none'
        ) as actual
    union all
    select
        'fct_opportunities' as figure,
        (select coalesce(sum(amount), 0) from opportunities) as expected,
        (select coalesce(sum(amount), 0) from {{ ref('fct_opportunities') }}) as actual
    union all
    select
        'fct_opportunities.count' as figure,
        (select count(*) from opportunities) as expected,
        (select count(*) from {{ ref('fct_opportunities') }}) as actual
    {% for grain in ['month', 'quarter'] %}
        union all
        select
            'rpt_funnel {{ grain }}' as figure,
            (select coalesce(sum(amount), 0) from in_some_window) as expected,
            (
                select sum(pipeline_created) from {{ ref('rpt_funnel') }}
                where period_grain = '{{ grain }}'
            ) as actual
    {% endfor %}
    {% for grain in ['month', 'quarter'] %}
        union all
        select
            'rpt_funnel {{ grain }} with uncredited' as figure,
            (select coalesce(sum(amount), 0) from opportunities) as expected,
            (
                select sum(pipeline_created + uncredited_pipeline) from {{ ref('rpt_funnel') }}
                where period_grain = '{{ grain }}'
            ) as actual
        union all
        select
            'rpt_funnel {{ grain }} wins with uncredited' as figure,
            (select coalesce(sum(won_amount), 0) from {{ ref('fct_opportunities') }}) as expected,
            (
                select sum(closed_won_amount + uncredited_closed_won_amount) from {{ ref('rpt_funnel') }}
                where period_grain = '{{ grain }}'
            ) as actual
    {% endfor %}
    {% for grain in ['week', 'month'] %}
        union all
        select
            'rpt_handoff_quality {{ grain }}' as figure,
            (select coalesce(sum(amount), 0) from in_some_window) as expected,
            (
                select sum(pipeline_created) from {{ ref('rpt_handoff_quality') }}
                where period_grain = '{{ grain }}' and segment_dimension = 'all'
            ) as actual
        union all
        select
            'rpt_handoff_quality {{ grain }} with uncredited' as figure,
            (select coalesce(sum(amount), 0) from opportunities) as expected,
            (
                select sum(pipeline_created + uncredited_pipeline) from {{ ref('rpt_handoff_quality') }}
                where period_grain = '{{ grain }}' and segment_dimension = 'all'
            ) as actual
    {% endfor %}

)

select * from figures
where expected != coalesce(actual, 0)
