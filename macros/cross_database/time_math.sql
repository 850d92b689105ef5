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


{#-
    The UTC instant of a local wall-clock time in an IANA zone: `local_ts` (a naive timestamp read
    as local time in `time_zone`, a zone name expression) as a naive UTC timestamp. Daylight-saving
    changes follow the engine's tz database; a wall time that does not exist (skipped by a spring
    change) is the engine's choice, so calendars should not open inside one (docs/definitions.md,
    Business hours).
-#}
{% macro local_to_utc(local_ts, time_zone) %}
    {{- return(adapter.dispatch('local_to_utc', 'lead_qualification')(local_ts, time_zone)) -}}
{% endmacro %}

{% macro default__local_to_utc(local_ts, time_zone) -%}
    (({{ local_ts }}) at time zone {{ time_zone }}) at time zone 'UTC'
{%- endmacro %}

{% macro duckdb__local_to_utc(local_ts, time_zone) -%}
    timezone('UTC', timezone({{ time_zone }}, {{ local_ts }}))
{%- endmacro %}

{% macro spark__local_to_utc(local_ts, time_zone) -%}
    to_utc_timestamp({{ local_ts }}, {{ time_zone }})
{%- endmacro %}


{#- The ISO weekday of a date, 1 Monday to 7 Sunday, from its distance to Monday 2001-01-01. -#}
{% macro iso_weekday(date_expr) -%}
    (({{ dbt.datediff("cast('2001-01-01' as date)", date_expr, 'day') }} % 7 + 7) % 7 + 1)
{%- endmacro %}


{#- Minutes after midnight of an 'HH:MM' text (24:00 is 1440), or null when it is not HH:MM. -#}
{% macro minutes_of_day(text_expr) -%}
    case
        when {{ regex_matches(text_expr, '^[0-9][0-9]:[0-5][0-9]$') }}
            then cast(substring({{ text_expr }}, 1, 2) as integer) * 60 + cast(substring({{ text_expr }}, 4, 2) as integer)
    end
{%- endmacro %}
