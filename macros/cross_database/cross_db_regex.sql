{#-
    Regular expressions differ by engine in name and in replace semantics; these three wrappers
    give one meaning everywhere (patterns are POSIX-style and avoid engine-specific classes).
-#}

{#- True when expr matches pattern anywhere (anchor with ^ and $ to match the whole value). -#}
{% macro regex_matches(expr, pattern) %}
    {{- return(adapter.dispatch('regex_matches', 'lead_qualification')(expr, pattern)) -}}
{% endmacro %}

{% macro default__regex_matches(expr, pattern) -%}
    regexp_matches({{ expr }}, '{{ pattern }}')
{%- endmacro %}

{% macro postgres__regex_matches(expr, pattern) -%}
    ({{ expr }} ~ '{{ pattern }}')
{%- endmacro %}

{% macro spark__regex_matches(expr, pattern) -%}
    ({{ expr }} rlike '{{ pattern }}')
{%- endmacro %}


{#- The text of the first capture group of pattern in expr, or null when it does not match. -#}
{% macro regex_extract(expr, pattern) %}
    {{- return(adapter.dispatch('regex_extract', 'lead_qualification')(expr, pattern)) -}}
{% endmacro %}

{% macro default__regex_extract(expr, pattern) -%}
    nullif(regexp_extract({{ expr }}, '{{ pattern }}', 1), '')
{%- endmacro %}

{% macro postgres__regex_extract(expr, pattern) -%}
    nullif(substring({{ expr }} from '{{ pattern }}'), '')
{%- endmacro %}


{#- expr with every match of pattern replaced by replacement. -#}
{% macro regex_replace_all(expr, pattern, replacement) %}
    {{- return(adapter.dispatch('regex_replace_all', 'lead_qualification')(expr, pattern, replacement)) -}}
{% endmacro %}

{% macro default__regex_replace_all(expr, pattern, replacement) -%}
    regexp_replace({{ expr }}, '{{ pattern }}', '{{ replacement }}', 'g')
{%- endmacro %}

{% macro spark__regex_replace_all(expr, pattern, replacement) -%}
    regexp_replace({{ expr }}, '{{ pattern }}', '{{ replacement }}')
{%- endmacro %}
