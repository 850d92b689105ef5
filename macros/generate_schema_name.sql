{#-
    A custom schema is used as named, not prefixed with the target schema: the demo seeds must
    land in exactly var('raw_schema'), where the sources read. Everything else builds in the
    target's schema.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
