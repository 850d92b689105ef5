-- Reconciliation of person resolution: no person or activity is lost in re-keying.
-- Staged lead records = records folded into persons + records kept out; staged activities,
-- touches, meetings and opportunities = re-keyed rows + rows rejected in person resolution.
-- Returns one row per table where the counts do not add up.
{%- set rekeyed = {
    'activities': ('stg_raw__activities', 'int_activities_rekeyed'),
    'sales_touches': ('stg_raw__sales_touches', 'int_sales_touches_rekeyed'),
    'meetings': ('stg_raw__meetings', 'int_meetings_rekeyed'),
    'opportunities': ('stg_raw__opportunities', 'int_opportunities_rekeyed')} %}

with counts as (

    select
        'leads' as source_table,
        (select count(*) from {{ ref('stg_raw__leads') }}) as staged_rows,
        (select sum(lead_records) from {{ ref('int_persons') }}) as kept_rows,
        (
            select count(*) from {{ ref('rejected_records') }}
            where source_table = 'leads' and detected_in = 'person_resolution'
        ) as rejected_rows

    {% for table_name, models in rekeyed.items() %}
        union all
        select
            '{{ table_name }}' as source_table,
            (select count(*) from {{ ref(models[0]) }}) as staged_rows,
            (select count(*) from {{ ref(models[1]) }}) as kept_rows,
            (
                select count(*) from {{ ref('rejected_records') }}
                where source_table = '{{ table_name }}' and detected_in = 'person_resolution'
            ) as rejected_rows
    {%- endfor %}

)

select * from counts
where staged_rows <> kept_rows + rejected_rows
