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
