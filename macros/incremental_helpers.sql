{#-
    The high-volume path (base_raw__activities, int_behavior_instants) builds incrementally on
    DuckDB and PostgreSQL with delete+insert on a key that groups every row a change can touch
    (an activity id with all its copies; a person with all their instants). Spark's parquet
    tables have no row-level delete, so there those models rebuild in full on every run
    (README: "Incremental runs").
-#}
{% macro high_volume_materialization() -%}
    {{ return('table' if target.type == 'spark' else 'incremental') }}
{%- endmacro %}


{#-
    The config of a high-volume model: `{{ config(**high_volume_config('person_id')) }}`.
    A changed column list stops an incremental run (on_schema_change fail): README,
    "Full-refresh policy".
-#}
{% macro high_volume_config(unique_key, post_hook=[]) -%}
    {{ return({
        'materialized': high_volume_materialization(),
        'incremental_strategy': 'delete+insert',
        'unique_key': unique_key,
        'on_schema_change': 'fail',
        'post_hook': post_hook if high_volume_materialization() == 'incremental' else [],
    }) }}
{%- endmacro %}


{#-
    The instant this dbt invocation started, to the microsecond, as a timestamp: rows written by
    an incremental model carry it, so the next model downstream can find what changed since it
    last ran.
-#}
{% macro run_stamp() -%}
    cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S.%f") }}' as {{ dbt.type_timestamp() }})
{%- endmacro %}

