with source as (

    select * from {{ ref('map_' ~ crm_source() ~ '__accounts') }}

),

parsed as (

    select
        {{ raw_row_columns('accounts') }},
        {{ clean_text('account_id') }} as account_id,
        {{ clean_text('account_name') }} as account_name,
        {{ normalize_domain('domain') }} as domain,
        coalesce(industry_aliases.canonical_industry, {{ clean_text('source.industry') }}) as industry,
        case when {{ parse_integer('employee_count') }} >= 0 then {{ parse_integer('employee_count') }} end
            as employee_count,
        case when {{ parse_decimal('annual_revenue') }} >= 0 then {{ parse_decimal('annual_revenue') }} end
            as annual_revenue,
        {{ normalize_country('source.country', 'country_aliases') }} as country,
        {{ clean_text(regex_replace_all('lower(technologies)', ' *; *', ';')) }} as technologies,
        coalesce({{ parse_boolean('is_target_account') }}, false) as is_target_account,
        {{ clean_text('parent_account_id') }} as parent_account_id,
        {{ clean_text('owner_id') }} as owner_id,
        {{ parse_timestamp_utc('created_at') }} as created_at,
        {{ parse_timestamp_utc('updated_at') }} as updated_at
    from source
    left join {{ ref('country_aliases') }} as country_aliases
        on {{ alias_key('source.country') }} = country_aliases.alias
    left join {{ ref('industry_aliases') }} as industry_aliases
        on {{ alias_key('source.industry') }} = industry_aliases.alias

),

validated as (

    select
        *,
        case
            when account_id is null then 'missing_account_id'
        end as validation_error
    from parsed

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('account_id', 'updated_at desc nulls last') }} as rejection_reason
    from validated

)

select * from final
