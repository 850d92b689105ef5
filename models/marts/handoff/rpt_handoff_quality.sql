{#-
    Handoff quality per period (week, month of mql_at) and segment: every MQL once in the 'all'
    segment and once under its lead source, tier at the MQL, scoring version and owner. Counts
    are of MQL events; rates are shares of MQLs (meeting-to-opportunity: of the MQLs with a
    meeting); minutes are over the MQLs touched, on the wall clock and on the business clock of
    the owner's calendar (fct_handoffs.business_clock; definitions: Business hours). Medians and percentiles do not add up across
    rows: read each row as it is. Beside them, on the 'all' rows only (the other segments are an
    MQL's), the opportunities credited to no MQL by the period they were created in, their wins
    by the period they closed in (int_uncredited_pipeline_periods); a period with no MQL has an
    'all' row for them, so the pipeline reconciles with fct_opportunities.
-#}
{%- set grains = ['week', 'month'] -%}
{%- set mql_counts = [
    'mqls', 'mql_accounts', 'touched_mqls', 'touched_within_5m_mqls', 'touched_within_1h_mqls',
    'touched_within_24h_mqls', 'touched_within_1_business_hour_mqls', 'touched_within_24_business_hours_mqls',
    'meeting_mqls', 'meeting_held_mqls', 'meeting_opportunity_mqls',
    'opportunity_mqls', 'opportunities', 'won_mqls', 'pipeline_created', 'closed_won_amount'] -%}
{%- set uncredited_counts = [
    'uncredited_opportunities', 'uncredited_pipeline', 'uncredited_wins', 'uncredited_closed_won_amount'] -%}
{%- set segments = [
    ('all', "'all'"),
    ('lead_source', 'lead_source'),
    ('tier', 'tier'),
    ('model_version', 'model_version'),
    ('owner', 'owner_id'),
] -%}

with handoffs as (

    select * from {{ ref('fct_handoffs') }}

),

segmented as (

    {% for grain in grains %}
        {% for dimension, expression in segments %}
            select
                '{{ grain }}' as period_grain,
                {{ period_start(grain, 'mql_at') }} as period_start,
                '{{ dimension }}' as segment_dimension,
                coalesce(cast({{ expression }} as {{ dbt.type_string() }}), '(none)') as segment_value,
                account_key,
                minutes_to_first_touch,
                is_touched,
                touched_within_5m,
                touched_within_1h,
                touched_within_24h,
                business_minutes_to_first_touch,
                touched_within_1_business_hour,
                touched_within_24_business_hours,
                has_meeting,
                meeting_held,
                opportunities,
                has_opportunity,
                opportunity_amount,
                is_won,
                won_amount
            from handoffs
            {% if not loop.last %}union all{% endif %}
        {% endfor %}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

aggregated as (

    select
        period_grain,
        period_start,
        segment_dimension,
        segment_value,
        count(*) as mqls,
        count(distinct account_key) as mql_accounts,
        sum(case when is_touched then 1 else 0 end) as touched_mqls,
        sum(case when touched_within_5m then 1 else 0 end) as touched_within_5m_mqls,
        sum(case when touched_within_1h then 1 else 0 end) as touched_within_1h_mqls,
        sum(case when touched_within_24h then 1 else 0 end) as touched_within_24h_mqls,
        {{ percentile_cont('minutes_to_first_touch', 0.5) }} as median_minutes,
        {{ percentile_cont('minutes_to_first_touch', 0.95) }} as p95_minutes,
        sum(case when touched_within_1_business_hour then 1 else 0 end) as touched_within_1_business_hour_mqls,
        sum(case when touched_within_24_business_hours then 1 else 0 end) as touched_within_24_business_hours_mqls,
        {{ percentile_cont('business_minutes_to_first_touch', 0.5) }} as median_business_minutes,
        sum(case when has_meeting then 1 else 0 end) as meeting_mqls,
        sum(case when meeting_held then 1 else 0 end) as meeting_held_mqls,
        sum(
            case when has_meeting and has_opportunity then 1 else 0 end
        ) as meeting_opportunity_mqls,
        sum(case when has_opportunity then 1 else 0 end) as opportunity_mqls,
        sum(opportunities) as opportunities,
        sum(case when is_won then 1 else 0 end) as won_mqls,
        coalesce(sum(opportunity_amount), 0) as pipeline_created,
        coalesce(sum(won_amount), 0) as closed_won_amount
    from segmented
    group by period_grain, period_start, segment_dimension, segment_value

),

uncredited_periods as (

    select
        *,
        'all' as segment_dimension,
        'all' as segment_value
    from {{ ref('int_uncredited_pipeline_periods') }}
    where period_grain in ({{ "'" ~ grains | join("', '") ~ "'" }})

),

with_uncredited as (

    -- every MQL row, and an 'all' row for a period with uncredited opportunities but no MQL
    select
        coalesce(aggregated.period_grain, uncredited_periods.period_grain) as period_grain,
        coalesce(aggregated.period_start, uncredited_periods.period_start) as period_start,
        coalesce(aggregated.segment_dimension, uncredited_periods.segment_dimension) as segment_dimension,
        coalesce(aggregated.segment_value, uncredited_periods.segment_value) as segment_value,
        {%- for column in mql_counts %}
            coalesce(aggregated.{{ column }}, 0) as {{ column }},
        {%- endfor %}
        {%- for column in uncredited_counts %}
            coalesce(uncredited_periods.{{ column }}, 0) as {{ column }},
        {%- endfor %}
        aggregated.median_minutes,
        aggregated.p95_minutes,
        aggregated.median_business_minutes
    from aggregated
    full outer join uncredited_periods
        on aggregated.period_grain = uncredited_periods.period_grain
            and aggregated.period_start = uncredited_periods.period_start
            and aggregated.segment_dimension = uncredited_periods.segment_dimension
            and aggregated.segment_value = uncredited_periods.segment_value

),

final as (

    select
        period_grain,
        period_start,
        segment_dimension,
        segment_value,
        mqls,
        mql_accounts,
        touched_mqls,
        {{ ratio('touched_mqls', 'mqls') }} as touch_rate,
        {{ ratio('touched_within_5m_mqls', 'mqls') }} as touched_within_5m_rate,
        {{ ratio('touched_within_1h_mqls', 'mqls') }} as touched_within_1h_rate,
        {{ ratio('touched_within_24h_mqls', 'mqls') }} as touched_within_24h_rate,
        {{ report_number('median_minutes') }} as median_minutes_to_first_touch,
        {{ report_number('p95_minutes') }} as p95_minutes_to_first_touch,
        {{ ratio('touched_within_1_business_hour_mqls', 'mqls') }} as touched_within_1_business_hour_rate,
        {{ ratio('touched_within_24_business_hours_mqls', 'mqls') }} as touched_within_24_business_hours_rate,
        {{ report_number('median_business_minutes') }} as median_business_minutes_to_first_touch,
        meeting_mqls,
        {{ ratio('meeting_mqls', 'mqls') }} as meeting_rate,
        meeting_held_mqls,
        {{ ratio('meeting_opportunity_mqls', 'meeting_mqls') }} as meeting_to_opportunity_rate,
        opportunity_mqls,
        {{ ratio('opportunity_mqls', 'mqls') }} as opportunity_rate,
        opportunities,
        won_mqls,
        pipeline_created,
        closed_won_amount,
        uncredited_opportunities,
        uncredited_pipeline,
        uncredited_wins,
        uncredited_closed_won_amount
    from with_uncredited

)

select {{ contract_columns() }}
from final
