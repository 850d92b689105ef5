{#-
    Durations are computed from epoch seconds, never from calendar-boundary functions (definitions:
    Rounding and durations). Both macros return double precision.
-#}

{#- Seconds since 1970-01-01 00:00 of a naive UTC timestamp, with microseconds, as a double. -#}
{% macro epoch_seconds(expr) %}
    {{- return(adapter.dispatch('epoch_seconds', 'lead_qualification')(expr)) -}}
{% endmacro %}

{% macro default__epoch_seconds(expr) -%}
    cast(extract(epoch from {{ expr }}) as {{ type_double() }})
{%- endmacro %}

{% macro duckdb__epoch_seconds(expr) -%}
    (cast(epoch_us({{ expr }}) as {{ type_double() }}) / 1000000)
{%- endmacro %}

{% macro spark__epoch_seconds(expr) -%}
    (cast(unix_micros({{ expr }}) as {{ type_double() }}) / 1000000)
{%- endmacro %}


{#- An 8-byte float on every engine (dbt's type_float is 4 bytes on DuckDB). -#}
{% macro type_double() %}
    {{- return(adapter.dispatch('type_double', 'lead_qualification')()) -}}
{% endmacro %}

{% macro default__type_double() -%}
    double precision
{%- endmacro %}

{% macro duckdb__type_double() -%}
    double
{%- endmacro %}

{% macro spark__type_double() -%}
    double
{%- endmacro %}


{#- The scoring clock's instant: var score_as_of, or null to let int_scoring_clock derive it. -#}
{% macro score_as_of_var() -%}
    {%- if var('score_as_of', none) -%}
        cast('{{ var("score_as_of") }}' as {{ dbt.type_timestamp() }})
    {%- else -%}
        cast(null as {{ dbt.type_timestamp() }})
    {%- endif -%}
{%- endmacro %}


{#-
    1 when a row's interval [start, end) starts a new island, 0 when it overlaps or touches an
    interval of an earlier row of its partition (rows in order_by order): the gaps-and-islands
    step that merges intervals in one pass, without a self-join. A running sum of it numbers the
    islands; an island runs from its first start to its greatest end.
-#}
{% macro starts_island(start_expr, end_expr, partition_by, order_by) -%}
    case
        when {{ start_expr }} <= max({{ end_expr }}) over (
            partition by {{ partition_by }} order by {{ order_by }}
            rows between unbounded preceding and 1 preceding
        ) then 0
        else 1
    end
{%- endmacro %}
