{{ demo_seed_dependency('activities') }}

with source as (

    select {{ raw_columns('activities') }}
    from {{ source('raw', 'activities') }}

),

known_leads as (

    select lead_id from {{ ref('base_raw__leads') }}
    where rejection_reason is null

),

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
        {{ clean_text('detail') }} as detail
    from source

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
        end as validation_error
    from parsed
    left join activity_types
        on parsed.activity_type_key = activity_types.activity_type
    left join activity_type_aliases
        on parsed.activity_type_key = activity_type_aliases.alias
    left join known_leads
        on parsed.lead_id = known_leads.lead_id

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('activity_id') }} as rejection_reason
    from validated

)

select * from final
