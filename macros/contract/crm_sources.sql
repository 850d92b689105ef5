{#-
    Where the raw contract's tables come from (docs/bring-your-own-crm.md): var crm_source
    'raw' (the default) reads them from var raw_schema (models/staging/raw, map_raw__<table>);
    'salesforce' and 'hubspot' map Fivetran's schema into the contract's shape
    (models/staging/<crm>, map_<crm>__<table>). The validation models read
    map_<crm_source>__<table>. Third-party intent and ad spend are not CRM data: intent_signals
    and campaign_spend always come from raw_schema (map_raw__<table>).
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


{#-
    The CRM object a record of the contract is written back to (docs/crm-write-back.md): for a
    person (`kind` 'person', id_expr its lead_id) a Salesforce Lead or Contact (by the id's key
    prefix: 00Q is a Lead), a HubSpot contact, else the raw contract's lead; for an account
    (`kind` 'account') a Salesforce Account, a HubSpot company, else the raw contract's account.
-#}
{% macro crm_record_object(kind, id_expr) -%}
    {%- set crm = crm_source() -%}
    {%- if crm == 'salesforce' and kind == 'person' -%}
        case when {{ id_expr }} like '00Q%' then 'Lead' else 'Contact' end
    {%- elif crm == 'salesforce' -%}
        'Account'
    {%- elif crm == 'hubspot' -%}
        '{{ "contact" if kind == "person" else "company" }}'
    {%- else -%}
        '{{ "lead" if kind == "person" else "account" }}'
    {%- endif -%}
{%- endmacro %}
