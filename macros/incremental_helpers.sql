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
    The instant this dbt invocation started, to the microsecond, as a timestamp: rows written by
    an incremental model carry it, so the next model downstream can find what changed since it
    last ran.
-#}
{% macro run_stamp() -%}
    cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S.%f") }}' as {{ dbt.type_timestamp() }})
{%- endmacro %}
