{#-
    The raw contract's intent_signals as loaded into var raw_schema (not CRM data: read from var raw_schema whatever var crm_source says):
    every contract column as text, in contract order (macro raw_select). The bundled demo seed
    is read by ref(), so one `dbt build` seeds it before this view reads it.
-#}
{%- set loaded = ref('intent_signals') if demo_data_loaded() else source('raw', 'intent_signals') %}
{{ raw_select('intent_signals', loaded) }}
