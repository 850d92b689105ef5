{#-
    The raw contract's meetings as loaded into var raw_schema (read when var crm_source is raw, the default):
    every contract column as text, in contract order (macro raw_select). The bundled demo seed
    is read by ref(), so one `dbt build` seeds it before this view reads it.
-#}
{%- set loaded = ref('meetings') if demo_data_loaded() else source('raw', 'meetings') %}
{{ raw_select('meetings', loaded) }}
