{#-
    The write-back audit log (docs/crm-write-back.md): one row per run, CRM record and field whose
    value this run writes, with the value written before and the new one, stamped with the run
    (run_id, run_at: var run_time, else the invocation's start; write_number counts the runs that
    wrote anything) and score_as_of. Append-only:
    every run adds its rows and nothing is ever rebuilt (full_refresh false; append on every
    engine). A record is written when it was never written, or when its grade, MQL status
    (is_mql, mql_at), tier or MQA status differs from what was last written, or its total score
    moved by at least var crm_score_min_change since the score last written. A record written
    gets every field whose value differs from the last written one, why and model_version
    included; those never trigger a write on their own (why's "N days ago" changes every day).
    A record gone from dim_crm_fields (merged away, deleted) is not written again. Values are
    text: scores with 2 decimals, booleans true/false, instants 'YYYY-MM-DD HH:MM:SS' UTC.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    full_refresh=false,
    on_schema_change='fail',
) }}
{%- set min_change = var('crm_score_min_change', 5) -%}
{%- if min_change is not number or min_change is boolean or min_change < 0 -%}
    {{ exceptions.raise_compiler_error(
        "var 'crm_score_min_change' must be a number of score points, 0 or more (default 5); got '"
        ~ min_change ~ "'.") }}
{%- endif -%}
{%- set string = dbt.type_string() -%}
{#- (field, its text, its role in deciding a write, the kind of record that has it) -#}
{%- set fields = [
    ('total_score', 'cast(total_score as ' ~ string ~ ')', 'score', 'person'),
    ('grade', 'grade', 'trigger', 'person'),
    ('is_mql', 'cast(is_mql as ' ~ string ~ ')', 'trigger', 'person'),
    ('mql_at', 'cast(' ~ dbt.date_trunc('second', 'mql_at') ~ ' as ' ~ string ~ ')', 'trigger', 'person'),
    ('model_version', 'model_version', 'with_others', 'person'),
    ('why', 'why', 'with_others', 'person'),
    ('tier', 'tier', 'trigger', 'account'),
    ('is_mqa', 'cast(is_mqa as ' ~ string ~ ')', 'trigger', 'account'),
    ('buying_group_coverage', 'cast(buying_group_coverage as ' ~ string ~ ')', 'with_others', 'account'),
] -%}

with current_fields as (

    {% for field, expression, role, kind in fields %}
    select
        crm_object,
        crm_record_id,
        score_as_of,
        '{{ field }}' as field,
        '{{ role }}' as field_role,
        cast({{ expression }} as {{ string }}) as new_value
    from {{ ref('dim_crm_fields') }}
    where record_kind = '{{ kind }}'
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

{% if is_incremental() %}

written as (

    select
        crm_object,
        crm_record_id,
        field,
        new_value,
        row_number() over (
            partition by crm_object, crm_record_id, field order by write_number desc
        ) as recency
    from {{ this }}

),

last_written as (

    select
        crm_object,
        crm_record_id,
        field,
        new_value as previous_value
    from written
    where recency = 1

),

previous_write as (

    select max(write_number) as write_number from {{ this }}

),

{% else %}

last_written as (

    select
        cast(null as {{ string }}) as crm_object,
        cast(null as {{ string }}) as crm_record_id,
        cast(null as {{ string }}) as field,
        cast(null as {{ string }}) as previous_value
    from current_fields
    where 1 = 0

),

previous_write as (

    select cast(null as integer) as write_number

),

{% endif %}

compared as (

    select
        current_fields.crm_object,
        current_fields.crm_record_id,
        current_fields.score_as_of,
        current_fields.field,
        current_fields.field_role,
        last_written.previous_value,
        current_fields.new_value,
        last_written.field is not null as was_written,
        -- how far the score moved from the one last written (set or cleared: any distance)
        case
            when current_fields.field_role <> 'score' then 0
            when last_written.previous_value is null and current_fields.new_value is null then 0
            when last_written.previous_value is null or current_fields.new_value is null then 1e9
            else
                abs(
                    cast(current_fields.new_value as {{ type_double() }})
                    - cast(last_written.previous_value as {{ type_double() }})
                )
        end as score_move,
        -- null-safe "differs": a value set, cleared or changed
        coalesce(
            last_written.previous_value <> current_fields.new_value,
            last_written.previous_value is not null or current_fields.new_value is not null
        ) as has_changed
    from current_fields
    left join last_written
        on current_fields.crm_object = last_written.crm_object
            and current_fields.crm_record_id = last_written.crm_record_id
            and current_fields.field = last_written.field

),

records as (

    select
        crm_object,
        crm_record_id,
        max(case when was_written then 1 else 0 end) = 0 as is_first_write,
        max(case when field_role = 'trigger' and has_changed then 1 else 0 end) = 1 as has_status_change,
        max(case when field_role = 'score' and score_move >= {{ min_change }} then 1 else 0 end)
        = 1 as has_score_move
    from compared
    group by crm_object, crm_record_id

),

final as (

    select
        cast(coalesce(previous_write.write_number, 0) + 1 as integer) as write_number,
        cast('{{ invocation_id }}' as {{ string }}) as run_id,
        {{ run_time() }} as run_at,
        compared.score_as_of,
        compared.crm_object,
        compared.crm_record_id,
        cast(compared.field as {{ string }}) as field,
        compared.previous_value,
        compared.new_value,
        cast(
            case
                when records.is_first_write then 'first_write'
                when records.has_status_change then 'status_change'
                else 'score_move'
            end as {{ string }}
        ) as written_because
    from compared
    inner join records
        on compared.crm_object = records.crm_object
            and compared.crm_record_id = records.crm_record_id
    cross join previous_write
    where compared.has_changed
        and (records.is_first_write or records.has_status_change or records.has_score_move)

)

select {{ contract_columns() }}
from final
