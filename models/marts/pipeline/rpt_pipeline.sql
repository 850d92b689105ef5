{#-
    Pipeline per month and segment, over every staged opportunity (fct_opportunities), credited
    to an MQL or not. Created figures (opportunities, pipeline, deals influenced, touches) are in
    the month of creation; closed figures (closed, won, closed-won amount, win rate on closed,
    days to close of the wins) in the month of the close (a win without a close date: its
    creation month, as in int_uncredited_pipeline_periods).

    Segments: 'all', and the opportunity's lead source (of its credited MQL's lead, else its
    primary lead), account tier and industry now, owner, owner's team, type and sourcing: each
    opportunity is in one value of each, so they add up to 'all'. channel and campaign are the
    touch segments: an opportunity is in every channel (campaign) that touched it, with the share
    of its touches there under each attribution model (fct_attribution_touches), and in
    '(no touch)' with the whole of it when it had none. The *_pipeline columns split each amount by
    those shares, so on every dimension they add up to the 'all' row; the counts and the pipeline
    of a touch segment count each opportunity it touched wholly (an opportunity touched by two
    channels is in both: do not add them up across channels). Campaign values are
    lower(trim(campaign)), the key spend is matched on.

    Spend and MQLs, on the 'all' and campaign rows only (null elsewhere): spend prorated by day
    to the month (int_campaign_spend_months), null for a month without a spend row (unknown, not
    free); MQLs by month of mql_at, all of them on 'all', on a
    campaign those its touches reached in the lookback before mql_at (int_mql_campaign_touches).
    A campaign month with spend or MQLs but no opportunity has a row. Return on spend reads the
    W-shaped split: pipeline_per_spend and closed_won_per_spend (w_shaped_closed_won, the wins
    closed in the month split like the pipeline).
-#}
{%- set models = ['first_touch', 'last_touch', 'linear', 'u_shaped', 'w_shaped'] -%}
{%- set touch_value = {'channel': 'channel', 'campaign': campaign_key('campaign')} -%}
{%- set segments = [
    ('all', "'all'"),
    ('lead_source', 'lead_source'),
    ('tier', 'tier'),
    ('industry', 'industry'),
    ('owner', 'owner_id'),
    ('team', 'owner_team'),
    ('opportunity_type', 'opportunity_type'),
    ('sourcing', 'sourcing'),
] -%}

with opportunities as (

    select * from {{ ref('fct_opportunities') }}

),

touches as (

    select * from {{ ref('fct_attribution_touches') }}

),

leads as (

    select
        lead_id,
        lead_source
    from {{ ref('dim_leads') }}

),

described as (

    select
        opportunities.*,
        leads.lead_source
    from opportunities
    left join leads
        on coalesce(opportunities.mql_lead_id, opportunities.primary_lead_id) = leads.lead_id

),

touch_shares as (

    {% for dimension in ['channel', 'campaign'] %}
        select
            opportunity_id,
            '{{ dimension }}' as segment_dimension,
            {%- for model in models %}
                sum({{ model }}_credit) as {{ model }}_share,
            {%- endfor %}
            coalesce({{ touch_value[dimension] }}, '(none)') as segment_value
        from touches
        group by opportunity_id, coalesce({{ touch_value[dimension] }}, '(none)')
        union all
        select
            opportunity_id,
            '{{ dimension }}' as segment_dimension,
            {%- for model in models %}
                1 as {{ model }}_share,
            {%- endfor %}
            '(no touch)' as segment_value
        from opportunities
        where marketing_touches = 0
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

segment_shares as (

    {% for dimension, expression in segments %}
        select
            opportunity_id,
            '{{ dimension }}' as segment_dimension,
            {%- for model in models %}
                1 as {{ model }}_share,
            {%- endfor %}
            coalesce(cast({{ expression }} as {{ dbt.type_string() }}), '(none)') as segment_value
        from described
        union all
    {% endfor %}
    select * from touch_shares

),

segmented as (

    select
        segment_shares.*,
        described.amount,
        described.won_amount,
        described.is_closed,
        described.is_won,
        described.is_marketing_influenced,
        described.marketing_touches,
        described.days_to_close,
        {{ period_start('month', 'described.created_at') }} as created_month,
        {{ period_start('month', 'coalesce(described.closed_at, described.created_at)') }} as closed_month
    from segment_shares
    inner join described
        on segment_shares.opportunity_id = described.opportunity_id

),

figures as (

    -- each opportunity in its creation month, and once more in its close month when closed
    select
        created_month as period_start,
        segment_dimension,
        segment_value,
        1 as created,
        amount as created_amount,
        case when is_marketing_influenced then 1 else 0 end as influenced,
        marketing_touches,
        {%- for model in models %}
            amount * {{ model }}_share as {{ model }}_amount,
        {%- endfor %}
        0 as closed,
        0 as won,
        cast(null as decimal(18, 2)) as closed_won_amount,
        cast(null as decimal(18, 2)) as w_shaped_won_amount,
        cast(null as decimal(18, 2)) as won_days_to_close
    from segmented
    union all
    select
        closed_month as period_start,
        segment_dimension,
        segment_value,
        0 as created,
        cast(null as decimal(18, 2)) as created_amount,
        0 as influenced,
        0 as marketing_touches,
        {%- for model in models %}
            cast(null as decimal(18, 2)) as {{ model }}_amount,
        {%- endfor %}
        1 as closed,
        case when is_won then 1 else 0 end as won,
        won_amount as closed_won_amount,
        won_amount * w_shaped_share as w_shaped_won_amount,
        case when is_won then days_to_close end as won_days_to_close
    from segmented
    where is_closed

),

aggregated as (

    select
        period_start,
        segment_dimension,
        segment_value,
        sum(created) as opportunities,
        coalesce(sum(created_amount), 0) as pipeline,
        sum(influenced) as deals_influenced,
        sum(marketing_touches) as marketing_touches,
        {%- for model in models %}
            coalesce(sum({{ model }}_amount), 0) as {{ model }}_amount,
        {%- endfor %}
        sum(closed) as closed_opportunities,
        sum(won) as won_opportunities,
        coalesce(sum(closed_won_amount), 0) as closed_won_amount,
        coalesce(sum(w_shaped_won_amount), 0) as w_shaped_won_amount,
        {{ percentile_cont('won_days_to_close', 0.5) }} as median_days,
        {{ percentile_cont('won_days_to_close', 0.9) }} as p90_days
    from figures
    group by period_start, segment_dimension, segment_value

),

spend_and_mqls as (

    -- spend (int_campaign_spend_months) and MQLs by month of mql_at, per campaign key (the MQLs
    -- its touches reached, int_mql_campaign_touches) and in all
    select
        month_start as period_start,
        'campaign' as segment_dimension,
        campaign_key as segment_value,
        spend,
        0 as mqls
    from {{ ref('int_campaign_spend_months') }}
    union all
    select
        month_start as period_start,
        'all' as segment_dimension,
        'all' as segment_value,
        spend,
        0 as mqls
    from {{ ref('int_campaign_spend_months') }}
    union all
    select
        {{ period_start('month', 'mql_at') }} as period_start,
        'campaign' as segment_dimension,
        campaign_key as segment_value,
        cast(null as {{ type_double() }}) as spend,
        1 as mqls
    from {{ ref('int_mql_campaign_touches') }}
    union all
    select
        {{ period_start('month', 'mql_at') }} as period_start,
        'all' as segment_dimension,
        'all' as segment_value,
        cast(null as {{ type_double() }}) as spend,
        1 as mqls
    from {{ ref('fct_mqls') }}

),

spend_and_mqls_per_month as (

    select
        period_start,
        segment_dimension,
        segment_value,
        sum(spend) as spend,
        sum(mqls) as mqls
    from spend_and_mqls
    group by period_start, segment_dimension, segment_value

),

combined as (

    -- every pipeline row, and a row for a campaign (or 'all') month with spend or MQLs only
    select
        coalesce(aggregated.period_start, spend_and_mqls_per_month.period_start) as period_start,
        coalesce(aggregated.segment_dimension, spend_and_mqls_per_month.segment_dimension) as segment_dimension,
        coalesce(aggregated.segment_value, spend_and_mqls_per_month.segment_value) as segment_value,
        {%- for column in ['opportunities', 'pipeline', 'deals_influenced', 'marketing_touches', 'closed_opportunities',
                           'won_opportunities', 'closed_won_amount', 'w_shaped_won_amount'] %}
            coalesce(aggregated.{{ column }}, 0) as {{ column }},
        {%- endfor %}
        {%- for model in models %}
            coalesce(aggregated.{{ model }}_amount, 0) as {{ model }}_amount,
        {%- endfor %}
        aggregated.median_days,
        aggregated.p90_days,
        case
            when coalesce(aggregated.segment_dimension, spend_and_mqls_per_month.segment_dimension)
                in ('all', 'campaign')
                then coalesce(spend_and_mqls_per_month.mqls, 0)
        end as mqls,
        case
            when coalesce(aggregated.segment_dimension, spend_and_mqls_per_month.segment_dimension)
                in ('all', 'campaign')
                then spend_and_mqls_per_month.spend
        end as spend
    from aggregated
    full outer join spend_and_mqls_per_month
        on aggregated.period_start = spend_and_mqls_per_month.period_start
            and aggregated.segment_dimension = spend_and_mqls_per_month.segment_dimension
            and aggregated.segment_value = spend_and_mqls_per_month.segment_value

),

final as (

    select
        period_start,
        segment_dimension,
        segment_value,
        opportunities,
        pipeline,
        deals_influenced,
        {{ ratio('marketing_touches', 'opportunities') }} as touchpoints_per_deal,
        {%- for model in models %}
            {{ report_number(model ~ '_amount') }} as {{ model }}_pipeline,
        {%- endfor %}
        closed_opportunities,
        won_opportunities,
        closed_won_amount,
        {{ ratio('won_opportunities', 'closed_opportunities') }} as win_rate,
        {{ report_number('median_days') }} as median_days_to_close,
        {{ report_number('p90_days') }} as p90_days_to_close,
        mqls,
        {{ report_number('spend') }} as spend,
        {{ ratio('spend', 'mqls') }} as cost_per_mql,
        {{ ratio('spend', 'opportunities') }} as cost_per_opportunity,
        {{ report_number('w_shaped_won_amount') }} as w_shaped_closed_won,
        {{ ratio('w_shaped_amount', 'spend') }} as pipeline_per_spend,
        {{ ratio('w_shaped_won_amount', 'spend') }} as closed_won_per_spend
    from combined

)

select {{ contract_columns() }}
from final
