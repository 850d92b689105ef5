{#- Every raw row staging did not pass on, with why: nothing is dropped silently. -#}
{%- set raw_tables = raw_contract().keys() | list -%}

with
{% for table_name in raw_tables %}
{{ table_name }} as (

    select
        '{{ table_name }}' as source_table,
        record_id,
        rejection_reason as reason,
        raw_row
    from {{ ref('base_raw__' ~ table_name) }}
    where rejection_reason is not null

),
{% endfor %}

unioned as (
{% for table_name in raw_tables %}
    select * from {{ table_name }}
    {% if not loop.last %}union all{% endif %}
{%- endfor %}

),

final as (

    select
        {{ dbt.hash(dbt.concat(['source_table', "'|'", 'raw_row', "'|'", 'cast(occurrence as ' ~ dbt.type_string() ~ ')'])) }}
            as rejected_record_id,
        source_table,
        record_id,
        reason,
        raw_row
    from (
        select
            *,
            row_number() over (
                partition by source_table, raw_row order by reason
            ) as occurrence
        from unioned
    ) as numbered

)

select * from final
