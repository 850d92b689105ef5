{#-
    A schema per layer: a model or seed with a custom schema (the layer, set per folder in
    dbt_project.yml: staging, intermediate, marts, seeds) builds in `<target schema>_<layer>`, so
    two targets on one warehouse never share a schema. The one exception is the demo world, the
    raw contract: it lands in exactly var('raw_schema'), where the sources read.
    dbt's own default does the same prefixing, so a host project that installs this package
    without its own generate_schema_name gets the same schemas.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- elif node.resource_type == 'seed' and node.fqn[1] == 'demo' -%}
        {{ custom_schema_name | trim }}
    {%- else -%}
        {{ target.schema }}_{{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
