{#-
    The raw contract's campaign_spend as loaded into var raw_schema (not CRM data: read from var raw_schema whatever var crm_source says):
    every contract column as text, in contract order (macro raw_select). The bundled demo seed
    is read by ref(), so one `dbt build` seeds it before this view reads it.
-#}
{%- set loaded = ref('campaign_spend') if demo_data_loaded() else source('raw', 'campaign_spend') %}
{{ raw_select('campaign_spend', loaded) }}
