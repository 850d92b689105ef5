-- Handoff crediting neither drops nor multiplies rows: one handoff per production MQL event,
-- and every re-keyed touch, meeting and opportunity appears exactly once with its credit (the
-- credited models' ids are unique by their own tests). Returns one row per model that differs.
{%- set pairs = [
    ('fct_mqls', 'fct_handoffs'),
    ('int_sales_touches_rekeyed', 'int_sales_touches_credited'),
    ('int_meetings_rekeyed', 'int_meetings_credited'),
    ('int_opportunities_rekeyed', 'int_opportunities_credited')] %}

with counts as (

    {% for source_model, credited_model in pairs %}
        select
            '{{ credited_model }}' as model_name,
            (select count(*) from {{ ref(source_model) }}) as expected_rows,
            (select count(*) from {{ ref(credited_model) }}) as actual_rows
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

)

select * from counts
where expected_rows != actual_rows
