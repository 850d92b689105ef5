{#-
    The high-volume path (val_raw__activities, the behavior models from int_behavior_changes to
    int_mql_events) builds incrementally on DuckDB and PostgreSQL with delete+insert on a key
    that groups every row a change can touch (an activity id with all its copies; a person's
    point or instant with all its types and versions). Spark's parquet
    tables have no row-level delete, so there those models rebuild in full on every run
    (docs/incremental-runs.md).
-#}
{% macro high_volume_materialization() -%}
    {{ return('table' if target.type == 'spark' else 'incremental') }}
{%- endmacro %}


{#-
    The config of a high-volume model: `{{ config(**high_volume_config('person_id')) }}`.
    A changed column list stops an incremental run (on_schema_change fail): docs/incremental-runs.md,
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
    The clause that writes a high-volume table's rows in this order where the engine keeps it
    (DuckDB; nothing elsewhere): a reader whose groups are finer than these columns then meets
    each group's rows together, so its aggregate reduces them in memory instead of spilling them
    all (int_behavior_instants groups the decayed counts by person, version and instant). The
    table itself promises no order.
-#}
{% macro clustered_by(columns) -%}
    {{ return(adapter.dispatch('clustered_by', 'lead_qualification')(columns)) }}
{%- endmacro %}

{% macro default__clustered_by(columns) -%}
{%- endmacro %}

{% macro duckdb__clustered_by(columns) -%}
    order by {{ columns | join(', ') }}
{%- endmacro %}


{#-
    The instant this dbt invocation started, to the microsecond, as a timestamp: rows written by
    an incremental model carry it, so the next model downstream can find what changed since it
    last ran.
-#}
{% macro run_stamp() -%}
    cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S.%f") }}' as {{ dbt.type_timestamp() }})
{%- endmacro %}



{#-
    One hash of many rows, for an incremental model to store and compare (a changed rule or
    version recomputes everything): the values of `columns` (SQL expressions) of each row, as
    text joined by '/', the rows joined by '|' in `order_by` order. An aggregate: use it in a
    select over the rows. Null on Spark, whose high-volume models rebuild in full and never
    compare it.
-#}
{% macro rows_hash(columns, order_by) -%}
    {%- if target.type == 'spark' -%}
        max(cast(null as {{ dbt.type_string() }}))
    {%- else -%}
        {%- set parts = [] -%}
        {%- for column in columns -%}
            {%- if not loop.first %}{% do parts.append("'/'") %}{% endif -%}
            {%- do parts.append("coalesce(cast(" ~ column ~ " as " ~ dbt.type_string() ~ "), '')") -%}
        {%- endfor -%}
        {{ dbt.hash("coalesce(" ~ dbt.listagg(dbt.concat(parts), "'|'", "order by " ~ order_by) ~ ", '')") }}
    {%- endif -%}
{%- endmacro %}


{#-
    The mark of an incremental model: the latest run stamp among its stored rows (1900-01-01 when
    none), so it reads what upstream wrote after it last ran. An aggregate over {{ this }}.
-#}
{% macro stored_mark(column='staged_through') -%}
    coalesce(max({{ column }}), cast('1900-01-01' as {{ dbt.type_timestamp() }}))
{%- endmacro %}


{#-
    The earliest of a person's change times, null ("from the start") winning over any time. An
    aggregate: use it grouped by the person.
-#}
{% macro earliest_change(column='changed_from_at') -%}
    case when count(*) = count({{ column }}) then min({{ column }}) end
{%- endmacro %}


{#-
    One row when the hash in `current` (a one-row CTE with the column `column`) is not the hash
    stored in {{ this }} (nothing stored yet counts as differing): an incremental model that
    finds it recomputes everything. Every write of a changed hash rewrites every row, so the
    stored rows carry one hash; rows carrying two count as differing too. Read as the lowest and
    highest stored hash, an aggregate in constant memory: a `not in` over the stored rows built a
    hash table of every row's hash (113M rows at 20M activities, out of memory under 6 GB).
-#}
{% macro hash_differs_from_stored(current, column) -%}
    select 1 as changed
    from {{ current }}
    cross join (
        select
            min(kept.{{ column }}) as lowest,
            max(kept.{{ column }}) as highest
        from {{ this }} as kept
    ) as stored
    where stored.lowest is null
        or stored.lowest <> {{ current }}.{{ column }}
        or stored.highest <> {{ current }}.{{ column }}
{%- endmacro %}


{#-
    Whether two values are equal, two nulls counting as equal (never null itself): for comparing
    what a model stores with what it would write now.
-#}
{% macro values_equal(left, right) -%}
    coalesce({{ left }} = {{ right }}, {{ left }} is null and {{ right }} is null)
{%- endmacro %}
