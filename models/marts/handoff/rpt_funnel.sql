{#-
    The funnel per period (month, quarter), at lead level and at account level (definitions: Funnel).
    Leads enter by the period of their first record's created_at; MQLs by the period of mql_at,
    and each MQL's later stages count in its own cohort. A stage is "reached" when the MQL got
    at least that far: worked (a human touch, a meeting or an opportunity), meeting (a meeting
    booked or an opportunity), opportunity (one credited to it), won. Lead-level counts are MQL
    events and add across periods; account-level counts are distinct accounts (after parent
    roll-up; an unmatched lead is its own account) and do not. Beside the credited pipeline, the
    opportunities credited to no MQL count in the period they were created in, and their wins in
    the period they closed in (int_uncredited_pipeline_periods): over all periods, credited and
    uncredited add up to every staged opportunity.
-#}
{%- set grains = ['month', 'quarter'] -%}
{%- set stages = ['mql', 'worked', 'meeting', 'opportunity', 'won'] -%}

with handoffs as (

    select * from {{ ref('fct_handoffs') }}

),

persons as (

    select * from {{ ref('int_persons') }}

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

stages_reached as (

    select
        mql_at,
        account_key,
        opportunities,
        opportunity_amount,
        won_amount,
        1 as reached_mql,
        case when is_touched or has_meeting or has_opportunity then 1 else 0 end as reached_worked,
        case when has_meeting or has_opportunity then 1 else 0 end as reached_meeting,
        case when has_opportunity then 1 else 0 end as reached_opportunity,
        case when is_won then 1 else 0 end as reached_won
    from handoffs

),

mql_cohorts as (

    {% for grain in grains %}
        select
            '{{ grain }}' as period_grain,
            {{ period_start(grain, 'mql_at') }} as period_start,
            {% for stage in stages %}
                sum(reached_{{ stage }}) as {{ stage }}_leads,
                count(distinct case when reached_{{ stage }} = 1 then account_key end) as {{ stage }}_accounts,
            {% endfor %}
            sum(opportunities) as opportunities,
            coalesce(sum(opportunity_amount), 0) as pipeline_created,
            coalesce(sum(won_amount), 0) as closed_won_amount
        from stages_reached
        group by {{ period_start(grain, 'mql_at') }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

uncredited as (

    select * from {{ ref('int_uncredited_pipeline_periods') }}
    where period_grain in ({{ "'" ~ grains | join("', '") ~ "'" }})

),

lead_cohorts as (

    {% for grain in grains %}
        select
            '{{ grain }}' as period_grain,
            {{ period_start(grain, 'persons.first_created_at') }} as period_start,
            count(*) as created_leads,
            count(distinct matched.account_key) as created_accounts
        from persons
        inner join matched
            on persons.person_id = matched.person_id
        group by {{ period_start(grain, 'persons.first_created_at') }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

periods as (

    select
        period_grain,
        period_start
    from mql_cohorts
    union
    select
        period_grain,
        period_start
    from lead_cohorts
    union
    select
        period_grain,
        period_start
    from uncredited

),

final as (

    select
        periods.period_grain,
        periods.period_start,
        coalesce(lead_cohorts.created_leads, 0) as leads_created,
        coalesce(lead_cohorts.created_accounts, 0) as accounts_created,
        {% for stage in stages %}
            cast(coalesce(mql_cohorts.{{ stage }}_leads, 0) as integer) as {{ stage }}_leads,
            cast(coalesce(mql_cohorts.{{ stage }}_accounts, 0) as integer) as {{ stage }}_accounts,
        {% endfor %}
        {% for stage in stages[1:] %}
            {%- set previous = stages[loop.index0] %}
            {{ ratio('mql_cohorts.' ~ stage ~ '_leads', 'mql_cohorts.' ~ previous ~ '_leads') }}
                as {{ previous }}_to_{{ stage }}_rate_leads,
            {{ ratio('mql_cohorts.' ~ stage ~ '_accounts', 'mql_cohorts.' ~ previous ~ '_accounts') }}
                as {{ previous }}_to_{{ stage }}_rate_accounts,
        {% endfor %}
        coalesce(mql_cohorts.opportunities, 0) as opportunities,
        coalesce(mql_cohorts.pipeline_created, 0) as pipeline_created,
        coalesce(mql_cohorts.closed_won_amount, 0) as closed_won_amount,
        coalesce(uncredited.uncredited_opportunities, 0) as uncredited_opportunities,
        coalesce(uncredited.uncredited_pipeline, 0) as uncredited_pipeline,
        coalesce(uncredited.uncredited_wins, 0) as uncredited_wins,
        cast(coalesce(uncredited.uncredited_closed_won_amount, 0) as decimal(18, 2))
            as uncredited_closed_won_amount
    from periods
    left join mql_cohorts
        on periods.period_grain = mql_cohorts.period_grain
            and periods.period_start = mql_cohorts.period_start
    left join lead_cohorts
        on periods.period_grain = lead_cohorts.period_grain
            and periods.period_start = lead_cohorts.period_start
    left join uncredited
        on periods.period_grain = uncredited.period_grain
            and periods.period_start = uncredited.period_start

)

select {{ contract_columns() }}
from final
