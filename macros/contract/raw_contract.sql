{#-
    The raw input contract in one place (docs/bring-your-own-crm.md, "The raw contract").
    For each raw table: the columns staging reads (in order), the required ones, and the column
    (or expression over raw columns) that identifies a record in rejected_records. A table marked
    optional_table may be absent: staging then reads it as no rows (raw_select). A third_party
    table (intent, ad spend) is not CRM data: it always comes from var raw_schema, whatever
    var crm_source says.
    Staging follows this list, and so does the Python (lead_qualification/demo_world/contract.py
    renders this macro to read it); a test checks that the sources yml and the demo seeds agree.
-#}
{% macro raw_contract() %}
    {% do return({
        'leads': {
            'columns': ['lead_id', 'email', 'first_name', 'last_name', 'job_title', 'company_name',
                        'company_domain', 'crm_account_id', 'country', 'lead_source', 'owner_id',
                        'lead_status', 'status_reason', 'created_at', 'updated_at', 'is_deleted',
                        'merged_into_lead_id'],
            'required': ['lead_id', 'created_at'],
            'record_id': ['lead_id'],
            'optional_table': true,
        },
        'accounts': {
            'columns': ['account_id', 'account_name', 'domain', 'industry', 'employee_count',
                        'annual_revenue', 'country', 'technologies', 'is_target_account',
                        'parent_account_id', 'owner_id', 'created_at', 'updated_at'],
            'required': ['account_id'],
            'record_id': ['account_id'],
        },
        'activities': {
            'columns': ['activity_id', 'lead_id', 'account_domain', 'activity_type', 'occurred_at',
                        'channel', 'campaign', 'detail'],
            'required': ['activity_id', 'activity_type', 'occurred_at'],
            'record_id': ['activity_id'],
            'optional_table': true,
        },
        'intent_signals': {
            'columns': ['account_domain', 'topic', 'intent_score', 'observed_at', 'provider'],
            'required': ['account_domain', 'observed_at'],
            'record_id': ['account_domain', 'topic', 'observed_at', 'provider'],
            'optional_table': true,
            'third_party': true,
        },
        'sales_touches': {
            'columns': ['touch_id', 'lead_id', 'rep_id', 'touch_type', 'is_automated', 'touched_at'],
            'required': ['touch_id', 'lead_id', 'touched_at'],
            'record_id': ['touch_id'],
            'optional_table': true,
        },
        'meetings': {
            'columns': ['meeting_id', 'lead_id', 'account_id', 'rep_id', 'booked_at',
                        'scheduled_for', 'status'],
            'required': ['meeting_id', 'booked_at'],
            'record_id': ['meeting_id'],
            'optional_table': true,
        },
        'opportunities': {
            'columns': ['opportunity_id', 'account_id', 'primary_lead_id', 'created_at', 'amount',
                        'stage', 'is_closed', 'is_won', 'closed_at', 'source', 'owner_id',
                        'opportunity_type'],
            'required': ['opportunity_id', 'account_id', 'created_at'],
            'record_id': ['opportunity_id'],
        },
        'owners': {
            'columns': ['owner_id', 'team', 'manager_id', 'time_zone'],
            'required': ['owner_id'],
            'record_id': ['owner_id'],
            'optional_table': true,
        },
        'campaign_spend': {
            'columns': ['campaign', 'channel', 'period_start', 'period_end', 'amount', 'currency'],
            'required': ['campaign', 'period_start', 'period_end', 'amount'],
            'record_id': ['campaign', 'channel', 'period_start', 'period_end'],
            'optional_table': true,
            'third_party': true,
        },
    }) %}
{% endmacro %}


{#-
    Select list over a raw table: every contract column as text, in contract order.
    A column the loader did not deliver becomes a typed null (optional columns) or stops the
    build with a message naming the table and column (required columns). A missing table stops
    the build with a message naming the schema and the vars that choose it.
-#}
{% macro raw_columns(table_name, relation) %}
    {%- set contract = raw_contract()[table_name] -%}
    {%- set present = column_names(relation) -%}
    {%- if execute -%}
        {%- if present | length == 0 and not contract.get('optional_table', false) -%}
            {{ exceptions.raise_compiler_error(
                "Raw table " ~ relation ~ " was not found or has no columns. Load the raw tables "
                ~ "into the schema named by var 'raw_schema' (now '" ~ var('raw_schema') ~ "'), "
                ~ "or set var 'load_demo_data' to true to load the bundled demo world there.") }}
        {%- endif -%}
        {%- for required in contract['required'] if present and required not in present -%}
            {{ exceptions.raise_compiler_error(
                "Raw table " ~ relation ~ " lacks the required column '" ~ required
                ~ "' (docs/bring-your-own-crm.md, 'The raw contract'). Columns found: " ~ present | join(', ')) }}
        {%- endfor -%}
    {%- endif -%}
    {{ text_or_null(contract['columns'], present) }}
{% endmacro %}


{#-
    The body of a map_raw__ model: raw_columns of one raw table (`relation`, the model's source()
    or the demo seed's ref()), or no rows (the columns as typed nulls) when an optional table is
    not there.
-#}
{% macro raw_select(table_name, relation) -%}
    select {{ raw_columns(table_name, relation) }}
    {{ from_or_no_rows(relation, column_names(relation), table_name) }}
{%- endmacro %}


{#- The lower-case column names of a relation (none when it is not there, or at parse time). -#}
{% macro column_names(relation) -%}
    {%- set names = [] -%}
    {%- if execute -%}
        {%- for column in adapter.get_columns_in_relation(relation) -%}
            {%- do names.append(column.name | lower) -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(names) }}
{%- endmacro %}


{#-
    A select list of columns as text, in the order given; a column not in `present` (the
    relation's column names) becomes a typed null. columns: names, or (name, alias) pairs for a
    column whose name is a keyword on some engine (it is read quoted). At parse time every column
    is read as it is.
-#}
{% macro text_or_null(columns, present) -%}
    {%- for column in columns %}
        {%- set name = column if column is string else column[0] %}
        {%- set alias = column if column is string else column[1] %}
        {%- set read = name if column is string else adapter.quote(name) %}
        {% if name in present or not execute -%}
            cast({{ read }} as {{ dbt.type_string() }}) as {{ alias }}
        {%- else -%}
            cast(null as {{ dbt.type_string() }}) as {{ alias }}
        {%- endif -%}
        {{- "," if not loop.last }}
    {%- endfor %}
{%- endmacro %}


{#-
    The raw row as a JSON object of text values, kept in rejected_records. Double quotes inside
    values are escaped; the text also serves to recognise exact duplicate rows.
-#}
{% macro raw_row_json(table_name) %}
    {%- set parts = [] -%}
    {%- for column in raw_contract()[table_name]['columns'] -%}
        {%- do parts.append(
            "'\"" ~ column ~ "\":' || coalesce('\"' || replace(" ~ column
            ~ ", '\"', '\\\"') || '\"', 'null')") -%}
    {%- endfor -%}
    '{' || {{ parts | join(" || ',' || ") }} || '}'
{%- endmacro %}


{#- The record id of a raw row, for rejected_records (composite ids joined with '|'). -#}
{% macro raw_record_id(table_name) %}
    {%- set columns = raw_contract()[table_name]['record_id'] -%}
    {%- if columns | length == 1 -%}
        {{ clean_text(columns[0]) }}
    {%- else -%}
        {%- set parts = [] -%}
        {%- for column in columns -%}
            {%- do parts.append("coalesce(" ~ column ~ ", '')") -%}
        {%- endfor -%}
        {{ parts | join(" || '|' || ") }}
    {%- endif -%}
{%- endmacro %}
