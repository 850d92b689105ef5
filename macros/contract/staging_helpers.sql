{#-
    Helpers shared by the validation models (models/staging/contract/validation). Each keeps
    every raw row, typed, with a rejection_reason that is null for the rows staging passes on.
-#}

{#-
    Whether the bundled demo world is seeded into var('raw_schema'). var load_demo_data true or
    false decides; unset (null, the default) means "only when this project is the root project":
    installed as a package, the demo seeds never write into a host's raw schema unless the host
    asks. The demo seeds' `enabled` config (seeds/demo/_demo__seeds.yml) states the same rule in
    YAML, where macros cannot be called; test_host_project.py checks that both agree.
-#}
{% macro demo_data_loaded() -%}
    {%- set setting = var('load_demo_data', none) -%}
    {%- if setting is none -%}
        {{ return(project_name == 'lead_qualification' and crm_source() == 'raw') }}
    {%- endif -%}
    {{ return(setting | string | lower == 'true' and crm_source() == 'raw') }}
{%- endmacro %}


{#- The columns every validation model carries to identify the raw row it came from. -#}
{% macro raw_row_columns(table_name) -%}
    {{ raw_record_id(table_name) }} as record_id,
    {{ raw_row_json(table_name) }} as raw_row
{%- endmacro %}


{#-
    The final rejection reason of a raw row: its validation error, else a duplicate verdict.
    Among valid rows with the same id, the first by `prefer` (an order-by list, e.g. the newest
    update first) wins; the others are 'duplicate_row' when identical to the winner, else
    'duplicate_id'. The md5 of the raw row breaks remaining ties, so no engine's row order decides.
-#}
{% macro rejection_reason(id_column, prefer=none) -%}
    {%- set window -%}
        partition by validation_error, {{ id_column }}
        order by {% if prefer %}{{ prefer }}, {% endif %}{{ dbt.hash('raw_row') }}
    {%- endset -%}
    case
        when validation_error is not null then validation_error
        when row_number() over ({{ window }}) = 1 then null
        when raw_row = first_value(raw_row) over ({{ window }}) then 'duplicate_row'
        else 'duplicate_id'
    end
{%- endmacro %}


{#-
    The validation rules of a required timestamp: missing, unreadable, or after the run time.
    Expects the parsed value as `column` and the raw text as `column_text`.
-#}
{% macro required_timestamp_problems(column) -%}
        when {{ clean_text(column ~ '_text') }} is null then 'missing_{{ column }}'
        when {{ column }} is null then 'unreadable_{{ column }}'
        when {{ column }} > {{ run_time() }} then 'future_{{ column }}'
{%- endmacro %}


{#-
    A key for one raw row: the md5 of its text and its occurrence number among identical rows,
    so exact duplicates get distinct keys. Unique across tables, since the text names the columns.
-#}
{% macro raw_row_id() -%}
    {{ dbt.hash(dbt.concat([
        'raw_row', "'|'",
        'cast(row_number() over (partition by raw_row order by raw_row) as ' ~ dbt.type_string() ~ ')'])) }}
{%- endmacro %}
