{#-
    Boolean and date columns of the scoring seeds, read as text and checked before they are typed.
    Loaded straight into boolean or date columns, a hand-edited 'yes ' or 2026-13-01 stops
    `dbt seed` with the engine's CSV-reader error, which names neither the row nor what to write.
    So the seeds declare these columns as text, and two hooks of the seed (seeds/scoring/
    _scoring__seeds.yml) do the rest:

    - seed_columns_as_text (pre-hook): a table kept from an earlier build has the typed columns;
      they become text again before dbt truncates and reloads it (Spark drops and recreates the
      table itself).
    - seed_columns_typed (post-hook): every value that does not parse stops the build with one
      line per value, naming the CSV, the row and the column, as int_scoring_rule_problems does.
      When all parse, the columns get their types: a boolean as parse_boolean reads it
      (true/false, yes/no, t/f, y/n, 1/0), a date written YYYY-MM-DD. An empty cell stays null.

    The hooks run for a host project's copies of the seeds too, where this package's macros are
    reachable only by name: every call here names the package.

    `types` maps each column to 'boolean' or 'date'; `key_columns` name the row in messages.
-#}

{% macro seed_columns_as_text(types) %}
    {%- if execute and target.type != 'spark' -%}
        {%- set existing = adapter.get_relation(this.database, this.schema, this.identifier) -%}
        {%- if existing is not none -%}
            {%- for column in types -%}
                {%- do adapter.dispatch('seed_column_as_text', 'lead_qualification')(column) -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endif -%}
{% endmacro %}


{% macro default__seed_column_as_text(column) %}
    {%- do run_query('alter table ' ~ this ~ ' alter column ' ~ column ~ ' type ' ~ dbt.type_string()) -%}
{% endmacro %}


{#-
    PostgreSQL refuses to change the type of a column a view reads (a host's view on the seed,
    or an older build's): then the column stays typed, PostgreSQL reads the reloaded values
    itself (its message names the value, not the row), and seed_columns_typed leaves it alone.
-#}
{% macro postgres__seed_column_as_text(column) %}
    {%- do run_query("do $$ begin alter table " ~ this ~ " alter column " ~ column ~ " type " ~ dbt.type_string()
        ~ "; exception when feature_not_supported or dependent_objects_still_exist then null; end $$") -%}
{% endmacro %}


{#- A value of a text-loaded seed column typed, or null when it does not parse (see above). -#}
{% macro seed_value_typed(column, type) -%}
    {%- if type == 'boolean' -%}
        {{ lead_qualification.parse_boolean(column) }}
    {%- elif type == 'date' -%}
        case when length(trim({{ column }})) = 10 then cast({{ lead_qualification.parse_timestamp_utc(column) }} as date) end
    {%- else -%}
        {{ exceptions.raise_compiler_error("seed_columns_typed: type " ~ type ~ " of column " ~ column ~ " is not boolean or date") }}
    {%- endif -%}
{%- endmacro %}


{% macro seed_columns_typed(types, key_columns) %}
    {%- if not execute -%}{{ return('') }}{%- endif -%}
    {#- Only the columns that are text now: one a view kept typed needs nothing. -#}
    {%- set text_types = {} -%}
    {%- for column in adapter.get_columns_in_relation(this) -%}
        {%- if column.name in types and (column.is_string() or column.dtype | lower == 'string') -%}
            {%- do text_types.update({column.name: types[column.name]}) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set types = text_types -%}
    {%- if types | length == 0 -%}{{ return('') }}{%- endif -%}
    {%- set key = key_columns | join(" || ' / ' || ") -%}
    {%- set expected = {'boolean': 'true or false', 'date': 'a date written YYYY-MM-DD, such as 2026-05-01'} -%}
    {%- set checks -%}
        {%- for column, type in types.items() %}
        select
            '{{ this.identifier }}' as seed,
            {{ key }} as seed_row,
            '{{ column }}' as seed_column,
            'is ''' || {{ column }} || '''; it must be {{ expected[type] }}' as problem
        from {{ this }}
        where nullif(trim({{ column }}), '') is not null and {{ lead_qualification.seed_value_typed(column, type) }} is null
        {% if not loop.last %}union all{% endif %}
        {%- endfor %}
    {%- endset -%}
    {%- set found = run_query(checks) -%}
    {%- if found.rows | length > 0 -%}
        {{ lead_qualification.raise_seed_problems(found.rows) }}
    {%- endif -%}
    {%- do adapter.dispatch('retype_seed_columns', 'lead_qualification')(types) -%}
{% endmacro %}


{#-
    Problems found in the seeds, as one error; each row is (seed, row, column, problem). Each
    seed is named by its file in the project that holds it (a host's own copy included).
-#}
{% macro raise_seed_problems(rows) %}
    {%- set paths = {} -%}
    {%- for node in graph.nodes.values() if node.resource_type == 'seed' -%}
        {%- do paths.update({node.name: node.original_file_path}) -%}
    {%- endfor -%}
    {%- set lines = [] -%}
    {%- for row in rows -%}
        {%- do lines.append("  - " ~ paths.get(row[0], row[0] if '.' in row[0] else row[0] ~ '.csv') ~ ", row " ~ row[1] ~ ", column " ~ row[2] ~ ": " ~ row[3]) -%}
    {%- endfor -%}
    {{ exceptions.raise_compiler_error(
        "The rule seeds have " ~ (rows | length) ~ " problem(s); fix them and build again:\n"
        ~ lines | join("\n")) }}
{% endmacro %}


{% macro default__retype_seed_columns(types) %}
    {%- for column, type in types.items() -%}
        {%- do run_query('alter table ' ~ this ~ ' alter column ' ~ column ~ ' type ' ~ type
            ~ ' using ' ~ lead_qualification.seed_value_typed(column, type)) -%}
    {%- endfor -%}
{% endmacro %}


{#- Spark's parquet tables cannot change a column's type: the typed copy replaces the table. -#}
{% macro spark__retype_seed_columns(types) %}
    {%- set typed = this.incorporate(path={'identifier': this.identifier ~ '__typed'}) -%}
    {%- set columns = [] -%}
    {%- for column in adapter.get_columns_in_relation(this) -%}
        {%- if column.name in types -%}
            {%- do columns.append(lead_qualification.seed_value_typed(column.name, types[column.name]) ~ ' as ' ~ column.name) -%}
        {%- else -%}
            {%- do columns.append(column.name) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- do run_query('drop table if exists ' ~ typed) -%}
    {%- do run_query('create table ' ~ typed ~ ' using parquet as select ' ~ columns | join(', ') ~ ' from ' ~ this) -%}
    {%- do run_query('drop table ' ~ this) -%}
    {%- do run_query('alter table ' ~ typed ~ ' rename to ' ~ this) -%}
{% endmacro %}


{#-
    Stops with a message when the activity_types seed in use (a host project's own copy, with
    var bundled_scoring_seeds false) predates column is_touch. Nothing before the seed exists.
    `activity_types` is the caller's ref() of the seed.
-#}
{% macro activity_types_have_is_touch(activity_types) %}
    {%- set present = column_names(activity_types) -%}
    {%- if execute and present | length > 0 and 'is_touch' not in present -%}
        {{ exceptions.raise_compiler_error(
            "Seed activity_types (" ~ activity_types ~ ") has no column is_touch. With the bundled "
            ~ "seeds, run `dbt seed` (the bundled seed has it). With your own (var bundled_scoring_seeds "
            ~ "false), add it: true for the types whose activities with a campaign are marketing touches "
            ~ "(seeds/scoring/activity_types.csv of this package lists them; CHANGELOG).") }}
    {%- endif -%}
{% endmacro %}


{#-
    A seed-checking model's stop: runs its `checks` query (columns seed, seed_row, seed_column,
    problem) when the model compiles, against the seeds just loaded, and raises every problem
    found as one error (raise_seed_problems); nothing when there is none.
-#}
{% macro stop_on_seed_problems(checks) %}
    {%- if execute -%}
        {%- set found = run_query(checks) -%}
        {%- if found.rows | length > 0 -%}
            {%- set problems = [] -%}
            {%- for row in found.rows -%}
                {%- do problems.append([row['seed'], row['seed_row'], row['seed_column'], row['problem']]) -%}
            {%- endfor -%}
            {{ raise_seed_problems(problems) }}
        {%- endif -%}
    {%- endif -%}
{% endmacro %}
