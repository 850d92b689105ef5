{#-
    Every raw activity, typed and validated (rejection_reason null for the rows staging passes on).

    Incremental on DuckDB and PostgreSQL (delete+insert by activity_key, the cleaned activity_id;
    '' groups the rows without one). A run stages again every key whose number of raw copies
    changed (new ids, and new copies of known ids, so duplicate verdicts are judged among all
    copies), and every row whose verdict depends on other tables or the clock: an orphan whose
    lead has arrived, a staged row whose lead is no longer known, a future row whose time has
    come, and every row whose type verdict the activity_types / activity_type_aliases seeds
    now decide differently (an unknown type that became known, a known one whose mapping changed
    or went away). A new id whose occurred_at is more than var activities_lookback_days before the latest
    staged activity is rejected as late_activity: history already reported does not change
    silently; `dbt build --full-refresh` admits it (docs/incremental-runs.md).
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config('activity_key')) }}
with raw_activities as (

    select * from {{ ref('map_' ~ crm_source() ~ '__activities') }}

),

source as (

    select
        *,
        coalesce({{ clean_text('activity_id') }}, '') as activity_key
    from raw_activities

),

known_leads as (

    select lead_id from {{ ref('val_raw__leads') }}
    where rejection_reason is null

),

{% if is_incremental() %}

staged as (

    select
        activity_key,
        lead_id,
        occurred_at,
        activity_type_key,
        activity_type,
        rejection_reason
    from {{ this }}

),

source_copies as (

    select
        activity_key,
        count(*) as copies
    from source
    group by activity_key

),

staged_copies as (

    select
        activity_key,
        count(*) as copies
    from staged
    group by activity_key

),

keys_to_stage as (

    select
        source_copies.activity_key,
        staged_copies.activity_key is null as is_new_key
    from source_copies
    left join staged_copies
        on source_copies.activity_key = staged_copies.activity_key
    where staged_copies.activity_key is null
        or source_copies.copies != staged_copies.copies

    -- a key in both halves is a known key either way: union keeps it once
    union

    select
        staged.activity_key,
        false as is_new_key
    from staged
    left join known_leads
        on staged.lead_id = known_leads.lead_id
    left join {{ ref('activity_types') }} as types_now
        on staged.activity_type_key = types_now.activity_type
    left join {{ ref('activity_type_aliases') }} as aliases_now
        on staged.activity_type_key = aliases_now.alias
    where (staged.rejection_reason = 'orphan_lead_id' and known_leads.lead_id is not null)
        or (staged.rejection_reason is null and staged.lead_id is not null and known_leads.lead_id is null)
        or (staged.rejection_reason = 'future_occurred_at' and staged.occurred_at <= {{ run_time() }})
        or (
            staged.rejection_reason = 'unknown_activity_type'
            and coalesce(types_now.activity_type, aliases_now.activity_type) is not null
        )
        or (
            staged.activity_type is not null
            and coalesce(coalesce(types_now.activity_type, aliases_now.activity_type) != staged.activity_type, true)
        )

),

watermark as (

    select
        {{ dbt.dateadd('day', -1 * var('activities_lookback_days', 3), 'max(occurred_at)') }} as late_before
    from staged
    where rejection_reason is null

),

{% endif %}

activity_types as (

    select activity_type from {{ ref('activity_types') }}

),

activity_type_aliases as (

    select
        alias,
        activity_type
    from {{ ref('activity_type_aliases') }}

),

parsed as (

    select
        {{ raw_row_columns('activities') }},
        {{ clean_text('activity_id') }} as activity_id,
        {{ clean_text('lead_id') }} as lead_id,
        {{ normalize_domain('account_domain') }} as account_domain,
        {{ clean_text('activity_type') }} as activity_type_text,
        {{ regex_replace_all(regex_replace_all('lower(trim(activity_type))', '[^a-z0-9]+', '_'), '^_+|_+$', '') }}
            as activity_type_key,
        occurred_at as occurred_at_text,
        {{ parse_timestamp_utc('occurred_at') }} as occurred_at,
        lower({{ clean_text('channel') }}) as channel,
        {{ clean_text('campaign') }} as campaign,
        {{ clean_text('detail') }} as detail,
        source.activity_key
    from source
    {% if is_incremental() %}
    inner join keys_to_stage
        on source.activity_key = keys_to_stage.activity_key
    {% endif %}

),

validated as (

    select
        parsed.*,
        coalesce(activity_types.activity_type, activity_type_aliases.activity_type) as activity_type,
        case
            when parsed.activity_id is null then 'missing_activity_id'
            when parsed.activity_type_text is null then 'missing_activity_type'
            when coalesce(activity_types.activity_type, activity_type_aliases.activity_type) is null
                then 'unknown_activity_type'
            {{ required_timestamp_problems('occurred_at') }}
            when parsed.lead_id is null and parsed.account_domain is null then 'missing_lead_and_account_domain'
            when parsed.lead_id is not null and known_leads.lead_id is null then 'orphan_lead_id'
            {%- if is_incremental() %}
            when new_keys.activity_key is not null and parsed.occurred_at < watermark.late_before
                then 'late_activity'
            {%- endif %}
        end as validation_error
    from parsed
    left join activity_types
        on parsed.activity_type_key = activity_types.activity_type
    left join activity_type_aliases
        on parsed.activity_type_key = activity_type_aliases.alias
    left join known_leads
        on parsed.lead_id = known_leads.lead_id
    {%- if is_incremental() %}
    left join keys_to_stage as new_keys
        on parsed.activity_key = new_keys.activity_key
            and new_keys.is_new_key
    cross join watermark
    {%- endif %}

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('activity_id') }} as rejection_reason,
        {{ run_stamp() }} as staged_at
    from validated

)

select * from final
