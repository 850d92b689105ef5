with source as (

    select * from {{ ref('map_' ~ crm_source() ~ '__leads') }}

),

parsed as (

    select
        {{ raw_row_columns('leads') }},
        {{ clean_text('lead_id') }} as lead_id,
        {{ normalize_email('email') }} as email,
        {{ clean_text('first_name') }} as first_name,
        {{ clean_text('last_name') }} as last_name,
        {{ clean_text(regex_replace_all('job_title', '[ \\t]+', ' ')) }} as job_title,
        lower({{ clean_text(regex_replace_all('job_title', '[ \\t]+', ' ')) }}) as job_title_normalized,
        {{ clean_text('company_name') }} as company_name,
        {{ normalize_domain('company_domain') }} as company_domain,
        {{ clean_text('crm_account_id') }} as crm_account_id,
        {{ normalize_country('source.country', 'country_aliases') }} as country,
        lower({{ clean_text('lead_source') }}) as lead_source,
        {{ clean_text('owner_id') }} as owner_id,
        case
            when lower(trim(source.lead_status)) in ('open', 'working', 'nurture', 'disqualified', 'converted')
                then lower(trim(source.lead_status))
        end as lead_status,
        {{ clean_text('status_reason') }} as status_reason,
        created_at as created_at_text,
        {{ parse_timestamp_utc('created_at') }} as created_at,
        {{ parse_timestamp_utc('updated_at') }} as updated_at,
        coalesce({{ parse_boolean('is_deleted') }}, false) as is_deleted,
        {{ clean_text('merged_into_lead_id') }} as merged_into_lead_id
    from source
    left join {{ ref('country_aliases') }} as country_aliases
        on {{ alias_key('source.country') }} = country_aliases.alias

),

validated as (

    select
        *,
        case
            when lead_id is null then 'missing_lead_id'
            {{ required_timestamp_problems('created_at') }}
        end as validation_error
    from parsed

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('lead_id', 'updated_at desc nulls last') }} as rejection_reason
    from validated

)

select * from final
