{#-
    The closing select list of a mart with an enforced contract: every column its yml declares,
    in the yml's order, cast to the yml's data_type. The types are stated once, in the yml; the
    mart's final CTE computes the values and this casts them (a cast the value already has is a
    no-op). Text columns' data_type is var engine_text_type[target.type], the engine's text
    type. Where no columns are known (at parse time, and in a unit test, whose node has none and
    no graph to look them up in) the list is `*`: a unit test compares the values, the contract
    the types.
-#}
{% macro contract_columns() -%}
    {%- for column in model.columns.values() %}
        cast({{ column.name }} as {{ column.data_type }}) as {{ column.name }}{{ "," if not loop.last }}
    {%- else -%}
        *
    {%- endfor %}
{%- endmacro %}
