-- Conservation: for every raw table, raw rows (map_<crm_source>__<table>, the contract table as
-- loaded or mapped from the CRM; map_raw__ for the third-party ones) = staged rows + rows rejected
-- in staging (an optional table that is absent counts no rows).
-- Returns one row per table where the counts do not add up.
{%- set staged_tables = {
    'leads': 'stg_raw__leads', 'accounts': 'stg_raw__accounts',
    'activities': 'stg_raw__activities', 'intent_signals': 'stg_raw__intent_signals',
    'sales_touches': 'stg_raw__sales_touches', 'meetings': 'stg_raw__meetings',
    'opportunities': 'stg_raw__opportunities', 'owners': 'stg_raw__owners',
    'campaign_spend': 'stg_raw__campaign_spend'} %}

with counts as (
    {% for table_name, staged in staged_tables.items() %}
        {%- set crm = 'raw' if raw_contract()[table_name].get('third_party') else crm_source() %}
        select
            '{{ table_name }}' as source_table,
            (
                select count(*) from {{ ref('map_' ~ crm ~ '__' ~ table_name) }}
            ) as raw_rows,
            (select count(*) from {{ ref(staged) }}) as staged_rows,
            (
                select count(*) from {{ ref('rejected_records') }}
                where source_table = '{{ table_name }}' and detected_in = 'staging'
            ) as rejected_rows
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}
)

select * from counts
where raw_rows <> staged_rows + rejected_rows
