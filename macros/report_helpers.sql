{#-
    Helpers of the handoff and funnel marts: durations from epoch seconds, ratios and quantiles
    that come out the same on every engine, and report periods.
-#}

{#- Elapsed time from start to end in the given unit (seconds per unit), from epoch seconds, unrounded. -#}
{% macro elapsed(start_expr, end_expr, seconds_per_unit=1) -%}
    (({{ epoch_seconds(end_expr) }} - {{ epoch_seconds(start_expr) }}) / {{ seconds_per_unit }})
{%- endmacro %}


{#- A rate or any other report figure: computed in double precision, rounded once like a score. -#}
{% macro report_number(expr, scale=2) -%}
    cast(round(cast({{ expr }} as decimal(18, 6)), {{ scale }}) as decimal(18, {{ scale }}))
{%- endmacro %}


{#- numerator / denominator to four decimals; null when the denominator is 0 (no rate to show). -#}
{% macro ratio(numerator, denominator) -%}
    case
        when {{ denominator }} > 0
            then {{ report_number('cast(' ~ numerator ~ ' as ' ~ type_double() ~ ') / ' ~ denominator, 4) }}
    end
{%- endmacro %}


{#- Continuous percentile (linear interpolation, as percentile_cont) of a numeric column, ignoring nulls. -#}
{% macro percentile_cont(expr, fraction) %}
    {{- return(adapter.dispatch('percentile_cont', 'lead_qualification')(expr, fraction)) -}}
{% endmacro %}

{% macro default__percentile_cont(expr, fraction) -%}
    percentile_cont({{ fraction }}) within group (order by cast({{ expr }} as {{ type_double() }}))
{%- endmacro %}

{% macro spark__percentile_cont(expr, fraction) -%}
    percentile(cast({{ expr }} as {{ type_double() }}), {{ fraction }})
{%- endmacro %}


{#- The first day of the period (week from Monday, month, quarter, year) holding a timestamp. -#}
{% macro period_start(grain, expr) -%}
    cast({{ dbt.date_trunc(grain, expr) }} as date)
{%- endmacro %}
