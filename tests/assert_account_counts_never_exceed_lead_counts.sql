-- Account-level counts never exceed lead-level counts (definitions: Funnel): at every stage of every
-- period, the distinct accounts are at most the MQL events they come from. Returns the offenders.
{%- set stages = ['mql', 'worked', 'meeting', 'opportunity', 'won'] %}

with funnel as (

    select * from {{ ref('rpt_funnel') }}

),

offenders as (

    {% for stage in stages %}
        select
            period_grain,
            period_start,
            '{{ stage }}' as stage,
            {{ stage }}_leads as lead_count,
            {{ stage }}_accounts as account_count
        from funnel
        where {{ stage }}_accounts > {{ stage }}_leads
        union all
    {% endfor %}
    select
        period_grain,
        period_start,
        'created' as stage,
        leads_created as lead_count,
        accounts_created as account_count
    from funnel
    where accounts_created > leads_created
    union all
    select
        period_grain,
        period_start,
        'handoff_quality ' || segment_dimension || ' ' || segment_value as stage,
        mqls as lead_count,
        mql_accounts as account_count
    from {{ ref('rpt_handoff_quality') }}
    where mql_accounts > mqls

)

select * from offenders
