{#-
    Where the raw contract's tables come from (docs/bring-your-own-crm.md): var crm_source
    'raw' (the default) reads them from var raw_schema; 'salesforce' and 'hubspot' read the CRM
    tables from the adapter models in models/staging/<crm>, which map Fivetran's schema into the
    contract's shape. Third-party intent and ad spend are not CRM data: intent_signals and
    campaign_spend always come from raw_schema.
-#}
{% macro crm_source() -%}
    {%- set value = var('crm_source', 'raw') -%}
    {%- if value not in ['raw', 'salesforce', 'hubspot'] -%}
        {{ exceptions.raise_compiler_error(
            "var 'crm_source' must be 'raw' (the raw contract in var raw_schema), 'salesforce' or "
            ~ "'hubspot' (Fivetran's schema in var salesforce_schema / hubspot_schema); got '" ~ value ~ "'.") }}
    {%- endif -%}
    {{ return(value) }}
{%- endmacro %}


{#- The relation a base model reads for one raw-contract table. -#}
{% macro raw_relation(table_name) -%}
    {%- if crm_source() == 'raw' or table_name in ('intent_signals', 'campaign_spend') -%}
        {{ return(source('raw', table_name)) }}
    {%- endif -%}
    {{ return(ref('stg_' ~ crm_source() ~ '__' ~ table_name)) }}
{%- endmacro %}


{#-
    A select over one CRM source table that tolerates what an org lacks: every listed column
    that is not in the table becomes a typed null, and a table that is not there at all (a
    Salesforce object the connector does not sync) gives no rows, unless it is required, which
    stops the run with a message naming it. Every column is read as text (text_or_null: names,
    or (name, alias) pairs for a column whose name is a keyword on some engine).
-#}
{% macro crm_table(source_name, table_name, columns, required=false) -%}
    {%- set relation = source(source_name, table_name) -%}
    {%- set present = column_names(relation) -%}
    {%- if execute and present | length == 0 and required -%}
        {{ exceptions.raise_compiler_error(
            "Table " ~ relation ~ " was not found or has no columns: the " ~ source_name ~ " adapter "
            ~ "needs it (docs/bring-your-own-crm.md). Check var " ~ source_name ~ "_schema (now '"
            ~ var(source_name ~ '_schema', source_name) ~ "').") }}
    {%- endif -%}
    select {{ text_or_null(columns, present) }}
    {{ from_or_no_rows(relation, present, table_name) }}
{%- endmacro %}


{#-
    The from clause of a select over a table that may be absent: the relation when it has
    columns (`present`; always at parse time), else one placeholder row filtered out, so the
    select's typed nulls give no rows.
-#}
{% macro from_or_no_rows(relation, present, table_name) -%}
    {% if present | length > 0 or not execute -%}
        from {{ relation }}
    {%- else -%}
        from (select 1 as no_table) as missing_{{ table_name }}
        where 1 = 0
    {%- endif %}
{%- endmacro %}


{#- The closing select list of a CRM adapter model: the contract table's columns as text, in order. -#}
{% macro raw_contract_as_text(table_name) -%}
    {%- set columns = raw_contract()[table_name]['columns'] -%}
    {{ text_or_null(columns, columns) }}
{%- endmacro %}
