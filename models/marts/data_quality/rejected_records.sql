{#- Every raw row staging did not pass on, with why: nothing is dropped silently. -#}
{%- set raw_tables = raw_contract().keys() | list -%}

with rejected as (

    {% for table_name in raw_tables -%}
        select
            raw_row_id as rejected_record_id,
            '{{ table_name }}' as source_table,
            record_id,
            rejection_reason as reason,
            raw_row
        from {{ ref('base_raw__' ~ table_name) }}
        where rejection_reason is not null
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

)

select * from rejected
